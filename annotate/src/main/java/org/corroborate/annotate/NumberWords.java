package org.corroborate.annotate;

import java.util.List;
import java.util.Map;

/**
 * Reads numbers written in words and fractions: {@code one} .. {@code ninety-nine}, {@code hundred},
 * {@code thousand}, {@code million}, {@code billion}, {@code trillion}, {@code a dozen}, {@code two and a half},
 * {@code a fifth}, {@code one-fifth}, {@code two-thirds}, {@code a quarter}, {@code half}. Ordinals
 * ({@code eighth}, {@code second}) are not numbers here.
 *
 * <p>Stateless and thread-safe.
 */
final class NumberWords {

    /**
     * A number read from words.
     *
     * @param value the value
     * @param next  the index of the first word after it
     */
    record Parsed(double value, int next) {
    }

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final Map<String, Double> MULTIPLIERS = Map.of("hundred", 1e2, "thousand", 1e3,
            "million", 1e6, "billion", 1e9, "trillion", 1e12, "bn", 1e9, "mn", 1e6, "dozen", 12.0);
    private static final Map<String, Integer> DENOMINATORS = Map.ofEntries(Map.entry("half", 2),
            Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3), Map.entry("quarter", 4),
            Map.entry("quarters", 4), Map.entry("fourth", 4), Map.entry("fourths", 4), Map.entry("fifth", 5),
            Map.entry("fifths", 5), Map.entry("sixth", 6), Map.entry("sixths", 6), Map.entry("seventh", 7),
            Map.entry("sevenths", 7), Map.entry("eighth", 8), Map.entry("eighths", 8), Map.entry("ninth", 9),
            Map.entry("ninths", 9), Map.entry("tenth", 10), Map.entry("tenths", 10));

    private NumberWords() {
    }

    /** The multiplier a word stands for ({@code million} = 1e6); 0 when none. */
    static double multiplier(String lower) {
        return lower == null ? 0 : MULTIPLIERS.getOrDefault(lower, 0.0);
    }

    /** The value of {@code one} .. {@code ninety-nine} written as one word; -1 when not such a word. */
    static int small(String lower) {
        if (lower == null) {
            return -1;
        }
        Integer v = SMALL.get(lower);
        if (v != null) {
            return v;
        }
        int dash = lower.indexOf('-');
        if (dash > 0) {
            Integer tens = SMALL.get(lower.substring(0, dash));
            Integer unit = SMALL.get(lower.substring(dash + 1));
            if (tens != null && unit != null && tens >= 20 && tens % 10 == 0 && unit > 0 && unit < 10) {
                return tens + unit;
            }
        }
        return -1;
    }

    /**
     * A cardinal number in words starting at {@code words[p]}: {@code two}, {@code twenty-five}, {@code three
     * hundred thousand}, {@code a dozen}, {@code a million}, {@code two and a half}.
     *
     * @param words lower-cased words, with {@code null} where a non-word (punctuation) stands
     * @param p     where to start
     * @return the number; null when none starts there
     */
    static Parsed cardinal(List<String> words, int p) {
        double total = 0;
        double current = 0;
        boolean any = false;
        int i = p;
        if (at(words, i, "a") && (multiplier(at(words, i + 1)) > 0)) {
            current = 1;
            any = true;
            i++;
        }
        while (i < words.size() && words.get(i) != null) {
            String w = words.get(i);
            int v = small(w);
            double m = multiplier(w);
            if (v >= 0) {
                if (any && current % 100 != 0 && !(v < 10 && current % 100 >= 20 && current % 10 == 0)) {
                    break;
                }
                current += v;
            } else if (m > 0 && any) {
                if (m >= 1000) {
                    total += (current == 0 ? 1 : current) * m;
                    current = 0;
                } else {
                    current = (current == 0 ? 1 : current) * m;
                }
            } else if (w.equals("and") && any && at(words, i + 1, "a") && denominator(at(words, i + 2)) > 0) {
                current += 1.0 / denominator(at(words, i + 2));
                i += 3;
                break;
            } else if (w.equals("and") && any && small(at(words, i + 1)) > 0 && current >= 100) {
                i++;
                continue;
            } else {
                break;
            }
            any = true;
            i++;
        }
        return any ? new Parsed(total + current, i) : null;
    }

    /**
     * A fraction starting at {@code words[p]}: {@code a fifth}, {@code one-fifth}, {@code two thirds}, {@code half}.
     * A singular fraction ({@code a fifth}, {@code a third}, {@code half}) must be followed by "of" or by a non-word,
     * so that ordinals ({@code a fifth operation}) are not read as fractions.
     *
     * @param words lower-cased words, {@code null} for non-words
     * @param p     where to start
     * @return the ratio; null when none starts there
     */
    static Parsed fraction(List<String> words, int p) {
        String w = at(words, p);
        if (w == null) {
            return null;
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            int num = numerator(w.substring(0, dash));
            int den = denominator(w.substring(dash + 1));
            return num > 0 && den > 0 ? new Parsed((double) num / den, p + 1) : null;
        }
        if (w.equals("half") && freeAfter(words, p + 1)) {
            return new Parsed(0.5, p + 1);
        }
        int num = numerator(w);
        int den = denominator(at(words, p + 1));
        if (num <= 0 || den <= 0) {
            return null;
        }
        boolean plural = at(words, p + 1).endsWith("s") && !at(words, p + 1).equals("halves");
        if (num == 1 && !freeAfter(words, p + 2)) {
            return null;
        }
        return num > 1 && !plural ? null : new Parsed((double) num / den, p + 2);
    }

    private static int denominator(String w) {
        return w == null ? -1 : DENOMINATORS.getOrDefault(w, -1);
    }

    private static int numerator(String w) {
        return w.equals("a") || w.equals("an") ? 1 : small(w);
    }

    private static boolean freeAfter(List<String> words, int i) {
        return i >= words.size() || words.get(i) == null || words.get(i).equals("of");
    }

    private static String at(List<String> words, int i) {
        return i >= 0 && i < words.size() ? words.get(i) : null;
    }

    private static boolean at(List<String> words, int i, String w) {
        return w.equals(at(words, i));
    }
}
