package org.corroborate.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corroborate.api.Article;
import org.corroborate.api.Quote;
import org.junit.jupiter.api.Test;

/**
 * The main-clause subject of a cue ({@link SentenceSubjects#mainClause}), the "that" after a comma-set adjunct and
 * an adjunct fronted after "that" ({@link QuoteComplements}), and a relative "which" as speaker
 * ({@link SpeakerResolver}), on invented sentences, most of them hand-tagged.
 */
class QuoteMainClauseTest {

    /** The quotes of {@code text} with the given POS tags (other words "NN") and no entity mentions. */
    private static List<Quote> taggedQuotes(String text, Map<String, String> tags) {
        Article article = QuoteTestSupport.article(text);
        return new QuoteFinder().find(article, QuoteTestSupport.tagged(article, tags), List.of(), List.of());
    }

    private static Map<String, String> adTags() {
        Map<String, String> tags = new HashMap<>(Map.of("A", "DT", "memorable", "JJ", "ad", "NN", "in", "IN",
                "2008", "CD", "questioned", "VBD", "whether", "IN", "the", "DT", "senator", "NN", "was", "VBD"));
        tags.putAll(Map.of("ready", "JJ", "that", "WDT", "ran", "VBD", "When", "WRB", "voters", "NNS"));
        return tags;
    }

    @Test
    void aFiniteCueTakesTheNounPhraseOpeningTheSentence() {
        List<Quote> quotes = taggedQuotes("A memorable ad in 2008 questioned whether the senator was ready.",
                adTags());
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("whether the senator was ready");
            assertThat(q.cue().text()).isEqualTo("questioned");
            assertThat(q.speaker().span().text()).isEqualTo("A memorable ad in 2008");
            assertThat(q.direct()).isFalse();
        });
    }

    @Test
    void aFrontedClauseIsNotTheSubject() {
        List<Quote> quotes = taggedQuotes("When the ad ran, voters questioned whether the senator was ready.",
                adTags());
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().span().text()).isEqualTo("voters");
            assertThat(q.content().text()).isEqualTo("whether the senator was ready");
        });
    }

    @Test
    void aFiniteVerbBeforeTheCueMeansTheCueIsNotTheMainVerb() {
        assertThat(taggedQuotes("A memorable ad that ran questioned whether the senator was ready.", adTags()))
                .isEmpty();
    }

    @Test
    void commasMayFollowAnAdjunctBeforeThat() {
        Map<String, String> tags = new HashMap<>(Map.of("Miller", "NNP", "said", "VBD", "at", "IN", "a", "DT",
                "rally", "NN", "in", "IN", "Toledo", "NNP", "Ohio", "NNP", "that", "WDT", "taxes", "NNS"));
        tags.putAll(Map.of("would", "MD", "rise", "VB", "was", "VBD", "released", "VBN"));
        List<Quote> quotes = taggedQuotes("Miller said at a rally in Toledo, Ohio, that taxes would rise.", tags);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("that taxes would rise");
            assertThat(q.cue().text()).isEqualTo("said");
        });
        assertThat(taggedQuotes("Miller said at a rally that was released in Toledo.", tags))
                .noneSatisfy(q -> assertThat(q.content().text()).startsWith("that"));
    }

    @Test
    void aRelativeWhichAfterACommaIsTheSpeaker() {
        Map<String, String> tags = Map.of("The", "DT", "attempt", "NN", "included", "VBD", "the", "DT",
                "government", "NN", "which", "WDT", "denied", "VBD", "any", "DT", "role", "NN", "attacks", "NNS");
        List<Quote> quotes = taggedQuotes("The attempt included the government, which denied any role in the attacks.",
                tags);
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.cue().text()).isEqualTo("denied");
            assertThat(q.speaker().span().text()).isEqualTo("which");
            assertThat(q.speaker().entityId()).isNull();
            assertThat(q.content().text()).isEqualTo("any role in the attacks");
        });
    }

    @Test
    void aFrontedAdjunctMayFollowThat() {
        QuoteTestSupport.oneIndirect("Miller said that while the port was closed, ships waited at sea.",
                "that while the port was closed, ships waited at sea", "said", "John Miller");
        QuoteTestSupport.oneIndirect("Miller said that, during the storm, ships waited at sea.",
                "that, during the storm, ships waited at sea", "said", "John Miller");
    }

    @Test
    void aSubjectWithARelativeClauseIsThePhraseBeforeWho() {
        List<Quote> quotes = taggedQuotes("The judges who ruled on the case, for instance, said the law was unfair.",
                Map.of("The", "DT", "judges", "NNS", "who", "WP", "ruled", "VBD", "on", "IN", "the", "DT", "for", "IN",
                        "said", "VBD", "was", "VBD", "unfair", "JJ"));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().span().text()).isEqualTo("The judges");
            assertThat(q.content().text()).isEqualTo("the law was unfair");
        });
    }

    @Test
    void aOneWordQuantifierIsASubject() {
        Map<String, String> tags = Map.of("Several", "JJ", "said", "VBD", "they", "PRP", "would", "MD", "vote",
                "VB", "for", "IN", "the", "DT", "The", "DT", "plan", "NN");
        assertThat(taggedQuotes("Several said they would vote for the plan.", tags)).singleElement()
                .satisfies(q -> assertThat(q.speaker().span().text()).isEqualTo("Several"));
        assertThat(taggedQuotes("The said they would vote for the plan.", Map.of("The", "DT", "said", "VBD")))
                .isEmpty();
    }
}
