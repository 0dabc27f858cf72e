package org.corroborate.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Map;

import org.corroborate.api.Article;
import org.corroborate.api.Quantity;
import org.corroborate.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Quantities on invented sentences. */
class QuantityFinderTest {

    private static List<Quantity> find(String text) {
        Article a = QuoteTestSupport.article(text);
        return new QuantityFinder().find(a, Fixtures.sentences(a));
    }

    /** Asserts that {@code text} holds exactly one quantity, spanning {@code words}, with the given reading. */
    private static void one(String text, String words, double value, String unit, boolean approx) {
        List<Quantity> found = find(text);
        assertThat(found).as(text).hasSize(1);
        Quantity q = found.get(0);
        assertThat(q.span().text()).isEqualTo(words);
        assertThat(q.span().start()).isEqualTo(text.indexOf(words));
        assertThat(q.span().end()).isEqualTo(text.indexOf(words) + words.length());
        assertThat(q.value()).as(words).isCloseTo(value, offset(1e-9 * Math.max(1, Math.abs(value))));
        assertThat(q.unit()).as(words).isEqualTo(unit);
        assertThat(q.approx()).as(words).isEqualTo(approx);
    }

    private static void none(String text) {
        assertThat(find(text)).as(text).isEmpty();
    }

    @Test
    void percentagesAreRatios() {
        one("Russia holds about 20% of the land.", "about 20%", 0.2, "ratio", true);
        one("It would impose 500 percent tariffs.", "500 percent", 5.0, "ratio", false);
        one("Prices rose 12 per cent last year.", "12 per cent", 0.12, "ratio", false);
    }

    @Test
    void fractionsAreRatios() {
        one("It holds about a fifth of the land.", "about a fifth", 0.2, "ratio", true);
        one("It holds one-fifth of the land.", "one-fifth", 0.2, "ratio", false);
        one("A quarter of them left.", "A quarter", 0.25, "ratio", false);
        one("Nearly a third of voters agreed.", "Nearly a third", 1.0 / 3, "ratio", true);
        one("Only half of them came.", "half", 0.5, "ratio", false);
        one("Two-thirds of the senators voted.", "Two-thirds", 2.0 / 3, "ratio", false);
        one("It needs two thirds of the votes.", "two thirds", 2.0 / 3, "ratio", false);
    }

    @Test
    void lengthsAreMetres() {
        one("Missiles with a 1,000-mile range.", "1,000-mile", 1609344, "m", false);
        one("A range (1,600-kilometer) is long.", "1,600-kilometer", 1600000, "m", false);
        one("The front is 300 km long.", "300 km", 300000, "m", false);
        one("They walked 5 kilometres home.", "5 kilometres", 5000, "m", false);
        one("The wall is 20 feet high.", "20 feet", 6.096, "m", false);
        one("A 100 meters wide crater.", "100 meters", 100, "m", false);
        one("Some 40 miles away.", "Some 40 miles", 64373.76, "m", true);
    }

    @Test
    void durationsAreSeconds() {
        one("The call lasted almost two and a half hours.", "almost two and a half hours", 9000, "s", true);
        one("The call lasted over two hours.", "over two hours", 7200, "s", true);
        one("The talks took three days.", "three days", 259200, "s", false);
        one("They will meet in two weeks.", "two weeks", 1209600, "s", false);
        one("A 45 minutes delay.", "45 minutes", 2700, "s", false);
        one("It will happen within two weeks or so.", "within two weeks or so", 1209600, "s", true);
    }

    @Test
    void moneyKeepsItsCurrency() {
        one("A $20 billion swap was agreed.", "$20 billion", 2.0e10, "USD", false);
        one("Aid of €3 million arrived.", "€3 million", 3.0e6, "EUR", false);
        one("It cost £5 only.", "£5", 5, "GBP", false);
        one("It costs 20 million euros a year.", "20 million euros", 2.0e7, "EUR", false);
        one("A US$1.5 billion loan.", "US$1.5 billion", 1.5e9, "USD", false);
        none("They promised billions of dollars in investments.");
    }

    @Test
    void countsTakeTheCountedNounInTheSingular() {
        one("The bill has 84 co-sponsors.", "84 co-sponsors", 84, "co-sponsor", false);
        one("About 250,000 soldiers were killed.", "About 250,000 soldiers", 250000, "soldier", true);
        one("It suffered more than 1 million military deaths.", "more than 1 million military deaths", 1e6,
                "death", true);
        one("A dozen drones hit the city.", "A dozen drones", 12, "drone", false);
        one("There were twenty-five casualties.", "twenty-five casualties", 25, "casualty", false);
        one("Three hundred thousand people fled.", "Three hundred thousand people", 300000, "person", false);
        one("The eight phone calls failed.", "eight phone calls", 8, "call", false);
        one("It happened 12 times, roughly.", "12", 12, "count", false);
    }

    @Test
    void hedgesMakeQuantitiesApproximate() {
        for (String hedge : List.of("about", "around", "almost", "nearly", "roughly", "some", "more than", "over",
                "at least", "up to", "approximately")) {
            String words = hedge + " 40 soldiers";
            one("They sent " + words + " there.", words, 40, "soldier", true);
        }
        one("They sent 40 soldiers or so there.", "40 soldiers or so", 40, "soldier", true);
    }

    @Test
    void rangesGiveTwoApproximateBounds() {
        String text = "Ukraine lost 60,000 to 100,000 dead in the war.";
        List<Quantity> found = find(text);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).span().text()).isEqualTo("60,000");
        assertThat(found.get(0).span().start()).isEqualTo(text.indexOf("60,000"));
        assertThat(found.get(0).value()).isEqualTo(60000);
        assertThat(found.get(1).span().text()).isEqualTo("100,000 dead");
        assertThat(found.get(1).value()).isEqualTo(100000);
        assertThat(found).allSatisfy(q -> {
            assertThat(q.unit()).isEqualTo("dead");
            assertThat(q.approx()).isTrue();
        });
        List<Quantity> between = find("Rates between 5 and 10 percent apply.");
        assertThat(between).extracting(Quantity::value).containsExactly(0.05, 0.1);
    }

    @Test
    void agesAreYears() {
        one("The 79-year-old Republican spoke.", "79-year-old", 79, "year", false);
        one("A man, 45 years old, was hurt.", "45 years old", 45, "year", false);
    }

    @Test
    void yearsDatesTimesAndOrdinalsAreSkipped() {
        none("Russia invaded in 2022 and again in February 2022.");
        none("Russia's 2022 invasion changed everything.");
        none("They met on August 15 and on 26 October.");
        none("The meeting starts at 10:30 or at 5 p.m. sharp.");
        none("It was the eighth call and the second summit.");
        none("A fifth extrajudicial operation took place on the 15th.");
        none("Deep News10-17 reported on F-16 jets in the 1990s.");
        none("The two would meet, and one of them would talk.");
        none("It could happen in a week or two.");
    }

    @Test
    void withRealTagsTheCountedNounIsTheHeadNoun() {
        String text = "All six crew members died as the two joked.";
        Article a = QuoteTestSupport.article(text);
        List<Quantity> found = new QuantityFinder().find(a, QuoteTestSupport.tagged(a,
                Map.of("six", "CD", "crew", "NN", "members", "NNS", "died", "VBD", "two", "CD", "joked", "VBD",
                        "All", "DT", "as", "IN", "the", "DT")));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).span().text()).isEqualTo("six crew members");
        assertThat(found.get(0).unit()).isEqualTo("member");
    }

    @Test
    void emptyTextHasNoQuantities() {
        none("");
    }
}
