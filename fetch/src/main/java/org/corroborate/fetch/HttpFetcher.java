package org.corroborate.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.corroborate.ingest.Codings;

/**
 * {@link Fetcher} over {@link HttpClient}: redirects are followed here (not by the client) so that every hop is
 * checked by the {@link AddressPolicy} and loops are caught. Thread-safe.
 */
final class HttpFetcher implements Fetcher {

    private final FetchOptions options;
    private final AddressPolicy policy;
    private final HttpClient client;
    private final Map<String, Long> nextSlotByHost = new HashMap<>();

    HttpFetcher(FetchOptions options, AddressPolicy policy) {
        this.options = options;
        this.policy = policy;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public FetchResult fetch(URI uri, Validators validators) throws FetchException, InterruptedException {
        URI current = uri.normalize();
        Set<URI> visited = new LinkedHashSet<>();
        for (int hop = 0; ; hop++) {
            if (!visited.add(current)) {
                throw new FetchException(FetchException.Kind.REDIRECT_LOOP, current, "redirect loop: "
                        + chain(visited, current));
            }
            if (hop > options.maxRedirects()) {
                throw new FetchException(FetchException.Kind.REDIRECT_LOOP, current, "more than "
                        + options.maxRedirects() + " redirects: " + chain(visited, null));
            }
            policy.check(current);
            Response response = withRetries(current, hop == 0 ? validators : Validators.NONE);
            if (response.redirect().isPresent()) {
                current = response.redirect().get();
                continue;
            }
            return new FetchResult(uri, current, response.status(), response.contentType(), response.body(),
                    response.validators(), Instant.now());
        }
    }

    private Response withRetries(URI uri, Validators validators) throws FetchException, InterruptedException {
        Duration wait = options.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return once(uri, validators);
            } catch (Retry retry) {
                if (attempt >= options.maxAttempts()) {
                    throw retry.failure;
                }
                Duration pause = retry.retryAfter.orElse(wait);
                if (pause.compareTo(options.maxBackoff()) > 0) {
                    pause = options.maxBackoff();
                }
                Thread.sleep(pause.toMillis());
                wait = wait.multipliedBy(2);
            }
        }
    }

    private Response once(URI uri, Validators validators) throws FetchException, Retry, InterruptedException {
        awaitSlot(uri.getHost().toLowerCase(Locale.ROOT));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(options.requestTimeout())
                .header("User-Agent", options.userAgent())
                .header("Accept-Encoding", "gzip, deflate")
                .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml,"
                        + " application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8, */*;q=0.5")
                .GET();
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new Retry(new FetchException(FetchException.Kind.TIMEOUT, uri, "no response within "
                    + seconds(options.requestTimeout())), Optional.empty());
        } catch (ConnectException e) {
            throw new Retry(new FetchException(FetchException.Kind.NETWORK, uri, "cannot connect"
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())), Optional.empty());
        } catch (IOException e) {
            throw new Retry(new FetchException(FetchException.Kind.NETWORK, uri, "network error: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())), Optional.empty());
        }
        int status = response.statusCode();
        try (InputStream body = response.body()) {
            if (status >= 300 && status < 400 && status != 304) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new FetchException(FetchException.Kind.CLIENT_ERROR, uri, "redirect (" + status
                            + ") without a Location header");
                }
                try {
                    return Response.redirect(uri.resolve(location.get().strip()).normalize());
                } catch (IllegalArgumentException e) {
                    throw new FetchException(FetchException.Kind.BAD_URL, uri, "redirect to a malformed URL: "
                            + location.get());
                }
            }
            if (status == 429 || status >= 500) {
                throw new Retry(new FetchException(FetchException.Kind.SERVER_ERROR, uri, "HTTP " + status),
                        retryAfter(response));
            }
            if (status == 404 || status == 410) {
                throw new FetchException(FetchException.Kind.NOT_FOUND, uri, "HTTP " + status + " (not found)");
            }
            if (status >= 400 || status < 200) {
                throw new FetchException(FetchException.Kind.CLIENT_ERROR, uri, "HTTP " + status);
            }
            Validators next = new Validators(response.headers().firstValue("ETag").orElse(validators.etag()),
                    response.headers().firstValue("Last-Modified").orElse(validators.lastModified()));
            if (status == 304) {
                return new Response(304, null, new byte[0], next, Optional.empty());
            }
            byte[] bytes = readBounded(body, uri);
            bytes = Codings.decode(bytes, response.headers().firstValue("Content-Encoding").orElse(null));
            if (bytes.length > options.maxBytes()) {
                throw new FetchException(FetchException.Kind.TOO_LARGE, uri, "body larger than "
                        + options.maxBytes() + " bytes when decompressed");
            }
            return new Response(status, response.headers().firstValue("Content-Type").orElse(null), bytes, next,
                    Optional.empty());
        } catch (HttpTimeoutException e) {
            throw new Retry(new FetchException(FetchException.Kind.TIMEOUT, uri, "body not complete within "
                    + seconds(options.requestTimeout())), Optional.empty());
        } catch (IOException e) {
            throw new Retry(new FetchException(FetchException.Kind.NETWORK, uri, "network error while reading: "
                    + e.getMessage()), Optional.empty());
        }
    }

    private byte[] readBounded(InputStream body, URI uri) throws IOException, FetchException {
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
        if (bytes.length > options.maxBytes()) {
            throw new FetchException(FetchException.Kind.TOO_LARGE, uri, "body larger than " + options.maxBytes()
                    + " bytes");
        }
        return bytes;
    }

    /** Waits until this host may be asked again, and books the next slot. */
    private void awaitSlot(String host) throws InterruptedException {
        long interval = options.perHostInterval().toNanos();
        long wait;
        synchronized (nextSlotByHost) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlotByHost.getOrDefault(host, now));
            nextSlotByHost.put(host, slot + interval);
            wait = slot - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> value = response.headers().firstValue("Retry-After");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = value.get().strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
        } catch (NumberFormatException e) {
            try {
                Duration until = Duration.between(Instant.now(),
                        ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException ignored) {
                return Optional.empty();
            }
        }
    }

    private static String chain(Set<URI> visited, URI last) {
        List<URI> hops = new ArrayList<>(visited);
        if (last != null) {
            hops.add(last);
        }
        return hops.stream().map(URI::toString).collect(Collectors.joining(" -> "));
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** One response: a redirect target, or a final status with its body. */
    private record Response(int status, String contentType, byte[] body, Validators validators,
                            Optional<URI> redirect) {

        static Response redirect(URI target) {
            return new Response(0, null, new byte[0], Validators.NONE, Optional.of(target));
        }
    }

    /** A transient failure that may be tried again. */
    private static final class Retry extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient FetchException failure;
        private final transient Optional<Duration> retryAfter;

        Retry(FetchException failure, Optional<Duration> retryAfter) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
            this.retryAfter = retryAfter;
        }
    }
}
