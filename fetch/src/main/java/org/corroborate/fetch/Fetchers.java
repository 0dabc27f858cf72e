package org.corroborate.fetch;

import java.util.Objects;

/** Factory of {@link Fetcher}s. */
public final class Fetchers {

    private Fetchers() {
    }

    /** A fetcher over the JDK's HTTP client with {@code options}. */
    public static Fetcher http(FetchOptions options) {
        return new HttpFetcher(Objects.requireNonNull(options, "options"), new AddressPolicy(options.allowPrivateNetwork()));
    }
}
