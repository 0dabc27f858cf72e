package org.corroborate.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.corroborate.api.Problem;
import org.corroborate.engine.Engine;
import org.corroborate.engine.EngineOptions;
import org.corroborate.extract.Extractors;
import org.corroborate.fetch.FetchOptions;
import org.corroborate.fetch.Fetcher;
import org.corroborate.fetch.Fetchers;
import org.corroborate.store.FeedRecord;
import org.corroborate.store.Store;
import org.corroborate.store.StoreOptions;
import org.corroborate.store.StoryChange;
import org.corroborate.store.StoryQuery;
import org.corroborate.store.Stores;
import org.corroborate.testkit.Fixtures;
import org.corroborate.testkit.FixtureHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds and pages served by a real HTTP server on 127.0.0.1, polled into a real store. */
class WatcherTest {

    @TempDir
    Path temp;

    private FixtureHttpServer server;
    private Store store;

    private static final WatchOptions OPTIONS = WatchOptions.DEFAULTS.withInterval(Duration.ofMinutes(10))
            .withRevisits(Duration.ofDays(2), Duration.ZERO);
    private static final FetchOptions FETCH = FetchOptions.DEFAULTS.withAllowPrivateNetwork(true)
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10))
            .withPacing(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    @BeforeEach
    void start() {
        server = FixtureHttpServer.start();
        store = Stores.open(temp.resolve("data"), Engine.withStages(EngineOptions.DEFAULTS.withThreads(1),
                Extractors.standard(), Fixtures::annotated), StoreOptions.textOnly());
    }

    @AfterEach
    void stop() {
        store.close();
        server.close();
    }

    private static String page(String title, String body) {
        return "<html><head><title>" + title + "</title><meta property=\"og:site_name\" content=\"Harbour News\">"
                + "</head><body><nav>Home | World</nav><article><h1>" + title + "</h1><p>" + body + "</p>"
                + "<p>The council said the harbour bridge will stay closed while engineers inspect the cracked"
                + " girder and decide on repairs.</p></article></body></html>";
    }

    private String rss(String... items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Harbour News</title><link>" + server.uri("/") + "</link>");
        for (String path : items) {
            xml.append("<item><title>Item ").append(path).append("</title><link>").append(server.uri(path))
                    .append("</link><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>")
                    .append("<description>A short teaser.</description></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    private Watcher watcher(FetchOptions fetch) {
        return Watchers.create(store, Fetchers.http(fetch), OPTIONS);
    }

    @Test
    void aFeedThatUpdatesBetweenPollsBringsOnlyTheNewItems() throws Exception {
        server.page("/a", "text/html", page("Bridge closed", "The harbour bridge closed on Monday after a crack."));
        server.page("/b", "text/html", page("Ferry added", "A ferry will run while the bridge is closed."));
        server.page("/feed.xml", "application/rss+xml", rss("/a"));
        Watcher watcher = watcher(FETCH);
        assertThat(watcher.subscribe(server.uri("/feed.xml").toString()).subscribed()).hasSize(1);
        Instant t0 = Instant.parse("2025-03-04T10:00:00Z");

        PollReport first = watcher.poll(t0);
        assertThat(first.feeds()).containsExactly(server.uri("/feed.xml") + ": 1 new, 0 updated");
        assertThat(first.stored().added()).hasSize(1);
        assertThat(watcher.nextDue()).isEqualTo(t0.plus(Duration.ofMinutes(10)));
        assertThat(watcher.poll(t0.plusSeconds(60)).feeds()).as("not due yet").isEmpty();

        PollReport unchanged = watcher.poll(t0.plus(Duration.ofMinutes(10)));
        assertThat(unchanged.feeds()).containsExactly(server.uri("/feed.xml") + ": not modified");
        assertThat(server.conditionalHits("/feed.xml")).isEqualTo(1);

        server.page("/feed.xml", "application/rss+xml", rss("/b", "/a"));
        PollReport second = watcher.poll(t0.plus(Duration.ofMinutes(20)));
        assertThat(second.feeds()).containsExactly(server.uri("/feed.xml") + ": 1 new, 0 updated");
        assertThat(store.articleCount()).isEqualTo(2);
        assertThat(server.hits("/b")).isEqualTo(1);
        assertThat(store.feeds().list()).singleElement().extracting(FeedRecord::title).isEqualTo("Harbour News");
    }

    @Test
    void missingSlowAndLoopingPagesAreReportedAndTheRestIsStored() throws Exception {
        server.page("/a", "text/html", page("Bridge closed", "The harbour bridge closed on Monday after a crack."));
        server.status("/gone", 404);
        server.slow("/slow", Duration.ofSeconds(20), "text/html", page("Late", "Too late."));
        server.redirect("/loop1", "/loop2");
        server.redirect("/loop2", "/loop1");
        server.page("/feed.xml", "application/rss+xml", rss("/gone", "/slow", "/loop1", "/a"));
        Watcher watcher = watcher(FETCH.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(3)));
        assertThat(watcher.subscribe(server.uri("/feed.xml").toString()).problem()).isNull();

        PollReport report = watcher.poll(Instant.parse("2025-03-04T10:00:00Z"));

        assertThat(report.stored().added()).hasSize(1);
        assertThat(report.problems()).filteredOn(p -> p.severity() == Problem.Severity.SKIPPED)
                .extracting(Problem::toString).containsExactly(
                        server.uri("/gone") + ": skipped: HTTP 404 (not found)",
                        server.uri("/slow") + ": skipped: no response within 3 s",
                        server.uri("/loop1") + ": skipped: redirect loop: " + server.uri("/loop1") + " -> "
                                + server.uri("/loop2") + " -> " + server.uri("/loop1"));
        assertThat(report.hadProblems()).isTrue();
    }

    @Test
    void aFailingFeedBacksOff() throws Exception {
        server.status("/feed.xml", 404);
        store.feeds().put(FeedRecord.subscribed(server.uri("/feed.xml").toString(), null, "2025-03-04T09:00:00Z"));
        Watcher watcher = watcher(FETCH);
        Instant t0 = Instant.parse("2025-03-04T10:00:00Z");

        watcher.poll(t0);
        assertThat(watcher.nextDue()).isEqualTo(t0.plus(Duration.ofMinutes(20)));
        watcher.poll(t0.plus(Duration.ofMinutes(20)));
        assertThat(watcher.nextDue()).isEqualTo(t0.plus(Duration.ofMinutes(20 + 40)));
        FeedRecord feed = store.feeds().list().get(0);
        assertThat(feed.failures()).isEqualTo(2);
        assertThat(feed.lastStatus()).isEqualTo("error");
        assertThat(feed.lastError()).isEqualTo(server.uri("/feed.xml") + ": HTTP 404 (not found)");

        server.page("/feed.xml", "application/rss+xml", rss());
        watcher.poll(t0.plus(Duration.ofHours(2)));
        assertThat(store.feeds().list().get(0).failures()).isZero();
    }

    @Test
    void aPageThatChangesAfterItsFirstFetchGetsANewVersion() throws Exception {
        server.page("/a", "text/html", page("Bridge closed", "Some 120 firefighters were at the harbour."));
        server.page("/feed.xml", "application/rss+xml", rss("/a"));
        Watcher watcher = watcher(FETCH);
        assertThat(watcher.subscribe(server.uri("/feed.xml").toString()).problem()).isNull();
        Instant t0 = Instant.parse("2025-03-04T10:00:00Z");
        watcher.poll(t0);
        String storyId = store.stories(StoryQuery.first(10)).stories().get(0).id();
        Instant afterFirst = Instant.now();

        server.page("/a", "text/html", page("Bridge closed", "Some 80 firefighters were at the harbour."));
        PollReport second = watcher.poll(t0.plus(Duration.ofMinutes(10)));

        assertThat(second.feeds()).containsExactly(server.uri("/feed.xml") + ": not modified, 1 edited page(s)");
        assertThat(second.stored().updated()).hasSize(1);
        String articleId = second.stored().updated().get(0);
        assertThat(store.versions(articleId)).hasSize(2);
        assertThat(store.article(articleId).orElseThrow().text()).contains("Some 80 firefighters");
        assertThat(store.changes(storyId, afterFirst)).extracting(StoryChange::kind).contains("edited_article");

        PollReport third = watcher.poll(t0.plus(Duration.ofMinutes(20)));
        assertThat(third.stored()).as("unchanged page: 304, nothing stored").isNull();
        assertThat(server.conditionalHits("/a")).isEqualTo(2);
    }

    @Test
    void fullTextItemsAreTakenFromTheFeedAndTeasersFetched() throws Exception {
        String longText = "The harbour bridge closed on Monday after inspectors found a crack. ".repeat(25);
        server.page("/full", "text/html", page("Never fetched", "x"));
        server.page("/feed.atom", "application/atom+xml", "<?xml version=\"1.0\"?>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom News</title>"
                + "<entry><title>Bridge closed</title><link href=\"/full\"/><id>1</id>"
                + "<updated>2025-03-04T10:00:00Z</updated><author><name>Ann Reporter</name></author>"
                + "<content type=\"html\">&lt;p&gt;" + longText + "&lt;/p&gt;</content></entry></feed>");
        Watcher watcher = watcher(FETCH);
        assertThat(watcher.subscribe(server.uri("/feed.atom").toString()).problem()).isNull();

        PollReport report = watcher.poll(Instant.parse("2025-03-04T10:00:00Z"));

        assertThat(report.stored()).as(report.toString()).isNotNull();
        assertThat(report.stored().added()).hasSize(1);
        assertThat(server.hits("/full")).isZero();
        assertThat(store.article(report.stored().added().get(0)).orElseThrow().published())
                .startsWith("2025-03-04");
    }

    @Test
    void feedsAreDiscoveredFromASitePageAndOpmlListsRead() throws Exception {
        server.page("/feed.xml", "application/rss+xml", rss());
        server.page("/", "text/html", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\""
                + " href=\"/feed.xml\"></head><body>Home</body></html>");
        server.page("/plain", "text/html", "<html><body>No feeds here</body></html>");
        Watcher watcher = watcher(FETCH);

        assertThat(watcher.subscribe(server.uri("/").toString()).subscribed())
                .containsExactly(server.uri("/feed.xml").toString());
        Watcher.Outcome none = watcher.subscribe(server.uri("/plain").toString());
        assertThat(none.subscribed()).isEmpty();
        assertThat(none.problem()).isEqualTo(server.uri("/plain") + ": neither an RSS/Atom feed nor a page that"
                + " links to one");
        assertThat(Opml.feedUrls("<opml version=\"2.0\"><body><outline text=\"World\"><outline text=\"A\""
                + " xmlUrl=\"https://a.example/rss\"/><outline text=\"B\" xmlUrl=\"https://b.example/atom\"/>"
                + "</outline></body></opml>")).containsExactly("https://a.example/rss", "https://b.example/atom");
    }

    @Test
    void privateAddressesAreRefusedUnlessAllowed() throws Exception {
        server.page("/a", "text/html", page("Bridge closed", "The harbour bridge closed on Monday."));
        Watcher refusing = watcher(FETCH.withAllowPrivateNetwork(false));

        PollReport refused = refusing.addUrls(List.of(server.uri("/a").toString()));
        assertThat(refused.stored()).isNull();
        assertThat(refused.problems()).singleElement().extracting(Problem::message).asString()
                .contains("non-public address 127.0.0.1").contains("--allow-private-network");
        assertThat(server.hits("/a")).isZero();

        PollReport allowed = watcher(FETCH).addUrls(List.of(server.uri("/a").toString()));
        assertThat(allowed.stored().added()).hasSize(1);
        PollReport again = watcher(FETCH).addUrls(List.of(server.uri("/a").toString()));
        assertThat(again.feeds()).containsExactly(server.uri("/a") + ": not modified");
    }
}
