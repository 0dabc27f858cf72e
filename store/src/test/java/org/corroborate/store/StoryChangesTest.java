package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Article;
import org.corroborate.api.Quantity;
import org.corroborate.api.Span;
import org.corroborate.engine.Engine;
import org.corroborate.engine.EngineOptions;
import org.corroborate.extract.Extractors;
import org.corroborate.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories keep their ids as articles join, and record what changed: articles, facts, numbers. */
class StoryChangesTest {

    @TempDir
    Path temp;

    private static final Pattern COUNT = Pattern.compile("(\\d+) (\\w+)");

    /** Naive annotator that also reads "NUMBER noun" quantities, and counts its calls. */
    private final AtomicInteger annotations = new AtomicInteger();

    private Engine engine() {
        return Engine.withStages(EngineOptions.DEFAULTS.withThreads(1), Extractors.standard(), this::annotate);
    }

    private AnnotatedArticle annotate(Article article) {
        annotations.incrementAndGet();
        AnnotatedArticle plain = Fixtures.annotated(article);
        List<Quantity> quantities = new ArrayList<>();
        Matcher m = COUNT.matcher(article.text());
        while (m.find()) {
            quantities.add(new Quantity(Span.of(article, m.start(), m.end()), Double.parseDouble(m.group(1)),
                    m.group(2), false));
        }
        return new AnnotatedArticle(article, plain.sentences(), List.of(), List.of(), List.of(), quantities,
                List.of(), List.of());
    }

    private Path write(String name, String id, String outlet, String text) throws Exception {
        return Files.writeString(temp.resolve(name), "{\"id\": \"" + id + "\", \"outlet\": \"" + outlet + "\","
                + " \"title\": \"Bridge\", \"published\": \"2025-03-03\", \"text\": \"" + text + "\"}",
                StandardCharsets.UTF_8);
    }

    @Test
    void aStoryKeepsItsIdAndListsWhatChanged() throws Exception {
        String sentence = "The Old Mill bridge over the Wend river was closed on Monday after inspectors found a"
                + " crack in a girder.";
        Path a = write("a.json", "a1", "Alpha", sentence + " Some 120 firefighters and engineers were sent.");
        Path b = write("b.json", "b1", "Beta", sentence + " Repairs will take six weeks, the council said.");
        try (Store store = Stores.open(temp.resolve("data"), engine(), StoreOptions.textOnly())) {
            store.add(List.of(a));
            String id = store.stories(StoryQuery.first(10)).stories().get(0).id();
            Instant afterFirst = Instant.now();
            Thread.sleep(5);

            store.add(List.of(b));
            assertThat(store.stories(StoryQuery.first(10)).stories()).extracting(StorySummary::id).contains(id);
            assertThat(store.story(id).orElseThrow().articleIds()).containsExactlyInAnyOrder("a1", "b1");
            assertThat(store.changes(id, afterFirst)).extracting(StoryChange::kind, StoryChange::articleId)
                    .contains(org.assertj.core.groups.Tuple.tuple("new_article", "b1"));
            assertThat(store.changes(id, afterFirst)).noneMatch(c -> c.articleId() != null
                    && c.articleId().equals("a1"));

            Instant afterSecond = Instant.now();
            Thread.sleep(5);
            write("a.json", "a1", "Alpha", sentence + " Some 80 firefighters and engineers were sent.");
            int before = annotations.get();
            store.add(List.of(a));
            assertThat(annotations.get() - before).as("only the edited article is annotated again").isEqualTo(1);

            List<StoryChange> changes = store.changes(id, afterSecond);
            assertThat(changes).extracting(StoryChange::kind).contains("edited_article", "revised_number")
                    .doesNotContain("new_article");
            StoryChange revised = changes.stream().filter(c -> c.kind().equals("revised_number")).findFirst()
                    .orElseThrow();
            assertThat(revised.detail()).isEqualTo("120 firefighters → 80 firefighters");
            assertThat(store.changes(id, Instant.now().plusSeconds(60))).isEmpty();
            assertThat(store.changes("no-such-story", afterFirst)).isEmpty();
            assertThat(store.entities(null, 10)).isEmpty();
        }
    }

    @Test
    void aSecondOpenOfTheSameDirectoryIsRefusedClearly() {
        Path dir = temp.resolve("data");
        try (Store first = Stores.open(dir, engine(), StoreOptions.textOnly())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Stores.open(dir, engine(), StoreOptions.textOnly()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use by another Corroborate process");
            assertThat(first.articleCount()).isZero();
        }
    }

    @Test
    void feedsAndPagesAreKeptAcrossReopening() {
        Path dir = temp.resolve("data");
        try (Store store = Stores.open(dir, engine(), StoreOptions.textOnly())) {
            store.feeds().put(FeedRecord.subscribed("https://news.example/feed", null, "2025-03-03T10:00:00Z"));
            store.feeds().put(new FeedRecord("https://news.example/feed", "Example News", "\"e1\"", null,
                    "2025-03-03T10:00:00Z", "2025-03-03T10:05:00Z", "ok", null, 0, "2025-03-03T10:20:00Z"));
            store.feeds().putPage(new PageRecord("https://news.example/a", "https://news.example/feed", null,
                    "\"p1\"", null, "2025-03-03T10:05:00Z", "2025-03-03T10:05:00Z", true));
        }
        try (Store store = Stores.open(dir, engine(), StoreOptions.textOnly())) {
            assertThat(store.feeds().list()).singleElement().satisfies(f -> {
                assertThat(f.title()).isEqualTo("Example News");
                assertThat(f.addedAt()).isEqualTo("2025-03-03T10:00:00Z");
                assertThat(f.etag()).isEqualTo("\"e1\"");
            });
            assertThat(store.feeds().page("https://news.example/a")).get().extracting(PageRecord::etag)
                    .isEqualTo("\"p1\"");
            assertThat(store.feeds().remove("https://news.example/feed")).isTrue();
            assertThat(store.feeds().remove("https://news.example/feed")).isFalse();
        }
    }
}
