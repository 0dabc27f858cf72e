package org.corroborate.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Fetcher} behaves. Validated on construction; immutable.
 *
 * @param connectTimeout      longest wait for a connection
 * @param requestTimeout      longest wait for a whole response (headers and body)
 * @param maxRedirects        redirects followed per fetch (0 to 20)
 * @param maxAttempts         tries per fetch when the failure is transient (timeouts, 429, 5xx); 1 to 10
 * @param initialBackoff      wait before the second try; doubled for each further one
 * @param maxBackoff          cap on any wait between tries, including one a server asks for with Retry-After
 * @param perHostInterval     least time between the starts of two requests to the same host (politeness)
 * @param maxBytes            largest body accepted, after decompression
 * @param allowPrivateNetwork whether URLs on loopback, private, link-local or other non-public addresses may be
 *                            fetched (off by default: a feed must not make us probe the local network)
 * @param userAgent           the User-Agent header; not blank
 */
public record FetchOptions(Duration connectTimeout, Duration requestTimeout, int maxRedirects, int maxAttempts,
                           Duration initialBackoff, Duration maxBackoff, Duration perHostInterval, long maxBytes,
                           boolean allowPrivateNetwork, String userAgent) {

    /** Sensible defaults for polling news sites: 10 s / 30 s timeouts, 5 redirects, 3 tries, 1 s per host. */
    public static final FetchOptions DEFAULTS = new FetchOptions(Duration.ofSeconds(10), Duration.ofSeconds(30), 5,
            3, Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofSeconds(1), 10L * 1024 * 1024, false,
            "Corroborate/0.1 (+https://github.com/corroborate; news corroboration engine)");

    public FetchOptions {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requireNotNegative(initialBackoff, "initialBackoff");
        requireNotNegative(maxBackoff, "maxBackoff");
        requireNotNegative(perHostInterval, "perHostInterval");
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("maxRedirects must be 0 to 20, was " + maxRedirects);
        }
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be 1 to 10, was " + maxAttempts);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
    }

    /** These options with private-network fetching allowed or not. */
    public FetchOptions withAllowPrivateNetwork(boolean allow) {
        return new FetchOptions(connectTimeout, requestTimeout, maxRedirects, maxAttempts, initialBackoff, maxBackoff,
                perHostInterval, maxBytes, allow, userAgent);
    }

    /** These options with other timeouts. */
    public FetchOptions withTimeouts(Duration connect, Duration request) {
        return new FetchOptions(connect, request, maxRedirects, maxAttempts, initialBackoff, maxBackoff,
                perHostInterval, maxBytes, allowPrivateNetwork, userAgent);
    }

    /** These options with other retry and politeness timings. */
    public FetchOptions withPacing(int attempts, Duration backoff, Duration backoffCap, Duration hostInterval) {
        return new FetchOptions(connectTimeout, requestTimeout, maxRedirects, attempts, backoff, backoffCap,
                hostInterval, maxBytes, allowPrivateNetwork, userAgent);
    }

    /** These options with another body size limit. */
    public FetchOptions withMaxBytes(long bytes) {
        return new FetchOptions(connectTimeout, requestTimeout, maxRedirects, maxAttempts, initialBackoff, maxBackoff,
                perHostInterval, bytes, allowPrivateNetwork, userAgent);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + duration);
        }
    }
}
