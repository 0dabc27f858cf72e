package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @TempDir
    Path temp;

    private Path write(String name, String json) throws Exception {
        return Files.writeString(temp.resolve(name), json, StandardCharsets.UTF_8);
    }

    @Test
    void storesArticlesStoriesAndVersionsOnChangedContent() throws Exception {
        Path a = write("a.json", "{\"id\": \"a1\", \"outlet\": \"Alpha\", \"title\": \"Bridge shut\","
                + " \"published\": \"2025-03-03\", \"text\": \"The Old Mill bridge was closed on Monday after a crack."
                + " Engineers said repairs take six weeks.\"}");
        Path b = write("b.json", "{\"id\": \"b1\", \"outlet\": \"Beta\", \"title\": \"Crack closes bridge\","
                + " \"published\": \"2025-03-04\", \"text\": \"The Old Mill bridge was closed on Monday after a crack."
                + " Repairs will take six weeks, engineers said.\"}");
        Path dir = temp.resolve("data");
        try (Store store = Stores.open(dir, FakeEngines.fast())) {
            AddResult first = store.add(List.of(a, b));
            assertThat(first.added()).containsExactly("a1", "b1");
            assertThat(first.stories()).isPositive();
            StoryPage page = store.stories(StoryQuery.first(10));
            assertThat(page.total()).isEqualTo(first.stories());
            StoredStory story = store.story(page.stories().get(0).id()).orElseThrow();
            assertThat(story.briefJson()).startsWith("{").contains("\"schema\": 2");
            assertThat(story.briefHtml()).contains("<html");

            AddResult again = store.add(List.of(a));
            assertThat(again.unchanged()).containsExactly("a1");
            assertThat(store.versions("a1")).hasSize(1);

            write("a.json", "{\"id\": \"a1\", \"outlet\": \"Alpha\", \"title\": \"Bridge shut\","
                    + " \"published\": \"2025-03-03\", \"text\": \"The Old Mill bridge was closed on Monday after a"
                    + " crack. Engineers now say repairs take eight weeks.\"}");
            AddResult changed = store.add(List.of(a));
            assertThat(changed.updated()).containsExactly("a1");
            List<ArticleVersion> versions = store.versions("a1");
            assertThat(versions).extracting(ArticleVersion::version).containsExactly(1, 2);
            assertThat(versions.get(0).contentHash()).isNotEqualTo(versions.get(1).contentHash());
            assertThat(versions.get(0).text()).contains("six weeks");
            assertThat(store.article("a1").orElseThrow().text()).contains("eight weeks");
            assertThat(store.article("a1").orElseThrow().version()).isEqualTo(2);
            assertThat(store.search("eight", 10)).extracting(SearchHit::articleId).containsExactly("a1");
            assertThat(store.articleCount()).isEqualTo(2);
        }
        try (Store reopened = Stores.open(dir, FakeEngines.fast())) {
            assertThat(reopened.articleCount()).isEqualTo(2);
            assertThat(reopened.stories(new StoryQuery(10, 0, "Beta", null, null)).total()).isPositive();
            assertThat(reopened.stories(new StoryQuery(10, 0, "Nobody", null, null)).total()).isZero();
            assertThat(reopened.stories(new StoryQuery(10, 0, null, null, LocalDate.of(2030, 1, 1))).total())
                    .isZero();
            assertThat(reopened.search("weeks", 10)).hasSize(2);
        }
    }

    @Test
    void searchesByMeaning() throws Exception {
        Path fire = write("fire.json", "{\"id\": \"fire\", \"outlet\": \"Alpha\", \"title\": \"Warehouse fire\","
                + " \"text\": \"A fire broke out at a chemicals warehouse in the harbour and firefighters fought the"
                + " flames through the night.\"}");
        Path tram = write("tram.json", "{\"id\": \"tram\", \"outlet\": \"Beta\", \"title\": \"Tram vote\","
                + " \"text\": \"The city council voted to build a new tram line to the university campus.\"}");
        Path court = write("court.json", "{\"id\": \"court\", \"outlet\": \"Gamma\", \"title\": \"Appeal lost\","
                + " \"text\": \"A judge dismissed the appeal of the former mayor against his conviction.\"}");
        try (Store store = Stores.open(temp.resolve("data"), FakeEngines.fast())) {
            store.add(List.of(fire, tram, court));
            assertThat(store.search("blaze docks", 3)).as("no shared words").isEmpty();
            assertThat(store.searchByMeaning("blaze at the docks", 3)).extracting(SearchHit::articleId)
                    .first().isEqualTo("fire");
            assertThat(store.searchByMeaning("public transport plans", 3)).extracting(SearchHit::articleId)
                    .first().isEqualTo("tram");
        }
        try (Store textOnly = Stores.open(temp.resolve("other"), FakeEngines.fast(), StoreOptions.textOnly())) {
            assertThatThrownBy(() -> textOnly.searchByMeaning("fire", 3))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void rejectsBadQueries() {
        try (Store store = Stores.open(temp.resolve("data"), FakeEngines.fast())) {
            assertThatThrownBy(() -> store.search(" ", 10)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.search("x".repeat(501), 10)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.search("ok", 101)).isInstanceOf(IllegalArgumentException.class);
            assertThat(store.search("AND OR ((", 10)).isEmpty();
            assertThatThrownBy(() -> new StoryQuery(101, 0, null, null, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
