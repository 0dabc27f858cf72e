package org.corroborate.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.annotate.QuoteTestSupport.MILLER;
import static org.corroborate.annotate.QuoteTestSupport.PETRENKO;
import static org.corroborate.annotate.QuoteTestSupport.entity;
import static org.corroborate.annotate.QuoteTestSupport.quoteWith;
import static org.corroborate.annotate.QuoteTestSupport.quotes;
import static org.corroborate.api.EntityType.ORGANIZATION;
import static org.corroborate.api.EntityType.PERSON;

import java.util.List;
import java.util.Map;

import org.corroborate.api.Article;
import org.corroborate.api.Entity;
import org.corroborate.api.Quote;
import org.corroborate.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Direct quotes and their speakers, on invented sentences. */
class QuoteFinderTest {

    private static final Entity HALE = entity(PERSON, "Tom Hale", "Hale");
    private static final Entity SOLAR = entity(ORGANIZATION, "Solar Corp");

    private static void assertSpan(String text, org.corroborate.api.Span span, String expected) {
        assertThat(span.text()).isEqualTo(expected);
        assertThat(span.start()).isEqualTo(text.indexOf(expected));
        assertThat(span.end()).isEqualTo(text.indexOf(expected) + expected.length());
    }

    @Test
    void quoteThenNameThenVerb() {
        String text = "“We will not give up the region,” Miller said.";
        List<Quote> quotes = quotes(text, MILLER);
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.direct()).isTrue();
        assertSpan(text, q.content(), "We will not give up the region");
        assertSpan(text, q.cue(), "said");
        assertSpan(text, q.speaker().span(), "Miller");
        assertThat(q.speaker().name()).isEqualTo("John Miller");
        assertThat(q.speaker().entityId()).isEqualTo(MILLER.id());
    }

    @Test
    void nameVerbColonQuote() {
        String text = "Miller said: “The talks are over for this year.”";
        Quote q = quotes(text, MILLER).get(0);
        assertSpan(text, q.content(), "The talks are over for this year.");
        assertSpan(text, q.cue(), "said");
        assertThat(q.speaker().name()).isEqualTo("John Miller");
    }

    @Test
    void invertedVerbWithTitleWordsTakesTheName() {
        String text = "“Nothing has changed on the ground,” said Ukrainian lawmaker Anna Petrenko, after the vote.";
        Quote q = quotes(text, PETRENKO, MILLER).get(0);
        assertSpan(text, q.speaker().span(), "Anna Petrenko");
        assertSpan(text, q.cue(), "said");
    }

    @Test
    void toldReportersAndWroteOnAreCues() {
        String text = "“It will happen within weeks,” Miller told reporters. "
                + "“Great progress was made with the call,” Petrenko wrote on social media.";
        List<Quote> quotes = quotes(text, MILLER, PETRENKO);
        assertSpan(text, quoteWith(quotes, "within weeks").cue(), "told reporters");
        assertThat(quoteWith(quotes, "within weeks").speaker().name()).isEqualTo("John Miller");
        assertSpan(text, quoteWith(quotes, "Great progress").cue(), "wrote");
        assertThat(quoteWith(quotes, "Great progress").speaker().name()).isEqualTo("Anna Petrenko");
    }

    @Test
    void adviserOfSomeoneIsTheAdviser() {
        String text = "“One of the main points was trade,” Miller adviser Anna Petrenko told reporters.";
        assertThat(quotes(text, MILLER, PETRENKO).get(0).speaker().name()).isEqualTo("Anna Petrenko");
    }

    @Test
    void parenthesisAndDayBetweenNameAndVerb() {
        String text = "“I don’t want a hard deadline,” Senate Leader Tom Hale (R-Ohio) said Thursday.";
        Quote q = quotes(text, HALE).get(0);
        assertSpan(text, q.speaker().span(), "Tom Hale");
        assertSpan(text, q.content(), "I don’t want a hard deadline");
    }

    @Test
    void appositiveBetweenNameAndVerb() {
        String text = "Petrenko, hours before her meeting with Miller, wrote: “Nothing has changed for the city.”";
        assertThat(quotes(text, MILLER, PETRENKO).get(0).speaker().name()).isEqualTo("Anna Petrenko");
    }

    @Test
    void accordingToIsACue() {
        String text = "“The deal is almost done now,” according to Solar Corp.";
        Quote q = quotes(text, SOLAR).get(0);
        assertSpan(text, q.cue(), "according to");
        assertThat(q.speaker().name()).isEqualTo("Solar Corp");
    }

    @Test
    void pronounResolvesToTheNearestSubjectBefore() {
        String text = "Miller met Petrenko in Rome. “We are going to fix this soon,” he said.";
        Quote q = quotes(text, MILLER, PETRENKO).get(0);
        assertSpan(text, q.speaker().span(), "he");
        assertThat(q.speaker().name()).isEqualTo("John Miller");
        assertThat(q.speaker().entityId()).isEqualTo(MILLER.id());
    }

    @Test
    void pronounSkipsObjectsOfPrepositionsAndHyphenatedNames() {
        String text = "After the call with Miller, at a Miller-Hale meeting, Petrenko spoke. "
                + "“We expect nothing from them at all,” she said.";
        assertThat(quotes(text, MILLER, PETRENKO, HALE).get(0).speaker().name()).isEqualTo("Anna Petrenko");
    }

    @Test
    void descriptionResolvesToTheTitledPerson() {
        String text = "President John Miller met Russian Minister Anna Petrenko. "
                + "“We will talk again next week,” the president said. "
                + "“We are in no hurry at all,” the Russian minister said.";
        List<Quote> quotes = quotes(text, MILLER, PETRENKO);
        Quote president = quoteWith(quotes, "talk again");
        assertSpan(text, president.speaker().span(), "the president");
        assertThat(president.speaker().name()).isEqualTo("John Miller");
        assertThat(quoteWith(quotes, "no hurry").speaker().name()).isEqualTo("Anna Petrenko");
    }

    @Test
    void unresolvedDescriptionKeepsItsWords() {
        String text = "“The border stays closed for now,” the spokesman said.";
        Quote q = quotes(text).get(0);
        assertThat(q.speaker().name()).isEqualTo("the spokesman");
        assertThat(q.speaker().entityId()).isNull();
    }

    @Test
    void quoteWithoutCueTakesTheCueOfTheSentenceBefore() {
        String text = "Petrenko warned of more strikes on Friday. “No talks should happen behind our backs.”";
        Quote q = quoteWith(quotes(text, PETRENKO), "No talks");
        assertThat(q.speaker().name()).isEqualTo("Anna Petrenko");
        assertSpan(text, q.cue(), "warned");
    }

    @Test
    void quoteWithoutCueTakesTheSpeakerOfThePreviousQuoteInTheParagraph() {
        String text = "“The first part of it is clear,” Miller said. It rained. “The second part comes later on.”";
        Quote q = quoteWith(quotes(text, MILLER), "second part");
        assertThat(q.speaker().name()).isEqualTo("John Miller");
        assertThat(q.cue()).isNull();
    }

    @Test
    void lastResortIsTheOnlyPersonOfTheSentence() {
        String text = "At the summit Miller spoke first: “We are close to a deal with everyone.”";
        Quote q = quotes(text, MILLER).get(0);
        assertThat(q.speaker().name()).isEqualTo("John Miller");
        assertThat(q.cue()).isNull();
    }

    @Test
    void quoteWithoutAnySpeakerIsKeptWithNullSpeaker() {
        String text = "The banner read “peace for all of us now” in big letters.";
        Quote q = quotes(text).get(0);
        assertThat(q.speaker()).isNull();
        assertThat(q.cue()).isNull();
    }

    @Test
    void scareQuotesAreSkippedButShortQuotesWithACueCount() {
        String text = "After a “productive” call, Miller said the ‘inglorious’ war must end. "
                + "‘Didn’t like it,’ Miller said.";
        List<Quote> quotes = quotes(text, MILLER);
        assertThat(quotes).extracting(q -> q.content().text())
                .doesNotContain("productive", "inglorious")
                .contains("Didn’t like it");
        assertThat(quoteWith(quotes, "Didn’t like").direct()).isTrue();
        assertThat(quoteWith(quotes, "Didn’t like").speaker().name()).isEqualTo("John Miller");
    }

    @Test
    void aColonIntroducesTheQuoteOfTheMainSubject() {
        String text = "Petrenko addressed the crowd again: “We will rebuild the harbour wall before winter.”";
        Quote q = quoteWith(quotes(text, MILLER, PETRENKO), "rebuild the harbour");
        assertThat(q.speaker().name()).isEqualTo("Anna Petrenko");
        assertThat(q.cue()).isNull();
        String paragraph = "Miller released the following statement:\n\n“We will rebuild the harbour wall.”";
        assertThat(quoteWith(quotes(paragraph, MILLER, PETRENKO), "rebuild the harbour").speaker().name())
                .isEqualTo("John Miller");
    }

    @Test
    void aQuoteSignedAfterADashBelongsToTheSigner() {
        String text = "The mayor posted a reply.\n\n“We will rebuild the harbour wall before winter.” ― Anna Petrenko "
                + "(@apetrenko) October 3, 2025\n\nMiller said nothing.";
        Quote q = quoteWith(quotes(text, MILLER, PETRENKO), "rebuild the harbour");
        assertThat(q.speaker().name()).isEqualTo("Anna Petrenko");
        assertThat(q.cue().text()).isEqualTo("―");
        String dashInside = "“We will rebuild it,” Miller said - and Petrenko agreed.";
        assertThat(quoteWith(quotes(dashInside, MILLER, PETRENKO), "rebuild it").speaker().name())
                .isEqualTo("John Miller");
    }

    @Test
    void aShortQuoteAfterANamingVerbBelongsToItsSubject() {
        String text = "After what Miller called a “productive” call, talks resumed. Miller called it “unhinged” and left.";
        List<Quote> quotes = quotes(text, MILLER);
        assertThat(quoteWith(quotes, "productive").speaker().name()).isEqualTo("John Miller");
        assertThat(quoteWith(quotes, "productive").cue().text()).isEqualTo("called");
        assertThat(quoteWith(quotes, "unhinged").speaker().name()).isEqualTo("John Miller");
        String far = "Miller called for talks in a “productive” spirit.";
        assertThat(quotes(far, MILLER)).extracting(q -> q.content().text()).doesNotContain("productive");
    }

    @Test
    void anUnbalancedMarkNeverSwallowsTheRestOfTheArticle() {
        String text = "Miller said “the deal is close and everyone knows it\n\n"
                + "The weather was fine. “Nothing else matters to us now,” Petrenko said.";
        List<Quote> quotes = quotes(text, MILLER, PETRENKO);
        assertSpan(text, quoteWith(quotes, "deal is close").content(), "the deal is close and everyone knows it");
        assertThat(quoteWith(quotes, "Nothing else").speaker().name()).isEqualTo("Anna Petrenko");
    }

    @Test
    void quoteOverTwoParagraphsIsOneQuoteInTwoPieces() {
        String text = "“We have tried everything with them.\n\n“Now it is their turn to move,” Miller said.";
        List<Quote> quotes = quotes(text, MILLER);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).speaker().name()).isEqualTo("John Miller");
        assertSpan(text, quotes.get(0).content(), "We have tried everything with them.");
        assertThat(quotes.get(0).pieces()).hasSize(2);
        assertSpan(text, quotes.get(0).pieces().get(1), "Now it is their turn to move");
    }

    @Test
    void splitQuoteAroundTheCueIsOneQuoteInTwoPiecesWithoutTheNarration() {
        String text = "“We will win,” Miller said, “and we will win soon enough.”";
        List<Quote> quotes = quotes(text, MILLER);
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertSpan(text, q.content(), "We will win");
        assertThat(q.pieces()).hasSize(2);
        assertSpan(text, q.pieces().get(0), "We will win");
        assertSpan(text, q.pieces().get(1), "and we will win soon enough.");
        assertSpan(text, q.cue(), "said");
        assertThat(q.speaker().name()).isEqualTo("John Miller");
        assertThat(q.direct()).isTrue();
        assertThat(q.pieces()).noneSatisfy(p -> assertThat(p.text()).contains("said"));
        assertThat(q.wordingText()).isEqualTo("We will win … and we will win soon enough.");
    }

    @Test
    void splitQuoteAroundALongInvertedAttributionIsOneQuote() {
        String text = "“Only two people can fix the budget,” said John Miller, a county treasurer who has lived in "
                + "the old harbour district of the town since 2009. “One of them is retiring.”";
        List<Quote> quotes = quotes(text, MILLER);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.pieces()).hasSize(2);
            assertSpan(text, q.pieces().get(1), "One of them is retiring.");
            assertThat(q.speaker().name()).isEqualTo("John Miller");
        });
    }

    @Test
    void splitQuoteAroundAnAttributionWithATitleBeforeTheNameIsOneQuote() {
        String text = "“We will win this race in the fall,” campaign manager John Miller said. “They will lose by a mile.”";
        assertThat(quotes(text, MILLER)).singleElement().satisfies(q -> {
            assertThat(q.pieces()).hasSize(2);
            assertSpan(text, q.pieces().get(1), "They will lose by a mile.");
            assertThat(q.speaker().name()).isEqualTo("John Miller");
        });
    }

    @Test
    void splitQuoteWithANoBreakSpaceBeforeItsSecondPartIsOneQuote() {
        String text = "“We will win this race in the fall,” Miller said.\u00A0“They will lose by a mile.”";
        assertThat(quotes(text, MILLER)).singleElement().satisfies(q -> assertThat(q.pieces()).hasSize(2));
    }

    @Test
    void aSecondCueBetweenTheQuotesKeepsThemApart() {
        String text = "“We will win this race in the fall,” campaign manager John Miller said, adding: “They will lose by a mile.”";
        assertThat(quotes(text, MILLER)).hasSize(2);
    }

    @Test
    void splitQuoteAroundAnAttributionWithAnApostropheOrADeterminerIsOneQuote() {
        String text = "“We will win,” said John Miller, the party’s treasurer. “They will lose by a mile.”";
        assertThat(quotes(text, MILLER)).singleElement().satisfies(q -> assertThat(q.pieces()).hasSize(2));
        String company = "“Prices will rise,” the Solar Corp said. “Demand is too strong.”";
        assertThat(quotes(company, SOLAR)).singleElement().satisfies(q -> {
            assertThat(q.pieces()).hasSize(2);
            assertThat(q.speaker().name()).isEqualTo("Solar Corp");
        });
    }

    @Test
    void splitQuotesWithTheirOwnCuesStaySeparate() {
        String text = "“We will win,” Miller said. “They will lose,” Petrenko replied.";
        List<Quote> quotes = quotes(text, MILLER, PETRENKO);
        assertThat(quotes).hasSize(2);
        assertThat(quotes).allSatisfy(q -> assertThat(q.pieces()).hasSize(1));
        assertThat(quotes.get(1).speaker().name()).isEqualTo("Anna Petrenko");
    }

    @Test
    void aNonSpeechVerbsClauseNeverSwallowsADirectQuote() {
        String text = "Miller expressed doubts about the deal, saying “we need the money at home, too.”";
        List<Quote> quotes = quotes(text, MILLER);
        assertThat(quotes).anySatisfy(q -> {
            assertSpan(text, q.content(), "we need the money at home, too.");
            assertThat(q.direct()).isTrue();
            assertThat(q.speaker().name()).isEqualTo("John Miller");
        });
    }

    @Test
    void quoteContinuedInTheNextSentenceKeepsItsSpeaker() {
        String text = "“We will win,” Miller said. “It will take time, but we will win.”";
        List<Quote> quotes = quotes(text, MILLER);
        assertThat(quotes).hasSize(1); // one quote split around its attribution
        assertThat(quotes.get(0).pieces().get(1).text()).isEqualTo("It will take time, but we will win.");
        assertThat(quotes.get(0).speaker().name()).isEqualTo("John Miller");
    }

    @Test
    void doubledApostrophesAreQuotationMarks() {
        String text = "''It is anti-reform, and it is complex,'' Miller said.";
        Quote q = quotes(text, MILLER).get(0);
        assertSpan(text, q.content(), "It is anti-reform, and it is complex");
        assertThat(q.speaker().name()).isEqualTo("John Miller");
    }

    @Test
    void headlineWithASourceAndAColonIsAnAttribution() {
        String text = "Miller: Talks With Petrenko Are Going Nowhere\nThe talks went on.";
        Quote q = quotes(text, MILLER, PETRENKO).get(0);
        assertSpan(text, q.content(), "Talks With Petrenko Are Going Nowhere");
        assertSpan(text, q.cue(), ":");
        assertThat(q.speaker().name()).isEqualTo("John Miller");
    }

    @Test
    void aLineEndingInItsColonIsNoHeadlineAttributionAndNoCrash() {
        // raw scraped text: a name, a colon and a space, then the line ends (found in Multi-News documents)
        assertThat(quotes("Miller: \nThe talks went on for a long time.", MILLER)).isEmpty();
    }

    @Test
    void withRealTagsANounIsNoCue() {
        String text = "“We expect a quick answer from them,” Petrenko wrote in a comment.";
        Article article = QuoteTestSupport.article(text);
        List<Entity> entities = List.of(PETRENKO);
        List<Quote> quotes = new QuoteFinder().find(article,
                QuoteTestSupport.tagged(article, Map.of("wrote", "VBD", "Petrenko", "NNP")),
                QuoteTestSupport.mentions(article, entities), entities);
        assertSpan(text, quotes.get(0).cue(), "wrote");
    }

    @Test
    void mannerOfSpeakingVerbsGiveDirectQuotesTheirSpeaker() {
        for (String verb : List.of("joked", "lamented", "concluded", "barked", "quipped")) {
            List<Quote> quotes = QuoteTestSupport.quotes("“We will be back next year,” Miller " + verb + ".", MILLER);
            assertThat(quotes).as(verb).hasSize(1);
            assertThat(quotes.get(0).speaker().name()).as(verb).isEqualTo("John Miller");
            assertThat(quotes.get(0).cue().text()).as(verb).isEqualTo(verb);
        }
    }

    @Test
    void emptyArticleHasNoQuotes() {
        Article article = QuoteTestSupport.article("");
        assertThat(new QuoteFinder().find(article, Fixtures.sentences(article), null, null)).isEmpty();
    }

    @Test
    void aCueFarBeforeTheQuoteInItsSentenceStillGivesTheSpeaker() {
        String text = "Petrenko, who led the delegation for three years before the war began in the east, said on "
                + "Monday, in reference to the new border rules, “Nobody will be left behind this time.”";
        Quote q = quoteWith(quotes(text, PETRENKO), "Nobody");
        assertThat(q.speaker().name()).isEqualTo("Anna Petrenko");
        assertSpan(text, q.cue(), "said");
    }

    @Test
    void anAttributionVerbOfAnyKindBeforeAnUnattributedQuoteGivesItsSpeaker() {
        String text = "Miller described the new mayor as “a bright, charismatic leader of the city.”";
        Quote q = quoteWith(quotes(text, MILLER), "charismatic");
        assertThat(q.speaker().name()).isEqualTo("John Miller");
        assertSpan(text, q.cue(), "described");
    }
}
