package org.corroborate.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Article;
import org.corroborate.api.Brief;
import org.corroborate.api.BriefSentence;
import org.corroborate.api.Fact;
import org.corroborate.api.FactStatus;
import org.corroborate.api.Span;
import org.corroborate.api.Story;
import org.corroborate.api.StoryAnalysis;
import org.corroborate.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class StandardBrieferTest {

    private static Map<String, String> texts(Brief brief) {
        return java.util.stream.IntStream.range(0, brief.articles().size()).boxed()
                .collect(Collectors.toMap(i -> brief.articles().get(i).id(), i -> brief.texts().get(i)));
    }

    static void assertCitationsMatch(Brief brief) {
        Map<String, String> texts = texts(brief);
        for (BriefSentence s : brief.summary()) {
            assertThat(s.citations().get(0).text()).isEqualTo(s.text());
            for (Span c : s.citations()) {
                assertThat(texts).containsKey(c.articleId());
                assertThat(texts.get(c.articleId()).substring(c.start(), c.end())).isEqualTo(c.text());
            }
        }
    }

    private static int words(Brief brief) {
        return brief.summary().stream().mapToInt(s -> s.text().trim().split("\\s+").length).sum();
    }

    @Test
    void picksWithinTheBudgetAndCitesEveryMention() {
        StoryAnalysis analysis = StoryFixture.analysis();
        Brief brief = Briefs.standard(new BriefOptions(40)).brief(StoryFixture.STORY, StoryFixture.ARTICLES,
                analysis);

        assertThat(brief.storyId()).isEqualTo("s-bridge");
        assertThat(brief.headline()).isEqualTo("Old Mill Bridge closes after crack found");
        assertThat(brief.summary()).isNotEmpty();
        assertThat(words(brief)).isLessThanOrEqualTo(40);
        assertCitationsMatch(brief);
        Map<String, Fact> facts = analysis.facts().stream().collect(Collectors.toMap(Fact::id, f -> f));
        for (BriefSentence s : brief.summary()) {
            assertThat(s.factId()).isNotNull();
            assertThat(s.citations()).isEqualTo(facts.get(s.factId()).mentions());
        }
        // the two corroborated facts are the best supported and fit the budget, in the central article's order
        assertThat(brief.summary()).extracting(BriefSentence::factId).startsWith("f1", "f2");
        assertThat(brief.texts()).containsExactly(StoryFixture.A1.text(), StoryFixture.A2.text(),
                StoryFixture.A3.text());
        assertThat(brief.articles()).extracting(a -> a.copyOf()).containsExactly(null, null, "a1");
        assertThat(brief.analysis()).isSameAs(analysis);
    }

    @Test
    void largeBudgetOrdersByPositionInTheCentralArticle() {
        Brief brief = Briefs.standard(BriefOptions.defaults()).brief(StoryFixture.STORY, StoryFixture.ARTICLES,
                StoryFixture.analysis());
        assertThat(words(brief)).isLessThanOrEqualTo(BriefOptions.DEFAULT_MAX_WORDS);
        List<String> ids = brief.summary().stream().map(BriefSentence::factId).toList();
        assertThat(ids).contains("f1", "f2", "f3", "f4", "f5", "f6");
        List<Integer> a1Offsets = brief.summary().stream()
                .flatMap(s -> s.citations().stream().filter(c -> c.articleId().equals("a1")).limit(1))
                .map(Span::start).toList();
        assertThat(a1Offsets).isSorted();
        assertThat(ids.get(ids.size() - 1)).isEqualTo("f6"); // only in a2: after everything in the central a1
        assertCitationsMatch(brief);
    }

    @Test
    void tinyBudgetStillGivesOneSentence() {
        Brief brief = Briefs.standard(new BriefOptions(3)).brief(StoryFixture.STORY, StoryFixture.ARTICLES,
                StoryFixture.analysis());
        assertThat(brief.summary()).hasSize(1);
        assertThat(brief.summary().get(0).factId()).isEqualTo("f1");
    }

    @Test
    void redundantFactsAreSkipped() {
        StoryAnalysis base = StoryFixture.analysis();
        Fact f1 = base.facts().get(0);
        Span a3 = f1.mentions().get(2);
        Fact duplicate = new Fact("f9", a3.text(), List.of(a3), List.of(StoryFixture.WIRE), 2, null,
                FactStatus.CORROBORATED);
        List<Fact> facts = new java.util.ArrayList<>(base.facts());
        facts.add(1, duplicate);
        StoryAnalysis analysis = new StoryAnalysis(base.storyId(), facts, base.numbers(), base.quoteGroups(),
                base.timeline(), 2, base.notes());
        Brief brief = Briefs.standard(BriefOptions.defaults()).brief(StoryFixture.STORY, StoryFixture.ARTICLES,
                analysis);
        assertThat(brief.summary()).extracting(BriefSentence::factId).contains("f1").doesNotContain("f9");
    }

    @Test
    void factsWhoseSpansDoNotMatchTheTextAreLeftOut() {
        StoryAnalysis base = StoryFixture.analysis();
        Fact bogus = new Fact("f0", "Forged", List.of(new Span("a1", 0, 6, "Forged")), List.of("X"), 5, null,
                FactStatus.CORROBORATED);
        List<Fact> facts = new java.util.ArrayList<>(base.facts());
        facts.add(0, bogus);
        StoryAnalysis analysis = new StoryAnalysis(base.storyId(), facts, base.numbers(), base.quoteGroups(),
                base.timeline(), 2, base.notes());
        Brief brief = Briefs.standard(BriefOptions.defaults()).brief(StoryFixture.STORY, StoryFixture.ARTICLES,
                analysis);
        assertThat(brief.summary()).extracting(BriefSentence::factId).doesNotContain("f0");
        assertCitationsMatch(brief);
    }

    @Test
    void withoutFactsTheLeadOfTheFirstArticleIsCited() {
        Brief brief = Briefs.standard(new BriefOptions(31)).brief(StoryFixture.STORY, StoryFixture.ARTICLES,
                StoryFixture.empty());
        assertThat(brief.summary()).extracting(BriefSentence::text).containsExactly(
                "The Old Mill Bridge in Westport was closed on Monday after engineers found a crack in its main span.",
                "About a fifth of the town's commuters use the bridge every day.");
        assertThat(brief.summary()).allSatisfy(s -> {
            assertThat(s.factId()).isNull();
            assertThat(s.citations()).singleElement().extracting(Span::articleId).isEqualTo("a1");
        });
        assertCitationsMatch(brief);
        assertThat(brief.headline()).isEqualTo("Old Mill Bridge closes after crack found");
    }

    @Test
    void oneUntitledArticleWithoutFactsIsHeadlinedByItsFirstSentence() {
        Article only = Fixtures.article("solo", "Solo News", "Fire breaks out at depot. Nobody was hurt.", null);
        Story story = new Story("s-solo", List.of("solo"), List.of(), List.of());
        List<AnnotatedArticle> articles = List.of(Fixtures.annotated(only));
        Brief brief = Briefs.standard(BriefOptions.defaults()).brief(story, articles,
                new StoryAnalysis("s-solo", List.of(), List.of(), List.of(), List.of(), 0, List.of()));
        assertThat(brief.headline()).isEqualTo("Fire breaks out at depot.");
        assertThat(brief.summary()).extracting(BriefSentence::text)
                .containsExactly("Fire breaks out at depot.", "Nobody was hurt.");
        assertCitationsMatch(brief);
    }

    @Test
    void aSiteNoticeScrapedIntoTheStoryGivesNoSummarySentence() {
        Article report = Fixtures.article("r1", "Daily", "Floods closed the valley road on Monday. "
                + "Crews expect to reopen it by Friday.", null);
        Article notice = Fixtures.article("n1", "Archive", "This collection holds web captures of regional news "
                + "sites. The crawl followed outlinks from each seed page. Please enable JavaScript in your browser.",
                null);
        Story story = new Story("s-notice", List.of("n1", "r1"), List.of(), List.of());
        List<AnnotatedArticle> articles = List.of(Fixtures.annotated(notice), Fixtures.annotated(report));
        List<Fact> facts = new java.util.ArrayList<>();
        for (AnnotatedArticle a : articles) {
            for (var sentence : a.sentences()) {
                facts.add(new Fact("f" + facts.size(), sentence.span().text(), List.of(sentence.span()),
                        List.of(a.article().outlet()), 1, null, FactStatus.SINGLE_SOURCE));
            }
        }
        Brief brief = Briefs.standard(BriefOptions.defaults()).brief(story, articles,
                new StoryAnalysis("s-notice", facts, List.of(), List.of(), List.of(), 2, List.of()));
        assertThat(brief.summary()).extracting(BriefSentence::text).containsExactlyInAnyOrder(
                "Floods closed the valley road on Monday.", "Crews expect to reopen it by Friday.");
        assertCitationsMatch(brief);
    }

    @Test
    void noArticlesAtAll() {
        Story story = new Story("s-none", List.of(), List.of(), List.of());
        Brief brief = Briefs.standard(BriefOptions.defaults()).brief(story, List.of(),
                new StoryAnalysis("s-none", List.of(), List.of(), List.of(), List.of(), 0, List.of()));
        assertThat(brief.headline()).isEqualTo("Story s-none");
        assertThat(brief.summary()).isEmpty();
        for (var renderer : Briefs.renderers()) {
            assertThat(renderer.render(brief)).isNotBlank();
        }
    }

    @Test
    void isDeterministic() {
        var briefer = Briefs.standard(BriefOptions.defaults());
        Brief one = briefer.brief(StoryFixture.STORY, StoryFixture.ARTICLES, StoryFixture.analysis());
        Brief two = briefer.brief(StoryFixture.STORY, StoryFixture.ARTICLES, StoryFixture.analysis());
        assertThat(one).isEqualTo(two);
    }

    @Test
    void optionsAreValidated() {
        assertThat(BriefOptions.defaults().maxWords()).isEqualTo(120);
        assertThatThrownBy(() -> new BriefOptions(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxWords");
        assertThatThrownBy(() -> Briefs.standard(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Briefs.standard(BriefOptions.defaults()).brief(null, List.of(),
                StoryFixture.empty())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aLeadingDatelineIsLeftOutOfTheCitedSentence() {
        String text = "DENVER (AP) \u2014 Troy Tulowitzki has a tough name to spell.";
        Span dated = new Span("a", 10, 10 + text.length(), text);
        Span rest = StandardBriefer.withoutDateline(dated);
        assertThat(rest.text()).isEqualTo("Troy Tulowitzki has a tough name to spell.");
        assertThat(rest.start()).isEqualTo(10 + text.indexOf("Troy"));
        assertThat(rest.end()).isEqualTo(dated.end());
        assertThat(StandardBriefer.withoutDateline(span("ALLENTOWN, Pa. - The society rescued 71 beagles.")).text())
                .isEqualTo("The society rescued 71 beagles.");
        assertThat(StandardBriefer.withoutDateline(span("(HealthDay)\u2014A little jogging is good.")).text())
                .isEqualTo("A little jogging is good.");
        assertThat(StandardBriefer.withoutDateline(span("LONDON -- Shares fell.")).text()).isEqualTo("Shares fell.");
        // not datelines: an ordinary sentence, a hyphenated opening, a dash inside the sentence, a photo caption
        for (String same : new String[] {"The dam failed on Tuesday.", "U.S.-led forces withdrew.",
            "TSA defends the deal \u2014 noting that its contract expired.",
            "FILE - In this May 24, 2016, file photo, a senator speaks.", "NASA - but not only NASA - agreed."}) {
            assertThat(StandardBriefer.withoutDateline(span(same)).text()).as(same).isEqualTo(same);
        }
    }

    private static Span span(String text) {
        return new Span("a", 0, text.length(), text);
    }

    @Test
    void onlyWellFormedSentencesGoIntoTheSummary() {
        assertThat(StandardBriefer.wellFormed("The dam failed on Tuesday.")).isTrue();
        assertThat(StandardBriefer.wellFormed("\u201cWe will rebuild,\u201d she said.")).isTrue();
        assertThat(StandardBriefer.wellFormed("12 people died.")).isTrue();
        assertThat(StandardBriefer.wellFormed("share tweet pin email")).isFalse();
        assertThat(StandardBriefer.wellFormed("RELATED: Best Places To Live")).isFalse();
        assertThat(StandardBriefer.wellFormed(", and the youngest three are on their way.")).isFalse();
        assertThat(StandardBriefer.wellFormed("Fans wear shirts at a game in a baseball... (AP)")).isFalse();
        assertThat(StandardBriefer.wellFormed("(Jane Doe/AP)")).isFalse();
        assertThat(StandardBriefer.wellFormed("(Published Friday, June 27, 2014)")).isFalse();
        assertThat(StandardBriefer.wellFormed("(The mayor later resigned.) She denied it.")).isTrue();
        assertThat(StandardBriefer.wellFormed("FILE - A ferry docks in Dover, England.")).isFalse();
        assertThat(StandardBriefer.wellFormed("In this May 3, 2015, photo, police stand on a bridge in Ely.")).isFalse();
        assertThat(StandardBriefer.wellFormed("The judge is shown in this undated file photo.")).isFalse();
        assertThat(StandardBriefer.wellFormed("This photo released by the city shows the flooded square.")).isFalse();
        assertThat(StandardBriefer.wellFormed("In this Saturday, July 1, 2017, photo, people line up.")).isFalse();
        assertThat(StandardBriefer.wellFormed("This image shows a mummy of a man in his 50s.")).isFalse();
        assertThat(StandardBriefer.wellFormed("In this case, the photo was never published.")).isTrue();
        assertThat(StandardBriefer.wellFormed("This photograph of the dam was taken by a drone.")).isTrue();
        assertThat(StandardBriefer.wellFormed("In this town, residents photograph every flood.")).isTrue();
        assertThat(StandardBriefer.wellFormed("Image caption The convoy left Homs on Monday.")).isFalse();
        assertThat(StandardBriefer.wellFormed("FREE STORM TRACKING APP IN YOUR APP STORE.")).isFalse();
        assertThat(StandardBriefer.wellFormed("NATO and the EU met.")).isTrue();
    }
}
