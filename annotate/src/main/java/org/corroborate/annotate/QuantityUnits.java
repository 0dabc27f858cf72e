package org.corroborate.annotate;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The units and hedges {@link QuantityFinder} knows, and how counted nouns are made singular.
 *
 * <p>Normalised units: {@code ratio} (percentages and fractions), {@code m} (lengths in metres), {@code s} (durations in
 * seconds; a month is 1/12 of a Gregorian year, a year 365.2425 days), currency codes ({@code USD}, {@code EUR},
 * {@code GBP}, ...), {@code year} (an age), {@code count} or a counted noun made singular.
 *
 * <p>Stateless and thread-safe.
 */
final class QuantityUnits {

    /**
     * A unit.
     *
     * @param unit   the normalised unit
     * @param factor what one of it is in the normalised unit
     */
    record Unit(String unit, double factor) {
    }

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("percent", new Unit("ratio", 0.01)), Map.entry("pct", new Unit("ratio", 0.01)),
            Map.entry("mile", new Unit("m", 1609.344)), Map.entry("miles", new Unit("m", 1609.344)),
            Map.entry("mi", new Unit("m", 1609.344)),
            Map.entry("km", new Unit("m", 1000)), Map.entry("kms", new Unit("m", 1000)),
            Map.entry("kilometer", new Unit("m", 1000)), Map.entry("kilometers", new Unit("m", 1000)),
            Map.entry("kilometre", new Unit("m", 1000)), Map.entry("kilometres", new Unit("m", 1000)),
            Map.entry("meter", new Unit("m", 1)), Map.entry("meters", new Unit("m", 1)),
            Map.entry("metre", new Unit("m", 1)), Map.entry("metres", new Unit("m", 1)),
            Map.entry("foot", new Unit("m", 0.3048)), Map.entry("feet", new Unit("m", 0.3048)),
            Map.entry("ft", new Unit("m", 0.3048)), Map.entry("yard", new Unit("m", 0.9144)),
            Map.entry("yards", new Unit("m", 0.9144)),
            Map.entry("second", new Unit("s", 1)), Map.entry("seconds", new Unit("s", 1)),
            Map.entry("minute", new Unit("s", 60)), Map.entry("minutes", new Unit("s", 60)),
            Map.entry("hour", new Unit("s", 3600)), Map.entry("hours", new Unit("s", 3600)),
            Map.entry("day", new Unit("s", 86400)), Map.entry("days", new Unit("s", 86400)),
            Map.entry("week", new Unit("s", 604800)), Map.entry("weeks", new Unit("s", 604800)),
            Map.entry("month", new Unit("s", 2629746)), Map.entry("months", new Unit("s", 2629746)),
            Map.entry("year", new Unit("s", 31556952)), Map.entry("years", new Unit("s", 31556952)),
            Map.entry("decade", new Unit("s", 315569520)), Map.entry("decades", new Unit("s", 315569520)),
            Map.entry("dollar", new Unit("USD", 1)), Map.entry("dollars", new Unit("USD", 1)),
            Map.entry("euro", new Unit("EUR", 1)), Map.entry("euros", new Unit("EUR", 1)),
            Map.entry("rouble", new Unit("RUB", 1)), Map.entry("roubles", new Unit("RUB", 1)),
            Map.entry("ruble", new Unit("RUB", 1)), Map.entry("rubles", new Unit("RUB", 1)),
            Map.entry("hryvnia", new Unit("UAH", 1)), Map.entry("hryvnias", new Unit("UAH", 1)));
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "€", "EUR", "£", "GBP");
    private static final List<List<String>> HEDGES = List.of(
            List.of("as", "many", "as"), List.of("as", "much", "as"), List.of("more", "than"),
            List.of("less", "than"), List.of("fewer", "than"), List.of("at", "least"), List.of("up", "to"),
            List.of("close", "to"), List.of("upwards", "of"), List.of("just", "over"), List.of("just", "under"),
            List.of("well", "over"), List.of("an", "estimated"), List.of("about"), List.of("around"),
            List.of("almost"), List.of("nearly"), List.of("roughly"), List.of("some"), List.of("over"),
            List.of("approximately"), List.of("approx"), List.of("under"), List.of("within"), List.of("circa"),
            List.of("estimated"));
    private static final Map<String, String> IRREGULAR = Map.of("people", "person", "men", "man", "women", "woman",
            "children", "child", "lives", "life", "wives", "wife", "feet", "foot", "mice", "mouse", "data", "data");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    private QuantityUnits() {
    }

    /** The unit a word names ({@code miles}, {@code percent}, {@code hours}); null when none. */
    static Unit unit(String lower) {
        return lower == null ? null : UNITS.get(lower);
    }

    /** The currency code of a sign ({@code $} is USD); null when none. */
    static String currency(String sign) {
        return sign == null ? null : CURRENCY_SIGNS.get(sign);
    }

    /** True for a month name or its abbreviation. */
    static boolean month(String lower) {
        return lower != null && MONTHS.contains(lower);
    }

    /** The number of words of the hedge starting at {@code words[p]} ("more than" is 2); 0 when none. */
    static int hedge(List<String> words, int p) {
        for (List<String> h : HEDGES) {
            boolean match = p + h.size() <= words.size();
            for (int i = 0; match && i < h.size(); i++) {
                match = h.get(i).equals(words.get(p + i));
            }
            if (match) {
                return h.size();
            }
        }
        return 0;
    }

    /** A plural noun made singular by simple rules: {@code co-sponsors}, {@code casualties}, {@code people}. */
    static String singular(String lower) {
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return irregular;
        }
        if (lower.length() > 4 && lower.endsWith("ies")) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")
                || lower.endsWith("zes")) {
            return lower.substring(0, lower.length() - 2);
        }
        if (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is")) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower;
    }

    /** True when {@code lower} looks like a plural noun (ends in s, not ss/us/is). */
    static boolean plural(String lower) {
        return IRREGULAR.containsKey(lower) || !singular(lower).equals(lower);
    }
}
