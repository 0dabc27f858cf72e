package org.corroborate.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.annotate.QuoteTestSupport.MILLER;
import static org.corroborate.annotate.QuoteTestSupport.PETRENKO;
import static org.corroborate.annotate.QuoteTestSupport.entity;
import static org.corroborate.annotate.QuoteTestSupport.oneIndirect;
import static org.corroborate.annotate.QuoteTestSupport.quotes;
import static org.corroborate.api.EntityType.ORGANIZATION;

import java.util.List;

import org.corroborate.api.Entity;
import org.corroborate.api.Quote;
import org.junit.jupiter.api.Test;

/**
 * Indirect quotes found by the cue lists learned from PolNeAR train and by the clause and speaker rules of the third
 * quote pass (no-break spaces, determiners before a trailing speaker, clause ends before attribution verbs), on
 * invented sentences.
 */
class QuoteCueRulesTest {


    @Test
    void noBreakSpacesReadAsSpaces() {
        oneIndirect("Miller said\u00A0that the talks had failed completely.", "that the talks had failed completely", "said",
                "John Miller");
        oneIndirect("Petrenko warned\u202Fthe dam could fail.", "the dam could fail", "warned", "Anna Petrenko");
    }

    @Test
    void clauseThenDeterminerSubjectSaid() {
        Entity bureau = entity(ORGANIZATION, "Weather Bureau", "Bureau");
        List<Quote> quotes = quotes("The storm will reach the coast by Sunday, the Weather Bureau said.", bureau);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("The storm will reach the coast by Sunday");
            assertThat(q.cue().text()).isEqualTo("said");
            assertThat(q.speaker().name()).isEqualTo("Weather Bureau");
        });
    }

    @Test
    void beliefVerbsOutsideQuotesAreCues() {
        oneIndirect("Miller thinks the ceasefire will not hold.", "the ceasefire will not hold", "thinks", "John Miller");
        oneIndirect("Petrenko felt that the vote had been rushed.", "that the vote had been rushed", "felt", "Anna Petrenko");
        assertThat(quotes("“I think we will win,” Miller said.", MILLER)).singleElement()
                .satisfies(q -> assertThat(q.cue().text()).isEqualTo("said"));
    }

    @Test
    void actVerbsLearnedFromTrainAndDoubledConsonants() {
        oneIndirect("Miller ordered the garrison to stand down.", "the garrison to stand down", "ordered", "John Miller");
        oneIndirect("Petrenko slammed the new tariffs as reckless.", "the new tariffs as reckless", "slammed",
                "Anna Petrenko");
        oneIndirect("Miller planned to visit the border next week.", "to visit the border next week", "planned",
                "John Miller");
    }

    @Test
    void verbsLearnedByLemmaFromTrainFourthPass() {
        oneIndirect("Miller promoted the pipeline as a source of jobs.", "the pipeline as a source of jobs", "promoted",
                "John Miller");
        oneIndirect("Petrenko outlined a plan to cut the deficit.", "a plan to cut the deficit", "outlined", "Anna Petrenko");
        oneIndirect("Miller credited the mayor with the recovery.", "the mayor with the recovery", "credited",
                "John Miller");
        oneIndirect("Petrenko deemed the ballots invalid.", "the ballots invalid", "deemed", "Anna Petrenko");
    }

    @Test
    void nounsWithTheirOwnPrepositionAreCues() {
        oneIndirect("Voters heard Miller’s criticism of the trade deal.", "the trade deal", "criticism of", "John Miller");
        oneIndirect("Petrenko made no secret of her disdain for the plan.", "her disdain for the plan", "secret of",
                "Anna Petrenko");
        List<Quote> unions = quotes("Unions shared their concerns about the merger.");
        assertThat(unions).filteredOn(q -> q.cue().text().equals("concerns about")).singleElement()
                .satisfies(q -> assertThat(q.speaker().span().text()).isEqualTo("their"));
        assertThat(quotes("Miller wants to talk about the budget.", MILLER))
                .noneMatch(q -> q.cue().text().equals("talk about"));
    }

    @Test
    void verbsThatAreCuesOnlyWithTheirParticleFourthPass() {
        oneIndirect("Petrenko ruled out a second round of talks.", "a second round of talks", "ruled out", "Anna Petrenko");
        oneIndirect("Miller played down the risk of a strike.", "the risk of a strike", "played down", "John Miller");
        assertThat(quotes("Miller played chess with the ambassador.", MILLER)).isEmpty();
    }

    @Test
    void aFrontedPointOfViewIsAnAttribution() {
        oneIndirect("In Miller’s view, the treaty is already dead.", "the treaty is already dead", "view", "John Miller");
        oneIndirect("To Petrenko, the election was a referendum on the war.", "the election was a referendum on the war",
                "To", "Anna Petrenko");
        assertThat(quotes("In the view of the court the law stands.", MILLER)).isEmpty();
    }

    @Test
    void reportedlyIsHearsayWithoutASource() {
        String text = "The hackers have reportedly infiltrated the party servers.";
        assertThat(quotes(text)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("The hackers have reportedly infiltrated the party servers");
            assertThat(q.cue().text()).isEqualTo("reportedly");
            assertThat(q.speaker()).isNull();
        });
    }

    @Test
    void aClauseEndsBeforeAnAttributionParticiple() {
        List<Quote> quotes = quotes("Miller blasted the new budget, arguing that it would hurt farmers.", MILLER);
        assertThat(quotes).extracting(q -> q.content().text())
                .containsExactly("the new budget", "that it would hurt farmers");
        assertThat(quotes).extracting(q -> q.cue().text()).containsExactly("blasted", "arguing");
        assertThat(quotes).allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("John Miller"));
    }

    @Test
    void aPercentageIsAPolledSpeaker() {
        assertThat(quotes("Among young voters, 26% say the economy matters most.")).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("the economy matters most");
            assertThat(q.speaker().span().text()).isEqualTo("26%");
        });
    }

    @Test
    void aReportInsideAnAccordingToClauseIsNotASecondQuote() {
        List<Quote> quotes = quotes("Miller said he would veto the bill, according to Petrenko.", MILLER, PETRENKO);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.cue().text()).isEqualTo("according to");
            assertThat(q.content().text()).isEqualTo("Miller said he would veto the bill");
            assertThat(q.speaker().name()).isEqualTo("Anna Petrenko");
        });
    }

    @Test
    void verbsWithTheirOwnParticle() {
        oneIndirect("Miller pushed for a new round of talks.", "a new round of talks", "pushed for", "John Miller");
        oneIndirect("Petrenko railed against the new tariffs.", "the new tariffs", "railed against", "Anna Petrenko");
        oneIndirect("Miller wrote about the flooded villages.", "the flooded villages", "wrote about", "John Miller");
        assertThat(quotes("Miller pushed the cart home.", MILLER)).isEmpty();
    }
}
