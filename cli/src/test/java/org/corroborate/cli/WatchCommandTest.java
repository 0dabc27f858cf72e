package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.corroborate.engine.Engine;
import org.corroborate.engine.EngineOptions;
import org.corroborate.extract.Extractors;
import org.corroborate.testkit.Fixtures;
import org.corroborate.testkit.FixtureHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code feeds}, {@code watch --once} and {@code add URL} against a fixture server on 127.0.0.1. */
class WatchCommandTest {

    @TempDir
    Path temp;

    private final FixtureHttpServer server = FixtureHttpServer.start();
    private final EngineHolder engines = EngineHolder.of(Engine.withStages(EngineOptions.DEFAULTS.withThreads(1),
            Extractors.standard(), Fixtures::annotated));

    @AfterEach
    void stop() {
        server.close();
    }

    private static String page(String title, String text) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + text
                + "</p><p>Engineers will inspect the cracked girder of the harbour bridge before the council decides"
                + " on repairs, a spokesperson said on Monday.</p></article></body></html>";
    }

    private CliRun run(String... args) {
        return CliRun.run(engines, args);
    }

    @Test
    void subscribesPollsOnceAndListsFeeds() throws Exception {
        server.page("/a", "text/html", page("Bridge closed", "The harbour bridge closed after a crack was found."));
        server.page("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Harbour News</title>"
                + "<item><title>Bridge closed</title><link>" + server.uri("/a") + "</link>"
                + "<description>Teaser.</description></item></channel></rss>");
        String data = temp.resolve("data").toString();
        String feed = server.uri("/feed.xml").toString();

        CliRun refused = run("feeds", "add", feed, "-d", data);
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.SOME_SKIPPED);
        assertThat(refused.err()).contains(feed + ": skipped: ").contains("--allow-private-network");

        CliRun added = run("feeds", "add", feed, "-d", data, "--allow-private-network");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).isEqualTo("subscribed " + feed + System.lineSeparator());

        CliRun polled = run("watch", "--once", "-d", data, "--allow-private-network", "--host-interval", "0");
        assertThat(polled.exitCode()).as(polled.err()).isZero();
        assertThat(polled.out()).contains(feed + ": 1 new, 0 updated").contains("stored: 1 added, 0 updated");

        CliRun listed = run("feeds", "list", "-d", data);
        assertThat(listed.out()).startsWith(feed + "\tHarbour News\tok at ");

        assertThat(run("feeds", "remove", "https://nowhere.example/feed", "-d", data).exitCode())
                .isEqualTo(ExitCodes.SOME_SKIPPED);
        assertThat(run("feeds", "remove", feed, "-d", data).out()).isEqualTo("removed " + feed
                + System.lineSeparator());
        CliRun empty = run("watch", "--once", "-d", data);
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.err()).contains("no feeds in");
    }

    @Test
    void addsUrlsAndNamesTheOnesThatFail() throws Exception {
        server.page("/a", "text/html", page("Bridge closed", "The harbour bridge closed after a crack was found."));
        server.status("/gone", 404);
        String data = temp.resolve("data").toString();
        Path file = Files.writeString(temp.resolve("b.txt"), "Ferry service starts while the harbour bridge is shut."
                + " The council said the ferry will run every twenty minutes until repairs end.");

        CliRun result = run("add", server.uri("/a").toString(), server.uri("/gone").toString(), file.toString(),
                "-d", data, "--allow-private-network", "--host-interval", "0");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.SOME_SKIPPED);
        assertThat(result.err()).contains(server.uri("/gone") + ": skipped: HTTP 404 (not found)");
        assertThat(result.out()).contains("2 added, 0 updated, 0 unchanged");

        CliRun again = run("add", server.uri("/a").toString(), "-d", data, "--allow-private-network");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains(server.uri("/a") + ": not modified");

        CliRun words = run("search", "ferry", "-d", data);
        assertThat(words.exitCode()).as(words.err()).isZero();
        assertThat(words.out().lines()).as("one article mentions a ferry").hasSize(1);
        CliRun meaning = run("search", "--meaning", "boats", "across", "the", "water", "--limit", "1", "-d", data);
        assertThat(meaning.exitCode()).as(meaning.err()).isZero();
        assertThat(meaning.out()).as("the ferry article, though no word is shared").contains("b.txt");
        assertThat(run("search", "x", "--limit", "0", "-d", data).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void badDurationsAreUsageErrors() {
        CliRun bad = CliRun.run("watch", "--every", "0m");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("'0m' must be longer than zero");
        assertThat(CliRun.run("watch", "--every", "soon").err()).contains("is not a duration like 90s, 15m");
    }
}
