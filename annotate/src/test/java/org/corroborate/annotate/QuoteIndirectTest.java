package org.corroborate.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.annotate.QuoteTestSupport.MILLER;
import static org.corroborate.annotate.QuoteTestSupport.PETRENKO;
import static org.corroborate.annotate.QuoteTestSupport.oneIndirect;
import static org.corroborate.annotate.QuoteTestSupport.quotes;

import java.util.List;
import java.util.Map;

import org.corroborate.api.Article;
import org.corroborate.api.Entity;
import org.corroborate.api.Quote;
import org.corroborate.api.Sentence;
import org.corroborate.api.Span;
import org.corroborate.api.Token;
import org.corroborate.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Indirect quotes (reported speech), on invented sentences. */
class QuoteIndirectTest {


    @Test
    void saidThat() {
        oneIndirect("Miller said that the talks had failed completely.", "that the talks had failed completely", "said",
                "John Miller");
    }

    @Test
    void nounCuesWithAThatClause() {
        oneIndirect("Miller’s claim that the tariffs would pay for themselves drew laughter.",
                "that the tariffs would pay for themselves drew laughter", "claim", "John Miller");
        oneIndirect("Petrenko stood by her warning that the dam could fail.", "that the dam could fail", "warning",
                "Anna Petrenko");
        assertThat(quotes("The statement that was released on Friday gave few details.", MILLER)).isEmpty();
    }

    @Test
    void saidWithoutThat() {
        oneIndirect("Miller said the summit would go ahead in May.", "the summit would go ahead in May", "said", "John Miller");
    }

    @Test
    void toldReportersThat() {
        oneIndirect("Miller told reporters that the call had lasted two hours.", "that the call had lasted two hours",
                "told reporters", "John Miller");
    }

    @Test
    void saidOnADayThat() {
        oneIndirect("Miller said on Thursday that the summit would go ahead.", "that the summit would go ahead", "said",
                "John Miller");
    }

    @Test
    void otherSpeechVerbs() {
        oneIndirect("Petrenko warned that sanctions would follow soon.", "that sanctions would follow soon", "warned",
                "Anna Petrenko");
        oneIndirect("Petrenko insisted the deal was fair to everyone.", "the deal was fair to everyone", "insisted",
                "Anna Petrenko");
    }

    @Test
    void clauseThenNameSaid() {
        oneIndirect("The summit will go ahead next month, Miller said.", "The summit will go ahead next month", "said",
                "John Miller");
        oneIndirect("The summit will go ahead next month, said Anna Petrenko.", "The summit will go ahead next month",
                "said", "Anna Petrenko");
        oneIndirect("The summit will go ahead, Miller said on Thursday.", "The summit will go ahead", "said", "John Miller");
    }

    @Test
    void clauseThenNameSaidMidSentence() {
        oneIndirect("Putin also sought to convince Trump that Russia was winning, Miller said, with a smile.",
                "Putin also sought to convince Trump that Russia was winning", "said", "John Miller");
    }

    @Test
    void accordingTo() {
        oneIndirect("According to Anna Petrenko, the summit will go ahead.", "the summit will go ahead", "According to",
                "Anna Petrenko");
        oneIndirect("The summit will go ahead, according to Anna Petrenko.", "The summit will go ahead", "according to",
                "Anna Petrenko");
    }

    @Test
    void accordingToSomethingThatIsNoSpeakerIsNoQuote() {
        assertThat(quotes("The lunch, according to plans, will cover new weapons.", MILLER)).isEmpty();
    }

    @Test
    void participleTakesTheMainSubject() {
        oneIndirect("After the call with Miller, Petrenko left early, saying that it would fail.", "that it would fail",
                "saying", "Anna Petrenko");
    }

    @Test
    void pronounSpeaker() {
        Quote q = quotes("Miller arrived late. He added that Russia should halt its attacks.", MILLER).get(0);
        assertThat(q.content().text()).isEqualTo("that Russia should halt its attacks");
        assertThat(q.speaker().span().text()).isEqualTo("He");
        assertThat(q.speaker().name()).isEqualTo("John Miller");
    }

    @Test
    void coordinatedCuesSplitTheClause() {
        List<Quote> quotes = quotes("Miller agreed that talks were needed but added that weapons must keep coming.",
                MILLER);
        assertThat(quotes).extracting(q -> q.content().text())
                .containsExactly("that talks were needed", "that weapons must keep coming");
        assertThat(quotes).allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("John Miller"));
    }

    @Test
    void mixedQuoteCountsOnceAsIndirectWithTheWholeClause() {
        oneIndirect("Miller said that Russia was “rushing to resume dialogue” with Kyiv again.",
                "that Russia was “rushing to resume dialogue” with Kyiv again", "said", "John Miller");
    }

    @Test
    void clauseThatIsAllDirectQuoteStaysDirect() {
        String text = "Miller said that “we will win this war together.”";
        List<Quote> quotes = quotes(text, MILLER);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).direct()).isTrue();
        assertThat(quotes.get(0).content().text()).isEqualTo("we will win this war together.");
        assertThat(quotes.get(0).speaker().name()).isEqualTo("John Miller");
    }

    @Test
    void directQuoteWithCueAfterIsNotAlsoIndirect() {
        List<Quote> quotes = quotes("“The summit will go ahead next month,” Miller said.", MILLER);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).direct()).isTrue();
    }

    @Test
    void intentionsAndEvaluationsAreAttributions() {
        oneIndirect("Miller promised to solve the war in a day.", "to solve the war in a day", "promised", "John Miller");
        oneIndirect("Petrenko called for a ceasefire before the winter.", "a ceasefire before the winter", "called for",
                "Anna Petrenko");
    }

    @Test
    void broadVerbInsideASpeechQuoteIsNotASecondQuote() {
        assertThat(quotes("Miller said Petrenko hopes to end the war soon.", MILLER, PETRENKO))
                .extracting(q -> q.cue().text()).containsExactly("said");
    }

    @Test
    void aFrontedPollFramesItsFinding() {
        Map<String, String> tags = Map.of("In", "IN", "a", "DT", "national", "JJ", "released", "VBN", "Monday", "NNP",
                "the", "DT", "leads", "VBZ", "by", "IN", "ten", "CD");
        String text = "In a national CNN/ORC poll released Monday, the governor leads by ten points.";
        assertThat(taggedQuotes(text, tags)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("the governor leads by ten points");
            assertThat(q.cue().text()).isEqualTo("In");
            assertThat(q.speaker().span().text()).isEqualTo("a national CNN/ORC poll released Monday");
            assertThat(q.direct()).isFalse();
        });
    }

    @Test
    void aParticiplePhraseAfterThePollBelongsToTheSource() {
        Map<String, String> tags = Map.of("In", "IN", "the", "DT", "latest", "JJS", "conducted", "VBN", "in", "IN",
                "May", "NNP", "leads", "VBZ", "by", "IN", "ten", "CD");
        String text = "In the latest Post-ABC poll, conducted in May, the governor leads by ten points.";
        assertThat(taggedQuotes(text, tags)).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("the governor leads by ten points");
            assertThat(q.speaker().span().text()).isEqualTo("the latest Post-ABC poll, conducted in May");
        });
    }

    @Test
    void aPollThatIsNotTheHeadOfTheOpeningPhraseFramesNothing() {
        Map<String, String> tags = Map.of("In", "IN", "a", "DT", "released", "VBN", "as", "IN", "polls", "NNS",
                "closed", "VBD", "the", "DT", "counted", "VBD", "its", "PRP$");
        assertThat(taggedQuotes("In a memo released as polls closed, the campaign counted its delegates.", tags))
                .isEmpty();
    }

    /** The quotes of {@code text} with the given POS tags (other words "NN") and no entity mentions. */
    private static List<Quote> taggedQuotes(String text, Map<String, String> tags) {
        Article article = QuoteTestSupport.article(text);
        return new QuoteFinder().find(article, QuoteTestSupport.tagged(article, tags), List.of(), List.of());
    }

    @Test
    void aSpeechVerbAfterAParentheticalTakesTheOpeningNounPhrase() {
        Map<String, String> tags = new java.util.HashMap<>(Map.of("The", "DT", "head", "NN", "of", "IN", "the", "DT",
                "harbour", "NN", "board", "NN", "who", "WP", "retired", "VBD", "warned", "VBD", "that", "IN"));
        tags.putAll(Map.of("in", "IN", "May", "NNP", "ships", "NNS", "would", "MD", "wait", "VB", "longer", "RBR"));
        List<Quote> quotes = taggedQuotes("The head of the harbour board, who retired in May, warned that ships "
                + "would wait longer.", tags);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.content().text()).isEqualTo("that ships would wait longer");
            assertThat(q.cue().text()).isEqualTo("warned");
            assertThat(q.speaker().span().text()).isEqualTo("The head of the harbour board");
        });
        assertThat(taggedQuotes("The head of the harbour board retired in May and the port warned ships.", tags))
                .isEmpty();
    }

    @Test
    void aClauseEndsBeforeACoordinatedAttributionVerb() {
        Map<String, String> tags = Map.of("The", "DT", "mayor", "NN", "praised", "VBD", "the", "DT", "budget", "NN",
                "warned", "VBD", "that", "IN", "taxes", "NNS", "would", "MD", "rise", "VB");
        List<Quote> quotes = taggedQuotes("The mayor praised the budget, warned that taxes would rise.", tags);
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.cue().text()).isEqualTo("praised");
            assertThat(q.content().text()).isEqualTo("the budget");
        });
    }

    @Test
    void aCoordinatedSpeechVerbTakesTheSubjectOfTheFirstFiniteVerb() {
        List<Quote> quotes = taggedQuotes("The Arizona senator survived five years in a prison and says such methods "
                + "are inhumane.", Map.of("The", "DT", "Arizona", "NNP", "senator", "NN", "survived", "VBD",
                "and", "CC", "says", "VBZ", "are", "VBP", "a", "DT", "in", "IN", "five", "CD"));
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).content().text()).isEqualTo("such methods are inhumane");
        assertThat(quotes.get(0).speaker().span().text()).isEqualTo("The Arizona senator");
    }

    @Test
    void aCoordinatedNonSpeechVerbNeedsANamedSubject() {
        assertThat(taggedQuotes("The room erupted in cheers and showed a clear preference for the mayor.",
                Map.of("The", "DT", "erupted", "VBD", "in", "IN", "and", "CC", "showed", "VBD", "a", "DT",
                        "clear", "JJ", "for", "IN", "the", "DT"))).isEmpty();
    }

    @Test
    void aTrailingAttributionMayCarryALongPrepositionalTail() {
        List<Quote> quotes = taggedQuotes("The party had made history at last, she said in a video message to the "
                + "convention.", Map.of("The", "DT", "had", "VBD", "made", "VBN", "she", "PRP", "said", "VBD", "in", "IN",
                "a", "DT", "to", "TO", "the", "DT"));
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).content().text()).isEqualTo("The party had made history at last");
        assertThat(quotes.get(0).speaker().span().text()).isEqualTo("she");
    }

    @Test
    void theObjectOfOfIsNoSubjectOfANonSpeechVerb() {
        List<Quote> threat = taggedQuotes("The threat of the Tomahawks appeared to have spurred the Kremlin into "
                + "action.", Map.of("The", "DT", "threat", "NN", "of", "IN", "the", "DT", "Tomahawks", "NNPS",
                "appeared", "VBD", "to", "TO", "have", "VB", "spurred", "VBN", "into", "IN"));
        assertThat(threat).hasSize(1); // an impression: no speaker, the whole subject in the content
        assertThat(threat.get(0).speaker()).isNull();
        assertThat(threat.get(0).content().text()).startsWith("The threat of the Tomahawks appeared");
        assertThat(taggedQuotes("Most of the Republicans appeared to back the plan.",
                Map.of("Most", "JJS", "of", "IN", "the", "DT", "Republicans", "NNPS", "appeared", "VBD", "to", "TO",
                        "back", "VB"))).hasSize(1);
    }

    @Test
    void stanceAdjectivesAfterBeAreCues() {
        oneIndirect("Miller has been deeply skeptical of the peace plan from the start.", "the peace plan from the start",
                "been deeply skeptical of", "John Miller");
        oneIndirect("Petrenko was quick to dismiss the report.", "to dismiss the report", "was quick", "Anna Petrenko");
        oneIndirect("Miller is hopeful that the talks will resume.", "that the talks will resume", "is hopeful",
                "John Miller");
        assertThat(quotes("Miller is clear about his plans for the city.", MILLER)).isEmpty();
        assertThat(quotes("Miller was skeptical.", MILLER)).isEmpty();
    }

    @Test
    void accordingToALongSourcePhraseThenAComma() {
        List<Quote> quotes = taggedQuotes("According to a new poll of Ohio voters released Monday, Miller leads the "
                + "race by four points.", Map.of("a", "DT", "new", "JJ", "of", "IN", "released", "VBN", "leads",
                "VBZ", "the", "DT", "by", "IN", "four", "CD"));
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).content().text()).isEqualTo("Miller leads the race by four points");
        assertThat(quotes.get(0).cue().text()).isEqualTo("According to");
        assertThat(quotes.get(0).speaker().span().text()).isEqualTo("a new poll");
    }

    @Test
    void anAppositiveWithCommasOfItsOwnKeepsTheSubject() {
        oneIndirect("Miller, 35, the son of a former senator and a long-time adviser to the party, said the vote would be close.",
                "the vote would be close", "said", "John Miller");
    }

    @Test
    void aSentenceOpeningPronounIsTheSubjectOfAParticiple() {
        List<Quote> quotes = quotes("Miller spoke first. He attacked Petrenko in the debate, saying the plan would "
                + "fail.", MILLER, PETRENKO);
        Quote q = QuoteTestSupport.quoteWith(quotes, "the plan would fail");
        assertThat(q.speaker().span().text()).isEqualTo("He");
        assertThat(q.speaker().name()).isEqualTo("John Miller");
    }

    @Test
    void notSpeech() {
        assertThat(quotes("Miller tried to solve the war in a day.", MILLER)).isEmpty();
        assertThat(quotes("Miller was told that the war would end.", MILLER)).isEmpty();
        assertThat(quotes("The Washington Post said nothing.", MILLER)).isEmpty();
    }

    @Test
    void seemAndAppearReportTheWritersImpressionWithoutASource() {
        List<Quote> quotes = taggedQuotes("The crowd seemed to enjoy the speech.", Map.of("The", "DT", "seemed", "VBD",
                "to", "TO", "enjoy", "VB", "the", "DT"));
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).speaker()).isNull();
        assertThat(quotes.get(0).cue().text()).isEqualTo("seemed");
        assertThat(quotes.get(0).content().text()).isEqualTo("The crowd seemed to enjoy the speech");
        Quote implied = oneIndirect("Miller appeared to suggest that the deal was dead.", "to suggest that the deal was dead",
                "appeared", "John Miller");
        assertThat(implied.speaker().entityId()).isNotNull();
    }

    @Test
    void aFrontedQuestionIsAnAttributionOfItsOwn() {
        List<Quote> quotes = quotes("Asked whether the talks would resume, Miller said they would start in May.",
                MILLER);
        Quote question = QuoteTestSupport.quoteWith(quotes, "talks would resume");
        assertThat(question.content().text()).isEqualTo("whether the talks would resume");
        assertThat(question.cue().text()).isEqualTo("Asked");
        assertThat(question.speaker()).isNull();
        Quote answer = QuoteTestSupport.quoteWith(quotes, "May");
        assertThat(answer.content().text()).isEqualTo("they would start in May");
        assertThat(answer.speaker().name()).isEqualTo("John Miller");
        Quote byPetrenko = QuoteTestSupport.quoteWith(quotes("Asked by Petrenko to explain the delay, Miller said "
                + "the money had run out.", MILLER, PETRENKO), "explain");
        assertThat(byPetrenko.content().text()).isEqualTo("to explain the delay");
        assertThat(byPetrenko.speaker().name()).isEqualTo("Anna Petrenko");
        Quote about = QuoteTestSupport.quoteWith(quotes("When asked about the budget, Miller said nothing would change "
                + "this year.", MILLER), "budget");
        assertThat(about.cue().text()).isEqualTo("asked about");
        assertThat(about.content().text()).isEqualTo("the budget");
    }

    @Test
    void aConjunctionMayOpenTheSentenceBeforeAFrontedAccordingTo() {
        oneIndirect("But, according to Miller, the plan will fail next year.", "the plan will fail next year",
                "according to", "John Miller");
    }

    @Test
    void aQuestionAfterALaterWhenRunsToTheSentenceEnd() {
        String text = "“Nothing will change this year,” Miller said when asked by Petrenko about the budget.";
        Quote question = QuoteTestSupport.quoteWith(quotes(text, MILLER, PETRENKO), "budget");
        assertThat(question.content().text()).isEqualTo("about the budget");
        assertThat(question.cue().text()).isEqualTo("asked");
        assertThat(question.speaker().name()).isEqualTo("Anna Petrenko");
        assertThat(quotes("Miller said he was fired when asked to resign.", MILLER))
                .noneSatisfy(q -> assertThat(q.cue().text()).isEqualTo("asked"));
    }

    @Test
    void aParticipleAfterAnAbsoluteWithTakesThePhraseBeforeIt() {
        List<Quote> quotes = taggedQuotes("Voters back the plan, with 60 percent of voters saying taxes are too high.",
                Map.of("Voters", "NNS", "back", "VBP", "the", "DT", "with", "IN", "60", "CD", "of", "IN", "voters",
                        "NNS", "saying", "VBG", "are", "VBP", "high", "JJ"));
        Quote saying = quotes.stream().filter(q -> q.cue().text().equals("saying")).findFirst().orElseThrow();
        assertThat(saying.speaker().span().text()).isEqualTo("60 percent of voters");
    }

    @Test
    void aParticipleAfterASpeechVerbTakesItsSpeaker() {
        List<Quote> quotes = quotes("The plan will work, Petrenko said, adding that Miller had approved it.", MILLER,
                PETRENKO);
        Quote adding = quotes.stream().filter(q -> q.cue().text().equals("adding")).findFirst().orElseThrow();
        assertThat(adding.content().text()).isEqualTo("that Miller had approved it");
        assertThat(adding.speaker().name()).isEqualTo("Anna Petrenko");
    }

    @Test
    void aParticipleTakesTheSubjectOfTheMainClausesFirstFiniteVerb() {
        List<Quote> quotes = taggedQuotes("The former governor praised Miller on Friday, saying the plan would work.",
                Map.of("The", "DT", "former", "JJ", "praised", "VBD", "Miller", "NNP", "on", "IN", "Friday", "NNP",
                        "saying", "VBG", "the", "DT", "would", "MD", "work", "VB"));
        Quote saying = QuoteTestSupport.quoteWith(quotes, "plan would work");
        assertThat(saying.speaker().span().text()).isEqualTo("The former governor");
    }

    @Test
    void anExpectationWithoutItsHolderHasNoSource() {
        List<Quote> quotes = taggedQuotes("The vote is widely expected to take place next week.", Map.of("The", "DT",
                "is", "VBZ", "widely", "RB", "expected", "VBN", "to", "TO", "take", "VB", "next", "JJ"));
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).speaker()).isNull();
        assertThat(quotes.get(0).cue().text()).isEqualTo("is widely expected");
        assertThat(quotes.get(0).content().text()).isEqualTo("The vote is widely expected to take place next week");
    }

    @Test
    void declinedToIsACueAndANameIsContentEnoughForANonSpeechVerb() {
        oneIndirect("Miller declined to say whether the plan would change.", "to say whether the plan would change",
                "declined", "John Miller");
        oneIndirect("Miller endorsed Petrenko.", "Petrenko", "endorsed", "John Miller");
    }

    /** The quotes of {@code text} read as one sentence (the naive splitter would end one at "Mr."). */
    private static List<Quote> oneSentenceQuotes(String text) {
        Article article = QuoteTestSupport.article(text);
        List<Token> tokens = Fixtures.sentences(article).stream().flatMap(x -> x.tokens().stream()).toList();
        List<Sentence> one = List.of(new Sentence(0, Span.of(article, 0, text.length()), tokens));
        List<Entity> entities = List.of(MILLER, PETRENKO);
        return new QuoteFinder().find(article, one, QuoteTestSupport.mentions(article, entities), entities);
    }

    @Test
    void anAbbreviatedTitleBelongsToAParentheticalSpeaker() {
        String text = "Acts of protest, Mr. Miller said, are acts of patriotism.";
        assertThat(oneSentenceQuotes(text)).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.content().text()).isEqualTo("Acts of protest, Mr. Miller said, are acts of patriotism");
            assertThat(q.cue().text()).isEqualTo("said");
            assertThat(q.speaker().name()).isEqualTo("John Miller");
        });
        assertThat(oneSentenceQuotes("“The port is open,” Sen. Petrenko said, “and it stays open.”"))
                .singleElement().satisfies(d -> {
                    assertThat(d.direct()).isTrue();
                    assertThat(d.pieces()).extracting(Span::text)
                            .containsExactly("The port is open", "and it stays open.");
                    assertThat(d.speaker().name()).isEqualTo("Anna Petrenko");
                });
        assertThat(oneSentenceQuotes("“The port is open,” said Mr. Miller on Monday.")).singleElement()
                .satisfies(d -> {
                    assertThat(d.speaker().span().text()).isEqualTo("Miller");
                    assertThat(d.speaker().entityId()).isEqualTo(MILLER.id());
                });
    }

    @Test
    void aNonSpeechClauseKeepsANestedAttributionInsideIt() {
        List<Quote> found = quotes("Miller cited the old dam Petrenko says is badly flawed.", MILLER, PETRENKO);
        assertThat(found).extracting(q -> q.cue().text()).containsExactlyInAnyOrder("cited", "says");
        Quote cited = found.stream().filter(q -> q.cue().text().equals("cited")).findFirst().orElseThrow();
        assertThat(cited.content().text()).isEqualTo("the old dam Petrenko says is badly flawed");
        assertThat(cited.speaker().name()).isEqualTo("John Miller");
    }

    @Test
    void accordingToWithoutACommaOrAfterARelativeClauseOrInParentheses() {
        oneIndirect("Most voters view the plan unfavorably according to Petrenko.", "Most voters view the plan unfavorably",
                "according to", "Anna Petrenko");
        oneIndirect("The gap in delegates, which stood at 263 on Tuesday, according to Miller, will close.",
                "which stood at 263 on Tuesday", "according to", "John Miller");
        oneIndirect("Turnout fell (the drop was closer to 15 percent, according to Miller).",
                "the drop was closer to 15 percent", "according to", "John Miller");
    }

    @Test
    void accordingToAfterAVerblessSubjectTakesTheRestOfTheSentence() {
        String text = "The implication, according to Miller, is that the deal was rigged.";
        List<Quote> found = taggedQuotes(text, Map.of("The", "DT", "according", "VBG", "to", "TO", "Miller", "NNP",
                "is", "VBZ", "that", "IN", "the", "DT", "was", "VBD", "rigged", "VBN"));
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.cue().text()).isEqualTo("according to");
            assertThat(q.pieces()).extracting(Span::text)
                    .containsExactly("The implication", "is that the deal was rigged");
        });
        // a clause with a verb before it stays the content alone
        assertThat(taggedQuotes("The deal was rigged, according to Miller, and voters knew it.", Map.of("The", "DT",
                "was", "VBD", "rigged", "VBN", "according", "VBG", "to", "TO", "Miller", "NNP", "knew", "VBD")))
                .singleElement().satisfies(q -> assertThat(q.pieces()).extracting(Span::text)
                        .containsExactly("The deal was rigged"));
    }

    @Test
    void aParentheticalAttributionBeforeAndOrForTakesTheWholeSentence() {
        oneIndirect("Take action before the vote, Miller said, and you risk a backlash.",
                "Take action before the vote, Miller said, and you risk a backlash", "said", "John Miller");
        oneIndirect("The plan makes sense, Miller said, for voters who want lower taxes.",
                "The plan makes sense, Miller said, for voters who want lower taxes", "said", "John Miller");
        oneIndirect("The plan makes sense, Miller said, in a speech.", "The plan makes sense", "said", "John Miller");
    }

    @Test
    void aPassiveQuestionIsAnAttributionWithoutASource() {
        assertThat(quotes("At a town hall, Miller was asked about securing the border.", MILLER)).singleElement()
                .satisfies(q -> {
                    assertThat(q.content().text()).isEqualTo("securing the border");
                    assertThat(q.cue().text()).isEqualTo("asked about");
                    assertThat(q.speaker()).isNull();
                });
        assertThat(quotes("Miller was asked by Petrenko whether the dam would hold.", MILLER, PETRENKO))
                .singleElement().satisfies(q -> {
                    assertThat(q.content().text()).isEqualTo("whether the dam would hold");
                    assertThat(q.speaker().name()).isEqualTo("Anna Petrenko");
                });
        assertThat(quotes("Miller was asked a question.", MILLER)).isEmpty();
    }

    @Test
    void aPronounContractedWithItsAuxiliaryIsASubject() {
        List<Quote> found = quotes("Petrenko spoke on Monday. She's hoping the vote will pass next week.", PETRENKO);
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.cue().text()).isEqualTo("hoping");
            assertThat(q.content().text()).isEqualTo("the vote will pass next week");
            assertThat(q.speaker().span().text()).isEqualTo("She's");
            assertThat(q.speaker().name()).isEqualTo("Anna Petrenko");
        });
        oneIndirect("Miller will win the vote next week, they've suggested.", "Miller will win the vote next week",
                "suggested", "they've");
    }
}
