package org.corroborate.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    private static List<String> contents(String text) {
        return QuoteMarks.find(text).stream().map(p -> text.substring(p.contentStart(), p.contentEnd())).toList();
    }

    @Test
    void curlyQuotesGiveTheTextInsideTheMarks() {
        String text = "She said “we will win this war” on Monday.";
        QuoteMarks.Piece p = QuoteMarks.find(text).get(0);
        assertThat(p.open()).isEqualTo(text.indexOf('“'));
        assertThat(p.close()).isEqualTo(text.indexOf('”') + 1);
        assertThat(p.contentStart()).isEqualTo(text.indexOf("we will"));
        assertThat(p.contentEnd()).isEqualTo(text.indexOf("war”") + 3);
        assertThat(p.closed()).isTrue();
    }

    @Test
    void everyMarkStyleIsRecognised() {
        assertThat(contents("He said \"straight quotes work too\" here.")).containsExactly("straight quotes work too");
        assertThat(contents("Sie sagte „das ist gut so“ heute.")).containsExactly("das ist gut so");
        assertThat(contents("Il a dit « nous allons gagner » hier.")).containsExactly("nous allons gagner");
        assertThat(contents("‘We were never told,’ she said.")).containsExactly("We were never told");
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertThat(QuoteMarks.find("Russia’s leader didn’t come, and the ministers' aides don't know why."))
                .isEmpty();
    }

    @Test
    void singleQuotesInsideDoubleQuotesArePartOfTheOuterContent() {
        String text = "“We can bring this ‘inglorious’ War to an end,” he wrote.";
        assertThat(contents(text)).containsExactly("We can bring this ‘inglorious’ War to an end");
    }

    @Test
    void mismatchedMarksOfScrapedTextStillPair() {
        assertThat(contents("”We are ready to talk now,“ she said.")).containsExactly("We are ready to talk now");
        assertThat(contents("“Ready for talks now,\" she said.")).containsExactly("Ready for talks now");
        String text = "“A first part here,“ he clarified. ”A second part there.”";
        assertThat(contents(text)).containsExactly("A first part here", "A second part there.");
    }

    @Test
    void anUnclosedQuoteIsCappedAtItsParagraph() {
        String text = "He said “this quote never closes at all\n\nThe next paragraph is plain. Then “a real one.”";
        List<QuoteMarks.Piece> pieces = QuoteMarks.find(text);
        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(0).closed()).isFalse();
        assertThat(pieces.get(0).contentEnd()).isEqualTo(text.indexOf("\n\n"));
        assertThat(text.substring(pieces.get(1).contentStart(), pieces.get(1).contentEnd())).isEqualTo("a real one.");
    }

    @Test
    void aQuoteRunningOverParagraphsIsOnePieceEach() {
        String text = "“The first paragraph of the quote goes on.\n\n“The second one closes it,” she said.";
        List<QuoteMarks.Piece> pieces = QuoteMarks.find(text);
        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(0).closed()).isFalse();
        assertThat(pieces.get(0).continued()).isFalse();
        assertThat(pieces.get(1).continued()).isTrue();
        assertThat(text.substring(pieces.get(1).contentStart(), pieces.get(1).contentEnd()))
                .isEqualTo("The second one closes it");
    }

    @Test
    void anUnclosedQuoteOnAVeryLongLineEndsAtItsFirstSentence() {
        StringBuilder line = new StringBuilder("He said “this quote never closes. ");
        while (line.length() < 200_000) {
            line.append("The council met again and nothing was decided. ");
        }
        List<QuoteMarks.Piece> pieces = QuoteMarks.find(line.toString());
        assertThat(pieces).hasSize(1);
        assertThat(line.substring(pieces.get(0).contentStart(), pieces.get(0).contentEnd()))
                .isEqualTo("this quote never closes.");
        assertThat(QuoteMarks.unclosed(pieces)).isEqualTo(1);
        String unpunctuated = "She said “" + "word ".repeat(50_000);
        QuoteMarks.Piece piece = QuoteMarks.find(unpunctuated).get(0);
        assertThat(piece.close() - piece.open()).isLessThanOrEqualTo(QuoteMarks.MAX_UNCLOSED);
    }

    @Test
    void unclosedCountsOnlyMarksThatNoParagraphContinues() {
        assertThat(QuoteMarks.unclosed(QuoteMarks.find("“The first paragraph goes on.\n\n“The second closes it,” she said.")))
                .isZero();
        assertThat(QuoteMarks.unclosed(QuoteMarks.find("He said “it never closes\n\nPlain text. “A real one,” he said.")))
                .isEqualTo(1);
        assertThat(QuoteMarks.unclosed(QuoteMarks.find("“Balanced,” he said.")))
                .isZero();
    }

    @Test
    void anUnclosedSingleMarkIsNoQuote() {
        assertThat(QuoteMarks.find("The ‘maximum pressure campaign goes on and on.")).isEmpty();
    }

    @Test
    void inchMarksAreIgnored() {
        assertThat(contents("A 12\" screen and \"a real quote here\" too.")).containsExactly("a real quote here");
    }
}
