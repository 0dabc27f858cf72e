package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Annotator;
import org.corroborate.api.Article;
import org.corroborate.api.Entity;
import org.corroborate.api.EntityMention;
import org.corroborate.api.EntityType;
import org.corroborate.api.Quantity;
import org.corroborate.api.Quote;
import org.corroborate.api.Sentence;
import org.corroborate.api.Span;
import org.corroborate.api.Speaker;
import org.corroborate.api.TimeMention;
import org.corroborate.api.Token;
import org.corroborate.engine.Engine;
import org.corroborate.engine.EngineOptions;
import org.corroborate.extract.Extractors;
import org.corroborate.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

class StoredAnnotationsTest {

    @TempDir
    Path temp;

    /** Naive annotations with a version, counting the articles it annotates. */
    private static final class CountingAnnotator implements Annotator {
        private final String version;
        final List<String> annotated = Collections.synchronizedList(new ArrayList<>());

        CountingAnnotator(String version) {
            this.version = version;
        }

        @Override
        public AnnotatedArticle annotate(Article article) {
            annotated.add(article.id());
            return Fixtures.annotated(article);
        }

        @Override
        public Optional<String> version() {
            return Optional.ofNullable(version);
        }
    }

    private static Engine engine(Annotator annotator) {
        return Engine.withStages(EngineOptions.DEFAULTS.withThreads(1), Extractors.standard(), annotator);
    }

    private Path write(String id, String text) throws Exception {
        return Files.writeString(temp.resolve(id + ".json"), "{\"id\": \"" + id + "\", \"outlet\": \"Outlet " + id
                + "\", \"published\": \"2025-03-03\", \"text\": \"" + text + "\"}", StandardCharsets.UTF_8);
    }

    /** A store in {@code data} holding {@code a} and a second article "b1", annotated by an annotator of the version. */
    private Path storeTwoArticles(Path a, String version) throws Exception {
        Path b = write("b1", "Engineers said repairs on the Old Mill bridge take six weeks.");
        Path data = temp.resolve("data");
        try (Store store = Stores.open(data, engine(new CountingAnnotator(version)))) {
            store.add(List.of(a, b));
        }
        return data;
    }

    @Test
    void aLaterProcessAnnotatesOnlyNewAndEditedArticles() throws Exception {
        Path a = write("a1", "The Old Mill bridge was closed on Monday after a crack.");
        Path b = write("b1", "Engineers said repairs on the Old Mill bridge take six weeks.");
        Path data = temp.resolve("data");
        CountingAnnotator first = new CountingAnnotator("v1");
        try (Store store = Stores.open(data, engine(first))) {
            store.add(List.of(a, b));
        }
        assertThat(first.annotated).containsExactlyInAnyOrder("a1", "b1");

        Path c = write("c1", "The council said the Old Mill bridge reopens in April.");
        CountingAnnotator second = new CountingAnnotator("v1");
        try (Store store = Stores.open(data, engine(second))) {
            AddResult added = store.add(List.of(c));
            assertThat(added.added()).containsExactly("c1");
            assertThat(store.story(store.stories(StoryQuery.first(10)).stories().get(0).id())).isPresent();
        }
        assertThat(second.annotated).containsExactly("c1");

        write("a1", "The Old Mill bridge was closed on Tuesday after a crack.");
        CountingAnnotator third = new CountingAnnotator("v1");
        try (Store store = Stores.open(data, engine(third))) {
            assertThat(store.add(List.of(a)).updated()).containsExactly("a1");
        }
        assertThat(third.annotated).containsExactly("a1");
    }

    @Test
    void anotherAnnotatorVersionOrNoneAnnotatesEverythingAgain() throws Exception {
        Path a = write("a1", "The Old Mill bridge was closed on Monday after a crack.");
        Path data = storeTwoArticles(a, "v1");
        CountingAnnotator upgraded = new CountingAnnotator("v2");
        try (Store store = Stores.open(data, engine(upgraded))) {
            assertThat(store.add(List.of(a)).unchanged()).containsExactly("a1");
        }
        assertThat(upgraded.annotated).containsExactlyInAnyOrder("a1", "b1");

        CountingAnnotator unversioned = new CountingAnnotator(null);
        try (Store store = Stores.open(data, engine(unversioned))) {
            store.add(List.of(a));
        }
        assertThat(unversioned.annotated).containsExactlyInAnyOrder("a1", "b1");
    }

    @Test
    void anUnreadableStoredAnnotationIsAnnotatedAgain() throws Exception {
        Path a = write("a1", "The Old Mill bridge was closed on Monday after a crack.");
        Path data = storeTwoArticles(a, "v1");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("store.db"));
             Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("UPDATE annotations SET gzip_json = x'1f8b0800' WHERE article_id = 'b1'"))
                    .isEqualTo(1);
        }
        CountingAnnotator again = new CountingAnnotator("v1");
        try (Store store = Stores.open(data, engine(again))) {
            AddResult result = store.add(List.of(a));
            assertThat(result.problems()).isEmpty();
            assertThat(result.stories()).isPositive();
        }
        assertThat(again.annotated).containsExactly("b1");
    }

    @Test
    void everyAnnotationSurvivesTheJsonRoundTrip() throws Exception {
        Article article = new Article("a1", "a1.html", "https://example.org/a", "https://example.org/a", "Example",
                "Mayor quits", List.of("Jane Roe"), "2025-03-03T10:00:00Z", null, "en",
                "Mayor Lee said \"I quit\" on Monday. About 2,000 people protested.", List.of("AFP"),
                List.of("a warning"));
        Span quote = Span.of(article, 15, 23);
        Span cue = Span.of(article, 10, 14);
        Span speaker = Span.of(article, 0, 9);
        AnnotatedArticle annotated = new AnnotatedArticle(article,
                List.of(new Sentence(0, Span.of(article, 0, 35), List.of(new Token(0, 5, "Mayor", "mayor", "NNP", "O"),
                        new Token(6, 9, "Lee", "Lee", "NNP", "PERSON")))),
                List.of(new EntityMention(speaker, EntityType.PERSON, "e1")),
                List.of(new Entity("e1", "Lee", EntityType.PERSON, List.of("Mayor Lee"))),
                List.of(new Quote(quote, cue, new Speaker(speaker, "e1", "Lee"), true, List.of(quote)),
                        new Quote(quote, null, null, false, List.of())),
                List.of(new Quantity(Span.of(article, 42, 47), 2000, "people", true)),
                List.of(new TimeMention(Span.of(article, 27, 34), "DATE", "2025-03-03", null, null)),
                List.of("an annotation warning"));
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readValue(json.writeValueAsString(annotated), AnnotatedArticle.class)).isEqualTo(annotated);
    }
}
