package org.corroborate.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.corroborate.testkit.FixtureHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server on 127.0.0.1. */
class HttpFetcherTest {

    private final FixtureHttpServer server = FixtureHttpServer.start();

    private static final FetchOptions LOCAL = FetchOptions.DEFAULTS.withAllowPrivateNetwork(true)
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10))
            .withPacing(2, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ZERO);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void conditionalGetAnswersNotModifiedUntilThePageChanges() throws Exception {
        server.page("/a", "text/html; charset=utf-8", "<p>first</p>");
        Fetcher fetcher = Fetchers.http(LOCAL);

        FetchResult first = fetcher.fetch(server.uri("/a"), Validators.NONE);
        FetchResult second = fetcher.fetch(server.uri("/a"), first.validators());
        server.page("/a", "text/html; charset=utf-8", "<p>second</p>");
        FetchResult third = fetcher.fetch(server.uri("/a"), second.validators());

        assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("<p>first</p>");
        assertThat(first.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
        assertThat(third.notModified()).isFalse();
        assertThat(new String(third.body(), StandardCharsets.UTF_8)).isEqualTo("<p>second</p>");
        assertThat(server.conditionalHits("/a")).isEqualTo(2);
    }

    @Test
    void redirectsAreFollowedAndLoopsStopped() throws Exception {
        server.page("/target", "text/html", "<p>here</p>");
        server.redirect("/moved", "/target");
        server.redirect("/loop-a", "/loop-b");
        server.redirect("/loop-b", "/loop-a");
        Fetcher fetcher = Fetchers.http(LOCAL);

        FetchResult moved = fetcher.fetch(server.uri("/moved"), Validators.NONE);
        assertThat(moved.finalUri()).isEqualTo(server.uri("/target"));

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/loop-a"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchException.Kind.REDIRECT_LOOP);
                    assertThat(e.getMessage()).contains("redirect loop: " + server.uri("/loop-a") + " -> "
                            + server.uri("/loop-b") + " -> " + server.uri("/loop-a"));
                });
        assertThat(server.hits("/loop-a")).isEqualTo(1);
    }

    @Test
    void notFoundIsNotRetriedButServerErrorsAre() throws Exception {
        server.status("/gone", 404);
        server.status("/broken", 503);
        Fetcher fetcher = Fetchers.http(LOCAL);

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/gone"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchException.Kind.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo(server.uri("/gone") + ": HTTP 404 (not found)");
                });
        assertThat(server.hits("/gone")).isEqualTo(1);

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/broken"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.SERVER_ERROR));
        assertThat(server.hits("/broken")).isEqualTo(2);
    }

    @Test
    void aSlowResponseTimesOut() {
        server.slow("/slow", Duration.ofSeconds(20), "text/html", "<p>late</p>");
        Fetcher fetcher = Fetchers.http(LOCAL.withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(1500)));

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/slow"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchException.Kind.TIMEOUT);
                    assertThat(e.getMessage()).endsWith("no response within 1500 ms");
                });
    }

    @Test
    void privateAndLoopbackAddressesAreRefusedByDefault() {
        server.page("/a", "text/html", "<p>local</p>");
        Fetcher fetcher = Fetchers.http(FetchOptions.DEFAULTS);

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/a"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED);
                    assertThat(e.getMessage()).contains("--allow-private-network");
                });
        assertThat(server.hits("/a")).isZero();
        assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/passwd"), Validators.NONE))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.BAD_URL));
    }

    @Test
    void addressClassesAreJudged() throws Exception {
        assertThat(AddressPolicy.isPublic(InetAddress.getByName("93.184.216.34"))).isTrue();
        assertThat(AddressPolicy.isPublic(InetAddress.getByName("2606:2800:220:1::1"))).isTrue();
        for (String local : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
            "100.64.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1", "::ffff:10.0.0.1"}) {
            assertThat(AddressPolicy.isPublic(InetAddress.getByName(local))).as(local).isFalse();
        }
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> FetchOptions.DEFAULTS.withPacing(0, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .hasMessage("maxAttempts must be 1 to 10, was 0");
        assertThatThrownBy(() -> FetchOptions.DEFAULTS.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessage("connectTimeout must be positive, was PT0S");
    }
}
