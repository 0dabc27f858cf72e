package org.corroborate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.CopyEdge;
import org.corroborate.api.EntityType;
import org.corroborate.api.Fact;
import org.corroborate.api.FactStatus;
import org.corroborate.api.NumberComparison;
import org.corroborate.api.Contradiction;
import org.corroborate.api.QuoteGroup;
import org.corroborate.api.QuoteRendering;
import org.corroborate.api.SlotValue;
import org.corroborate.api.Span;
import org.corroborate.api.Story;
import org.corroborate.api.StoryAnalysis;
import org.corroborate.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class StandardComparerTest {

    static final String A1 = "The Kessel dam above Vellmoor failed on Tuesday morning and flooded three villages. "
            + "Officials said 12 people died in the flood overnight. "
            + "Water covered about a fifth of the territory of the valley. "
            + "The dam was built in 1962 by a private mining company. "
            + "Mayor Anna Brill said \"we will rebuild every home in this valley\" at a press conference.";
    static final String A2 = "The Kessel dam near Vellmoor failed on Tuesday morning, flooding three villages. "
            + "Officials said 15 people died in the flood overnight. "
            + "Water covered about 20% of the territory of the valley. "
            + "\"We will rebuild every single home in the valley,\" Mayor Anna Brill told reporters.";
    static final String A3 = "Three villages were flooded when the Kessel dam above Vellmoor failed on Tuesday "
            + "morning. The regional governor visited the shelters in the evening and promised emergency funds for "
            + "families. "
            + "Engineers last inspected the dam on March 2 and found cracks in the spillway.";
    static final String A4 = "VELLMOOR (Agency) - " + A1;

    static AnnotatedArticle a1() {
        Build b = Build.article("a1", "Harbour Post", "2031-04-08T07:00:00Z", A1);
        return b.entity("Kessel dam", EntityType.LOCATION, "location:kessel-dam")
                .entity("Vellmoor", EntityType.LOCATION, "location:vellmoor")
                .entity("Anna Brill", EntityType.PERSON, "person:anna-brill")
                .quantity("12 people", 12, "people", false)
                .quantity("about a fifth", 0.2, "ratio", true)
                .quantity("three villages", 3, "villages", false)
                .quote("we will rebuild every home in this valley", "Mayor Anna Brill", "person:anna-brill",
                        "Anna Brill")
                .date("Tuesday", "2031-04-08")
                .done();
    }

    static AnnotatedArticle a2() {
        Build b = Build.article("a2", "Valley Times", "2031-04-08T09:00:00Z", A2);
        return b.entity("Kessel dam", EntityType.LOCATION, "location:kessel-dam")
                .entity("Vellmoor", EntityType.LOCATION, "location:vellmoor")
                .entity("Anna Brill", EntityType.PERSON, "person:anna-brill")
                .quantity("15 people", 15, "people", false)
                .quantity("about 20%", 0.2, "ratio", true)
                .quantity("three villages", 3, "villages", false)
                .quote("We will rebuild every single home in the valley,", "Mayor Anna Brill", "person:anna-brill",
                        "Anna Brill")
                .date("Tuesday", "2031-04-08")
                .done();
    }

    static AnnotatedArticle a3() {
        Build b = Build.article("a3", "National Wire", "2031-04-08T11:00:00Z", A3);
        return b.entity("Kessel dam", EntityType.LOCATION, "location:kessel-dam")
                .entity("Vellmoor", EntityType.LOCATION, "location:vellmoor")
                .quantity("Three villages", 3, "villages", false)
                .date("Tuesday", "2031-04-08")
                .date("March 2", "2031-03-02")
                .done();
    }

    static AnnotatedArticle a4() {
        Build b = Build.article("a4", "Coastal Gazette", "2031-04-08T12:00:00Z", A4);
        return b.entity("Kessel dam", EntityType.LOCATION, "location:kessel-dam")
                .quantity("12 people", 12, "people", false)
                .quantity("about a fifth", 0.2, "ratio", true)
                .quote("we will rebuild every home in this valley", "Mayor Anna Brill", "person:anna-brill",
                        "Anna Brill")
                .date("Tuesday", "2031-04-08")
                .done();
    }

    static Story story() {
        return new Story("s1", List.of("a1", "a2", "a3", "a4"), List.of(new CopyEdge("a4", "a1", 0.95)), List.of());
    }

    static StoryAnalysis analysis() {
        return Comparers.standard().compare(story(), List.of(a1(), a2(), a3(), a4()));
    }

    static Fact factContaining(StoryAnalysis analysis, String words) {
        Optional<Fact> fact = analysis.facts().stream()
                .filter(f -> f.mentions().stream().anyMatch(m -> m.text().contains(words))).findFirst();
        return fact.orElseThrow(() -> new AssertionError("no fact with " + words + " in " + analysis.facts()));
    }

    @Test
    void factAcrossThreeOutletsIsCorroborated() {
        StoryAnalysis analysis = analysis();
        Fact failed = factContaining(analysis, "failed on Tuesday morning");
        assertThat(failed.id()).isEqualTo("f1");
        assertThat(failed.mentions()).extracting(Span::articleId).containsExactly("a1", "a2", "a3", "a4");
        assertThat(failed.independentSources()).isEqualTo(3);
        assertThat(failed.outlets()).containsExactly("Coastal Gazette", "Harbour Post", "National Wire",
                "Valley Times");
        assertThat(failed.status()).isEqualTo(FactStatus.CORROBORATED);
        assertThat(failed.firstReported()).isEqualTo("2031-04-08");
        assertThat(failed.text()).isEqualTo(failed.mentions().get(0).text());
        assertThat(analysis.independentSources()).isEqualTo(3);
    }

    @Test
    void singleSourceFactAndCopyDoesNotInflate() {
        StoryAnalysis analysis = analysis();
        Fact governor = factContaining(analysis, "governor");
        assertThat(governor.mentions()).hasSize(1);
        assertThat(governor.status()).isEqualTo(FactStatus.SINGLE_SOURCE);
        Fact built = factContaining(analysis, "built in 1962");
        assertThat(built.mentions()).extracting(Span::articleId).containsExactly("a1", "a4");
        assertThat(built.independentSources()).isEqualTo(1);
        assertThat(built.status()).isEqualTo(FactStatus.SINGLE_SOURCE);
    }

    @Test
    void fifthAndTwentyPercentAgree() {
        StoryAnalysis analysis = analysis();
        Fact territory = factContaining(analysis, "territory");
        assertThat(territory.mentions()).extracting(Span::articleId).containsExactly("a1", "a2", "a4");
        assertThat(territory.status()).isEqualTo(FactStatus.CORROBORATED);
        NumberComparison ratio = analysis.numbers().stream()
                .filter(n -> n.factId().equals(territory.id()) && n.unit().equals("ratio")).findFirst().orElseThrow();
        assertThat(ratio.agree()).isTrue();
        assertThat(ratio.values()).extracting(v -> v.outlet())
                .containsExactly("Harbour Post", "Valley Times", "Coastal Gazette");
    }

    @Test
    void twelveAgainstFifteenIsDisputed() {
        StoryAnalysis analysis = analysis();
        Fact died = factContaining(analysis, "people died");
        assertThat(died.mentions()).extracting(Span::articleId).containsExactlyInAnyOrder("a1", "a2", "a4");
        assertThat(died.status()).isEqualTo(FactStatus.DISPUTED);
        NumberComparison people = analysis.numbers().stream()
                .filter(n -> n.factId().equals(died.id())).findFirst().orElseThrow();
        assertThat(people.unit()).isEqualTo("people");
        assertThat(people.agree()).isFalse();
        assertThat(people.values()).extracting(v -> v.quantity().value()).containsExactly(12.0, 15.0, 12.0);
    }

    @Test
    void sameQuoteWordedDifferentlyIsGrouped() {
        StoryAnalysis analysis = analysis();
        assertThat(analysis.quoteGroups()).hasSize(1);
        QuoteGroup q = analysis.quoteGroups().get(0);
        assertThat(q.id()).isEqualTo("q1");
        assertThat(q.speakerEntityId()).isEqualTo("person:anna-brill");
        assertThat(q.speaker()).isEqualTo("Anna Brill");
        assertThat(q.renderings()).extracting(r -> r.outlet())
                .containsExactly("Harbour Post", "Valley Times", "Coastal Gazette");
        assertThat(q.wordingDiffers()).isTrue();
        assertThat(q.independentSources()).isEqualTo(2);
        // the Harbour Post wording is carried twice (its agency copy too), so the Valley Times one is the paraphrase
        assertThat(q.renderings()).extracting(r -> r.flags()).containsExactly(List.of(),
                List.of(QuoteRendering.PARAPHRASED), List.of());
    }

    @Test
    void disagreeingNumbersAreHowManyContradictionsWithBothSpans() {
        Contradiction c = analysis().contradictions().stream()
                .filter(x -> x.slot().equals(Contradiction.HOW_MANY)).findFirst().orElseThrow();
        assertThat(c.values()).extracting(v -> v.span().text()).contains("12 people", "15 people");
        assertThat(c.values()).extracting(SlotValue::value).contains("12 people", "15 people");
    }

    @Test
    void timelineMergesOneFactsDatesAndSortsByDate() {
        StoryAnalysis analysis = analysis();
        assertThat(analysis.timeline()).extracting(t -> t.date()).containsExactly("2031-03-02", "2031-04-08");
        assertThat(analysis.timeline().get(0).text()).contains("March 2");
        assertThat(analysis.timeline().get(0).evidence()).hasSize(2);
        assertThat(analysis.timeline().get(1).evidence()).extracting(Span::articleId)
                .containsExactly("a1", "a1", "a2", "a2", "a3", "a3", "a4", "a4");
        assertThat(analysis.notes()).isEmpty();
    }

    @Test
    void oneArticleStoryIsAllSingleSource() {
        Story one = new Story("s2", List.of("a3"), List.of(), List.of());
        StoryAnalysis analysis = Comparers.standard().compare(one, List.of(a3()));
        assertThat(analysis.facts()).hasSize(3).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(FactStatus.SINGLE_SOURCE);
            assertThat(f.independentSources()).isEqualTo(1);
        });
        assertThat(analysis.facts()).extracting(Fact::id).containsExactly("f1", "f2", "f3");
        assertThat(analysis.numbers()).isEmpty();
        assertThat(analysis.independentSources()).isEqualTo(1);
    }

    @Test
    void undatedStoryHasEmptyTimelineAndNote() {
        AnnotatedArticle x = Fixtures.annotated(Fixtures.article("x", "Valley Times", A2, null));
        AnnotatedArticle y = Fixtures.annotated(Fixtures.article("y", "Harbour Post", A1, null));
        StoryAnalysis analysis = Comparers.standard().compare(new Story("s3", List.of("x", "y"), List.of(),
                List.of()), List.of(x, y));
        assertThat(analysis.timeline()).isEmpty();
        assertThat(analysis.notes()).hasSize(2);
        assertThat(analysis.notes().get(0)).isEqualTo(StandardComparer.NO_DATES_NOTE);
        assertThat(analysis.notes().get(1)).startsWith("2 of 2 articles carry no publication date").endsWith("x, y");
        assertThat(analysis.facts()).allSatisfy(f -> assertThat(f.firstReported()).isNull());
        assertThat(factContaining(analysis, "failed on Tuesday").independentSources()).isEqualTo(2);
    }

    @Test
    void deterministicAndOrderIndependent() {
        StoryAnalysis first = analysis();
        StoryAnalysis shuffled = Comparers.standard().compare(story(), List.of(a4(), a2(), a1(), a3()));
        assertThat(shuffled).isEqualTo(first);
        assertThat(shuffled.toString()).isEqualTo(first.toString());
    }

    @Test
    void aYearIsNotMadeIntoTheFirstOfJanuary() {
        AnnotatedArticle a = Build.article("a", "One", "2031-03-02",
                "The company failed a safety inspection in 2029, records show.").done();
        AnnotatedArticle dated = new AnnotatedArticle(a.article(), a.sentences(), a.entities(), a.entityIndex(),
                a.quotes(), a.quantities(), List.of(new org.corroborate.api.TimeMention(
                        org.corroborate.api.Span.of(a.article(), 42, 46), "DATE", "2029", "2029-01-01",
                        "2029-12-31")), List.of());
        StoryAnalysis analysis = Comparers.standard().compare(new Story("s", List.of("a"), List.of(), List.of()),
                List.of(dated));
        assertThat(analysis.timeline()).extracting(org.corroborate.api.TimelineEntry::date).containsExactly("2029");
    }
}
