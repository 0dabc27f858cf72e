package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.corroborate.api.Quote;
import org.corroborate.api.Span;
import org.corroborate.api.Speaker;
import org.junit.jupiter.api.Test;

/** Each rule of the quote metrics on tiny handwritten documents. */
class QuoteMetricTest {

    //                                 0         1         2         3         4         5         6         7
    //                                 0123456789012345678901234567890123456789012345678901234567890123456789012345
    private static final String TEXT = "\"We will win,\" Mayor Jane Doe said, \"and soon.\" He told reporters rain fell.";

    private static Span span(int start, int end) {
        return Span.of("d", TEXT, start, end);
    }

    private static Span find(String words) {
        int start = TEXT.indexOf(words);
        return span(start, start + words.length());
    }

    private static QuoteMetric.Gold gold(List<Span> source, List<Span> cue, List<Span> content, boolean marks) {
        return new QuoteMetric.Gold(source, cue, content, marks);
    }

    private static Quote quote(Span content, Span speaker, String name, boolean direct) {
        return new Quote(content, null, speaker == null ? null : new Speaker(speaker, null, name), direct);
    }

    /** "We will win," … "and soon." split around the cue. */
    private static final QuoteMetric.Gold SPLIT = gold(List.of(find("Mayor Jane Doe")), List.of(find("said")),
            List.of(find("\"We will win,\""), find("\"and soon.\"")), true);

    @Test
    void scoreIsAsymmetricOverTheUnionOfPieces() {
        // the whole first piece (14 of 26 gold chars) is 0.54: a match at 0.3, not at 0.8
        QuoteMetric.Matching m3 = QuoteMetric.match(List.of(SPLIT),
                List.of(quote(find("\"We will win,\""), null, "", true)), 0.3);
        QuoteMetric.Matching m8 = QuoteMetric.match(List.of(SPLIT),
                List.of(quote(find("\"We will win,\""), null, "", true)), 0.8);
        assertThat(m3.matches()).isOne();
        assertThat(m8.matches()).isZero();
        // a prediction covering everything and more scores 1
        QuoteMetric.Matching all = QuoteMetric.match(List.of(SPLIT), List.of(quote(span(0, 48), null, "", false)), 0.8);
        assertThat(all.matches()).isOne();
        assertThat(all.precision()).isEqualTo(1.0);
        assertThat(all.recall()).isEqualTo(1.0);
    }

    @Test
    void thresholdIsStrictlyGreaterThan() {
        // gold of 10 chars, prediction covering exactly 3 of them: score 0.3, not > 0.3
        QuoteMetric.Gold ten = gold(List.of(), List.of(), List.of(span(0, 10)), false);
        assertThat(QuoteMetric.match(List.of(ten), List.of(quote(span(7, 12), null, "", false)), 0.3).matches())
                .isZero();
        assertThat(QuoteMetric.match(List.of(ten), List.of(quote(span(6, 12), null, "", false)), 0.3).matches())
                .isOne();
    }

    @Test
    void greedyInGoldOrderTiesGoToTheEarlierPrediction() {
        QuoteMetric.Gold c = gold(List.of(), List.of(), List.of(span(10, 20)), false);
        QuoteMetric.Gold d = gold(List.of(), List.of(), List.of(span(22, 30)), false);
        Quote x = quote(span(5, 25), null, "", false);
        Quote y = quote(span(10, 30), null, "", false);
        // x and y both cover all of c: c (first in the text, though listed last) takes x, which starts first;
        // d then takes y (score 1); had c taken y, d would be left with x (3/8 = 0.375, not > 0.5)
        QuoteMetric.Matching m = QuoteMetric.match(List.of(d, c), List.of(y, x), 0.5);
        assertThat(m.matches()).isEqualTo(2);
        // one prediction, two golds: the first gold in text order takes it (10/30 > 0.3), the other is unmatched
        QuoteMetric.Gold wide = gold(List.of(), List.of(), List.of(span(0, 30)), false);
        QuoteMetric.Matching one = QuoteMetric.match(List.of(c, wide), List.of(quote(span(10, 20), null, "",
                false)), 0.3);
        assertThat(one.matches()).isOne();
        assertThat(one.recall()).isEqualTo(0.5);
        assertThat(one.f1()).isCloseTo(2 * 1.0 * 0.5 / 1.5, within(1e-9));
        // the best unused prediction at or under the threshold is no match, and stays free
        QuoteMetric.Matching none = QuoteMetric.match(List.of(wide), List.of(quote(span(10, 19), null, "",
                false)), 0.3);
        assertThat(none.matches()).isZero();
        assertThat(none.precision()).isZero();
    }

    @Test
    void speakerRightByOverlap() {
        assertThat(QuoteMetric.speakerRight(SPLIT, quote(span(0, 14), find("Doe"), "Doe", true))).isTrue();
        assertThat(QuoteMetric.speakerRight(SPLIT, quote(span(0, 14), find("He"), "He", true))).isFalse();
    }

    @Test
    void speakerRightBySurnameOfTheCanonicalName() {
        Span he = find("He");
        assertThat(QuoteMetric.speakerRight(SPLIT, quote(span(0, 14), he, "Jane Q. Doe", true))).isTrue();
        assertThat(QuoteMetric.speakerRight(SPLIT, quote(span(0, 14), he, "DOE's", true))).isTrue();
        assertThat(QuoteMetric.speakerRight(SPLIT, quote(span(0, 14), he, "John Smith", true))).isFalse();
        // the surname must be a capitalised word of the gold source text
        QuoteMetric.Gold lower = gold(List.of(find("rain")), List.of(), List.of(find("fell")), false);
        assertThat(QuoteMetric.speakerRight(lower, quote(find("fell"), he, "Tom Rain", false))).isFalse();
        // pronouns never count, even capitalised in the gold source
        QuoteMetric.Gold pronoun = gold(List.of(find("He")), List.of(), List.of(find("rain fell")), false);
        assertThat(QuoteMetric.speakerRight(pronoun, quote(find("rain fell"), find("Doe"), "he", false))).isFalse();
        assertThat(QuoteMetric.surname("he")).isNull();
        assertThat(QuoteMetric.surname("Donald J. Trump's")).isEqualTo("Trump");
        assertThat(QuoteMetric.surname("Brent Bozell III")).isEqualTo("Bozell");
        assertThat(QuoteMetric.surname("Martin Luther King Jr.")).isEqualTo("King");
        assertThat(QuoteMetric.surname("Jr")).isEqualTo("Jr");
    }

    @Test
    void noSourceRuleNeedsNoSpeakerOnBothSides() {
        QuoteMetric.Gold noSource = gold(List.of(), List.of(), List.of(find("rain fell")), false);
        assertThat(QuoteMetric.speakerRight(noSource, quote(find("rain fell"), null, "", false))).isTrue();
        assertThat(QuoteMetric.speakerRight(noSource, quote(find("rain fell"), find("He"), "He", false))).isFalse();
        assertThat(QuoteMetric.speakerRight(SPLIT, quote(span(0, 14), null, "", true))).isFalse();
    }

    @Test
    void quoteMarkSubsetAndDirectPrecision() {
        QuoteMetric.Gold plain = gold(List.of(find("He")), List.of(find("told")), List.of(find("rain fell")), false);
        List<Quote> predicted = List.of(quote(span(0, 48), find("Doe"), "Jane Doe", true),
                quote(find("rain fell"), null, "", true), quote(find("reporters"), null, "", true));
        QuoteMetric.Matching m = QuoteMetric.match(List.of(SPLIT, plain), predicted, 0.3);
        assertThat(m.matches()).isEqualTo(2);
        assertThat(m.speakerRight()).isOne();
        assertThat(m.markedGold()).isOne();
        assertThat(m.markedRecall()).isEqualTo(1.0);
        assertThat(m.markedSpeakerAccuracy()).isEqualTo(1.0);
        assertThat(m.direct()).isEqualTo(3);
        assertThat(m.directPrecision()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void exactSpansAreTrimmedAndComparedAsSets() {
        // gold "rain fell." trimmed to "rain fell"; the prediction " rain fell" trims to the same boundaries
        QuoteMetric.Gold g = gold(List.of(find("He")), List.of(find("told")), List.of(find("rain fell.")), false);
        Quote p = new Quote(find(" rain fell"), find("told "), new Speaker(find("He"), null, "He"), false);
        QuoteMetric.Counts c = QuoteMetric.score(List.of(g), List.of(p, p));
        assertThat(c.content()).isEqualTo(new QuoteMetric.Exact(1, 1, 1));
        assertThat(c.cue()).isEqualTo(new QuoteMetric.Exact(1, 1, 1));
        assertThat(c.source()).isEqualTo(new QuoteMetric.Exact(1, 1, 1));
        // every piece of a split content is a gold span; only one trailing comma or period is trimmed
        QuoteMetric.Exact pieces = QuoteMetric.exact(SPLIT.content(), List.of(find("\"We will win,\"")));
        assertThat(pieces).isEqualTo(new QuoteMetric.Exact(1, 2, 1));
        assertThat(QuoteMetric.trim(Span.of("d", "a.. ", 0, 4))).containsExactly(0, 2);
        assertThat(QuoteMetric.trim(Span.of("d", " , ", 0, 3))).isNull();
        // no speaker, no cue: nothing predicted for those roles
        QuoteMetric.Counts none = QuoteMetric.score(List.of(g), List.of(quote(find("rain fell"), null, "", false)));
        assertThat(none.source()).isEqualTo(new QuoteMetric.Exact(0, 1, 0));
        assertThat(none.cue().predicted()).isZero();
    }

    @Test
    void goldWithoutContentIsNotScored() {
        QuoteMetric.Gold empty = gold(List.of(find("He")), List.of(find("told")), List.of(), false);
        QuoteMetric.Counts c = QuoteMetric.score(List.of(empty), List.of());
        assertThat(c.lenient().gold()).isZero();
        assertThat(c.source().gold()).isZero();
        assertThat(c).isEqualTo(QuoteMetric.Counts.ZERO);
    }

    @Test
    void aPredictionInPiecesIsScoredOverTheUnionOfItsPieces() {
        Quote pieces = new Quote(find("\"We will win,\""), null, null, true,
                List.of(find("\"We will win,\""), find("\"and soon.\"")));
        assertThat(QuoteMetric.match(List.of(SPLIT), List.of(pieces), 0.8).matches()).isOne();
        // the narration between the pieces is no part of the prediction: a gold of narration only is not matched
        QuoteMetric.Gold narration = gold(List.of(), List.of(), List.of(find("Mayor Jane Doe said")), false);
        assertThat(QuoteMetric.match(List.of(narration), List.of(pieces), 0.3).matches()).isZero();
        // every piece counts for the exact content spans
        QuoteMetric.Counts counts = QuoteMetric.score(List.of(SPLIT), List.of(pieces));
        assertThat(counts.content().predicted()).isEqualTo(2);
        assertThat(counts.content().tp()).isEqualTo(2);
    }
}
