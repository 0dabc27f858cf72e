package org.corroborate.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.Article;
import org.corroborate.api.Quantity;
import org.corroborate.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Quantities of the real reports (skipped when ../shared is absent). */
class QuantitySeedTest {

    private static Quantity quantity(String file, String words) {
        Article a = QuoteTestSupport.seed(file);
        List<Quantity> found = new QuantityFinder().find(a, Fixtures.sentences(a)).stream()
                .filter(q -> q.span().text().equals(words)).toList();
        assertThat(found).as(words).hasSize(1);
        Quantity q = found.get(0);
        assertThat(q.span().start()).isEqualTo(a.text().indexOf(words));
        return q;
    }

    private static void assertQuantity(String file, String words, double value, String unit, boolean approx) {
        Quantity q = quantity(file, words);
        assertThat(q.value()).as(words).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, value)));
        assertThat(q.unit()).as(words).isEqualTo(unit);
        assertThat(q.approx()).as(words).isEqualTo(approx);
    }

    @Test
    void quantitiesOf000() {
        String f = "000_62ebd344807f6b36.txt";
        assertQuantity(f, "about a fifth", 0.2, "ratio", true);
        assertQuantity(f, "84 co-sponsors", 84, "co-sponsor", false);
        assertQuantity(f, "500 percent", 5.0, "ratio", false);
        assertQuantity(f, "about 250,000 soldiers", 250000, "soldier", true);
        assertQuantity(f, "more than 1 million military deaths", 1e6, "death", true);
        assertQuantity(f, "60,000", 60000, "dead", true);
        assertQuantity(f, "100,000 dead", 100000, "dead", true);
        assertQuantity(f, "within two weeks or so", 14 * 86400, "s", true);
        Article a = QuoteTestSupport.seed(f);
        assertThat(new QuantityFinder().find(a, Fixtures.sentences(a)))
                .extracting(q -> q.span().text())
                .noneMatch(t -> t.contains("2022") || t.contains("eight ") && !t.contains("phone"));
    }

    @Test
    void quantitiesOf001() {
        assertQuantity("001_67db911ebd6f24f1.txt", "almost two and a half hours", 9000, "s", true);
    }

    @Test
    void quantitiesOf002() {
        String f = "002_604164b577e7c5a7.txt";
        assertQuantity(f, "1,000-mile", 1609344, "m", false);
        assertQuantity(f, "1,600-kilometer", 1600000, "m", false);
        assertQuantity(f, "79-year-old", 79, "year", false);
        assertQuantity(f, "within 24 hours", 86400, "s", true);
    }

    @Test
    void quantitiesOf003() {
        String f = "003_3508358cad0c78da.txt";
        assertQuantity(f, "about 20%", 0.2, "ratio", true);
        assertQuantity(f, "$20 billion", 2.0e10, "USD", false);
        assertQuantity(f, "5%", 0.05, "ratio", false);
        assertQuantity(f, "six crew members", 6, "member", false);
    }

    @Test
    void quantitiesOf004() {
        assertQuantity("004_1df48a8ff55d4118.txt", "over two hours", 7200, "s", true);
        Article a = QuoteTestSupport.seed("004_1df48a8ff55d4118.txt");
        assertThat(new QuantityFinder().find(a, Fixtures.sentences(a))).extracting(q -> q.span().text())
                .noneMatch(t -> t.contains("10") || t.contains("17"));
    }
}
