package org.corroborate.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Article;
import org.corroborate.api.EntityMention;
import org.corroborate.api.EntityType;
import org.corroborate.api.Quantity;
import org.corroborate.api.Quote;
import org.corroborate.api.Span;
import org.corroborate.api.Speaker;
import org.corroborate.api.TimeMention;

/**
 * A generated story of many annotated articles, for tests and benchmarks of the comparison and brief stages at scale
 * (no language model involved): every article retells some of a fixed pool of facts in one of a few wordings (with
 * entities, quantities, a date and a quote annotated by hand) and adds sentences of its own made of random made-up
 * words, so that unrelated sentences share little.
 * The same arguments give the same articles.
 *
 * <p>Stateless and thread-safe.
 */
public final class SyntheticStory {

    private static final String[] PLACES = {"Saltmere", "Vellmoor", "Northgate", "Eastmark", "Dunmore", "Kessel"};
    private static final String[] PEOPLE = {"Helena Varga", "Anna Brill", "Tomas Reed", "Ida Lund", "Omar Haddad"};
    private static final String[] NOUNS = {"fire", "warehouse", "harbour", "residents", "smoke", "council", "school",
            "firefighters", "hall", "street", "police", "river", "bridge", "hospital", "families", "inquiry",
            "company", "workers", "engine", "roof", "chemicals", "station", "officials", "report", "mayor", "road"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ten", "sar", "vu", "del", "ri", "po", "nash",
            "te", "gor", "bi", "lam", "fe", "zu", "mon", "ha", "kel", "dra"};

    private SyntheticStory() {
    }

    /**
     * Generates a story.
     *
     * @param articles how many articles, {@code >= 1}
     * @param facts    the size of the pool of shared facts, {@code >= 1}; each article retells about a third of them
     * @param seed     the random seed
     * @return the articles, dated one hour apart; never null
     */
    public static List<AnnotatedArticle> generate(int articles, int facts, long seed) {
        if (articles < 1 || facts < 1) {
            throw new IllegalArgumentException("articles and facts must be >= 1, got " + articles + ", " + facts);
        }
        Random random = new Random(seed);
        List<String[]> pool = new ArrayList<>();
        for (int f = 0; f < facts; f++) {
            pool.add(new String[] {words(random, 8), words(random, 3), PLACES[f % PLACES.length],
                    PEOPLE[f % PEOPLE.length], String.valueOf(10 + f)});
        }
        List<AnnotatedArticle> result = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            result.add(article(i, pool, random));
        }
        return List.copyOf(result);
    }

    private static AnnotatedArticle article(int index, List<String[]> pool, Random random) {
        StringBuilder text = new StringBuilder();
        record Mark(int start, int end, String kind, String value) {
        }
        List<Mark> marks = new ArrayList<>();
        for (int s = 0; s < 30; s++) {
            if (random.nextInt(3) == 0) {
                String[] fact = pool.get(random.nextInt(pool.size()));
                // one of two wordings: the fact's own words in two orders, with a few random words added
                String core = random.nextBoolean() ? fact[0] + " " + fact[1] : fact[1] + " " + fact[0];
                int start = text.length();
                text.append("In ").append(fact[2]).append(", ").append(core).append(' ').append(words(random, 2))
                        .append(" and ").append(fact[4]).append(" people were counted on Tuesday, ")
                        .append(fact[3]).append(" said \"").append(fact[0]).append("\". ");
                int place = start + 3;
                marks.add(new Mark(place, place + fact[2].length(), "place", fact[2]));
                int count = text.indexOf(fact[4] + " people", start);
                marks.add(new Mark(count, count + fact[4].length() + 7, "count", fact[4]));
                int day = text.indexOf("Tuesday", start);
                marks.add(new Mark(day, day + 7, "date", "2031-04-08"));
                int person = text.indexOf(fact[3] + " said", start);
                marks.add(new Mark(person, person + fact[3].length(), "person", fact[3]));
                int quote = person + fact[3].length() + 7;
                marks.add(new Mark(quote, quote + fact[0].length(), "quote", fact[3]));
            } else {
                text.append(Character.toUpperCase(NOUNS[random.nextInt(NOUNS.length)].charAt(0)))
                        .append(NOUNS[random.nextInt(NOUNS.length)].substring(1)).append(' ')
                        .append(words(random, 10 + random.nextInt(10))).append(". ");
            }
        }
        String id = String.format("synthetic-%04d", index);
        Article article = Fixtures.article(id, "Outlet " + (index % 97), "Report " + index,
                text.toString().strip(), String.format("2031-04-%02dT%02d:00:00Z", 8 + index / 24, index % 24));
        List<EntityMention> entities = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        List<TimeMention> times = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        EntityMention lastPerson = null;
        for (Mark m : marks) {
            Span span = Span.of(article, m.start(), m.end());
            switch (m.kind()) {
                case "place" -> entities.add(new EntityMention(span, EntityType.LOCATION, "location:" + m.value()));
                case "person" -> {
                    lastPerson = new EntityMention(span, EntityType.PERSON, "person:" + m.value());
                    entities.add(lastPerson);
                }
                case "count" -> quantities.add(new Quantity(span, Double.parseDouble(m.value()), "people", false));
                case "date" -> times.add(new TimeMention(span, "DATE", m.value(), m.value(), m.value()));
                default -> quotes.add(new Quote(span, null, lastPerson == null ? null
                        : new Speaker(lastPerson.span(), lastPerson.entityId(), m.value()), true));
            }
        }
        return new AnnotatedArticle(article, Fixtures.sentences(article), entities, List.of(), quotes, quantities,
                times, List.of());
    }

    /** {@code n} words: the first an ordinary word, the rest made-up words of two or three syllables. */
    private static String words(Random random, int n) {
        StringBuilder b = new StringBuilder(NOUNS[random.nextInt(NOUNS.length)]);
        for (int i = 1; i < n; i++) {
            b.append(' ');
            int syllables = 2 + random.nextInt(2);
            for (int k = 0; k < syllables; k++) {
                b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
        }
        return b.toString();
    }
}
