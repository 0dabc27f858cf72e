package org.corroborate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Annotator;
import org.corroborate.api.Article;
import org.corroborate.api.BadInputException;
import org.corroborate.api.ContentType;
import org.corroborate.api.DocumentHints;
import org.corroborate.api.Extractor;
import org.corroborate.api.Problem;
import org.corroborate.api.RawDocument;
import org.corroborate.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** The engine with hand-written fake extract and annotate stages and the real downstream stages. */
class EngineTest {

    /** Uses the content as the clean text; "bad" is rejected, "boom" crashes, the id is the hint or the text. */
    private static final Extractor FAKE_EXTRACTOR = document -> {
        String text = document.content();
        if (text.startsWith("bad")) {
            throw new BadInputException(document.source(), "no article text found");
        }
        if (text.startsWith("boom")) {
            throw new IllegalStateException("kaput");
        }
        String id = document.hints().id() != null ? document.hints().id() : "id-" + text.hashCode();
        return new Article(id, document.source(), null, null, "Outlet " + document.source(), null, List.of(),
                "2026-03-11", null, "en", text, List.of(), List.of());
    };

    /** Naive annotations; articles whose text contains "crash" fail. */
    private static final Annotator FAKE_ANNOTATOR = article -> {
        if (article.text().contains("crash")) {
            throw new IllegalArgumentException("annotator fell over");
        }
        return Fixtures.annotated(article);
    };

    @Test
    void oneBadDocumentNeverAbortsTheRun() {
        AtomicInteger steps = new AtomicInteger();
        Progress counting = new Progress() {
            @Override
            public void advance() {
                steps.incrementAndGet();
            }
        };
        List<RawDocument> documents = List.of(
                doc("a.txt", "The harbour bridge reopened on Monday after repairs to its deck lasted six weeks."),
                doc("b.txt", "bad page"),
                doc("c.txt", "boom"),
                doc("d.txt", "The crash barrier on the harbour bridge was replaced during six weeks of repairs."),
                doc("e.txt", "The harbour bridge reopened on Monday after repairs to its deck lasted six weeks."));

        RunResult result = engine().run(documents, List.of(Problem.skipped("x.png", "binary content")), counting);

        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "x.png: skipped: binary content",
                "b.txt: skipped: no article text found",
                "c.txt: skipped: extraction failed: IllegalStateException: kaput",
                "e.txt: skipped: same article as a.txt (id " + "id-" + documents.get(0).content().hashCode()
                        + "); read once",
                "d.txt: skipped: annotation failed: IllegalArgumentException: annotator fell over");
        assertThat(result.anySkipped()).isTrue();
        assertThat(result.stories()).hasSize(1);
        StoryAnalysisCheck.citationsMatch(result.stories().get(0));
        assertThat(steps.get()).isGreaterThanOrEqualTo(5 + 2 + 1);
    }

    @Test
    void anEmptyRunHasNoStories() {
        RunResult result = engine().run(List.of(), List.of(), Progress.NONE);
        assertThat(result.stories()).isEmpty();
        assertThat(result.anySkipped()).isFalse();
    }

    @Test
    void optionsAreValidated() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new EngineOptions(0, 100, 1)).withMessageContaining("maxInputBytes");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> EngineOptions.DEFAULTS.withMaxWords(-1)).withMessageContaining("maxWords");
    }

    private static Engine engine() {
        return Engine.withStages(EngineOptions.DEFAULTS.withThreads(2), FAKE_EXTRACTOR, FAKE_ANNOTATOR);
    }

    private static RawDocument doc(String source, String content) {
        return new RawDocument(source, ContentType.PLAIN_TEXT, content, DocumentHints.NONE);
    }

    /** Every citation of a story's brief indexes its article's text. */
    static final class StoryAnalysisCheck {
        static void citationsMatch(StoryResult story) {
            for (AnnotatedArticle article : story.articles()) {
                story.brief().summary().forEach(s -> s.citations().stream()
                        .filter(c -> c.articleId().equals(article.id()))
                        .forEach(c -> assertThat(c.matches(article.article().text())).isTrue()));
            }
        }
    }
}
