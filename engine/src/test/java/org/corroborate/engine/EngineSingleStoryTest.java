package org.corroborate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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

/** {@link Engine#briefSingleStory}: every surviving document in one story, with fake extract and annotate stages. */
class EngineSingleStoryTest {

    /** The content is the clean text and the source the id; "bad" is rejected. */
    private static final Extractor FAKE_EXTRACTOR = document -> {
        if (document.content().startsWith("bad")) {
            throw new BadInputException(document.source(), "no article text found");
        }
        return new Article(document.source(), document.source(), null, null, "Outlet " + document.source(), null,
                List.of(), "2026-03-11", null, "en", document.content(), List.of(), List.of());
    };

    private static final Annotator FAKE_ANNOTATOR = Fixtures::annotated;

    private static final String BRIDGE =
            "The harbour bridge reopened on Monday after repairs to its deck lasted six weeks.";
    private static final String BRIDGE_AGAIN =
            "The harbour bridge reopened on Monday after repairs to its deck had lasted six long weeks.";
    private static final String ELECTION =
            "Voters in the northern province elected a new governor on Sunday with a record turnout.";

    @Test
    void unrelatedDocumentsFormOneStoryWithEveryArticle() {
        List<RawDocument> documents = List.of(doc("a", BRIDGE), doc("b", "bad page"), doc("c", ELECTION));

        RunResult grouped = engine().run(documents, List.of(), Progress.NONE);
        RunResult single = engine().briefSingleStory(documents, List.of(Problem.skipped("x.png", "binary content")),
                Progress.NONE);

        assertThat(grouped.stories()).hasSize(2);
        assertThat(single.stories()).hasSize(1);
        StoryResult story = single.stories().get(0);
        assertThat(story.story().articleIds()).containsExactly("a", "c");
        assertThat(story.story().copies()).isEmpty();
        assertThat(story.story().explanation()).isEmpty();
        assertThat(story.articles()).extracting(AnnotatedArticle::id).containsExactly("a", "c");
        assertThat(story.brief().storyId()).isEqualTo(story.story().id());
        assertThat(story.brief().summary()).isNotEmpty();
        EngineTest.StoryAnalysisCheck.citationsMatch(story);
        assertThat(single.problems()).extracting(Problem::toString).containsExactly(
                "x.png: skipped: binary content", "b: skipped: no article text found");
    }

    @Test
    void theStoryIdFollowsTheGroupersRule() {
        List<RawDocument> documents = List.of(doc("a", BRIDGE), doc("b", BRIDGE_AGAIN));

        RunResult grouped = engine().run(documents, List.of(), Progress.NONE);
        RunResult single = engine().briefSingleStory(documents, List.of(), Progress.NONE);

        assertThat(grouped.stories()).hasSize(1);
        assertThat(single.stories().get(0).story().id()).isEqualTo(grouped.stories().get(0).story().id())
                .matches("s[0-9a-f]{10}");
    }

    @Test
    void nothingSurvivingMeansNoStory() {
        RunResult result = engine().briefSingleStory(List.of(doc("b", "bad page")), List.of(), Progress.NONE);
        assertThat(result.stories()).isEmpty();
        assertThat(result.anySkipped()).isTrue();
        assertThat(engine().briefSingleStory(List.of(), List.of(), Progress.NONE).stories()).isEmpty();
    }

    private static Engine engine() {
        return Engine.withStages(EngineOptions.DEFAULTS.withThreads(2), FAKE_EXTRACTOR, FAKE_ANNOTATOR);
    }

    private static RawDocument doc(String source, String content) {
        return new RawDocument(source, ContentType.PLAIN_TEXT, content, DocumentHints.NONE);
    }
}
