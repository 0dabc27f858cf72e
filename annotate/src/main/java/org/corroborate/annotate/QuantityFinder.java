package org.corroborate.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.api.Article;
import org.corroborate.api.Quantity;
import org.corroborate.api.Sentence;
import org.corroborate.api.Span;
import org.corroborate.api.Token;

/**
 * Finds quantities and normalises them (see {@link QuantityUnits} for the units).
 *
 * <p>A quantity is {@code [hedge] [currency sign] NUMBER [multiplier] [range] [unit | counted noun] [or so]}:
 * <ul>
 *   <li>NUMBER is digits ({@code 250,000}, {@code 1.5}), words ({@code two and a half}, {@code twenty-five},
 *       {@code a dozen}) or a fraction ({@code a fifth}, {@code one-fifth}, {@code two-thirds}, {@code half of});
 *       multipliers are {@code hundred} .. {@code trillion}, {@code bn}, {@code mn};</li>
 *   <li>percentages and fractions give {@code ratio} ({@code 20%} is 0.2, {@code 500 percent} is 5.0); lengths
 *       {@code m}, also as compound adjectives ({@code 1,000-mile} is 1609344); durations {@code s}
 *       ({@code almost two and a half hours} is 9000, approx); money its currency ({@code $20 billion} is 2.0E10
 *       USD); {@code 79-year-old} is an age, value 79, unit {@code year};</li>
 *   <li>otherwise the counted noun, made singular, is the unit ({@code 84 co-sponsors}: "co-sponsor";
 *       {@code more than 1 million military deaths}: "death"); with POS tags it is the last noun of the noun phrase
 *       after the number, without them the first plural word of the next three (or a single following word); digits
 *       with no noun have unit {@code count}; number words with no noun ({@code the two}, {@code one of}) are not
 *       quantities;</li>
 *   <li>a hedge ({@code about}, {@code almost}, {@code more than}, {@code over}, {@code at least}, {@code up to},
 *       {@code within}, ...) or a trailing {@code or so}/{@code or more} makes it approximate; the span includes the
 *       hedge;</li>
 *   <li>a range ({@code 60,000 to 100,000 dead}, {@code between 5 and 10 percent}) gives two quantities, one per
 *       bound, both with the unit found after the second and both approximate;</li>
 *   <li>skipped: years (1900-2100 as four digits with no unit but a counted noun), days next to a month name
 *       ({@code August 15}), times ({@code 10:30}, {@code 5 p.m.}), numbers tagged DATE/TIME/ORDINAL/SET by NER with no
 *       unit, ordinals ({@code eighth}, {@code 15th}, {@code a fifth operation}), numbers glued to letters or in IDs
 *       ({@code News10-17}, {@code F-16}, {@code 1990s}), digit pairs joined by a hyphen ({@code 10-17}), and vague
 *       plurals ({@code billions of dollars}, {@code hundreds of}).</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class QuantityFinder {

    private static final Pattern TOKEN =
            Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?|\\p{L}+(?:['’\\-]\\p{L}+)*|\\S");
    private static final Set<String> STOP = Set.of("of", "to", "in", "on", "at", "by", "for", "with", "from", "and",
            "or", "but", "the", "a", "an", "that", "which", "who", "whom", "is", "are", "was", "were", "be", "been",
            "had", "has", "have", "would", "will", "could", "can", "may", "might", "should", "must", "more", "than",
            "less", "per", "times", "ago", "later", "earlier", "before", "after", "this", "these", "those", "its",
            "their", "his", "her", "it", "they", "we", "he", "she", "as", "if", "so", "not", "no", "when", "while",
            "into", "over", "under", "between", "about", "during", "since", "until", "each", "o'clock");
    private static final Set<String> DATE_NER = Set.of("DATE", "TIME", "ORDINAL", "SET");
    private static final Set<String> CLOCK = Set.of("am", "pm");

    private enum Kind { DIGITS, WORDS, FRACTION }

    private record Tok(int start, int end, String text, String lower, boolean digits, boolean word) {
    }

    private record Num(double value, int first, int next, Kind kind) {
    }

    /**
     * @param article   the article (offsets index its text); never null
     * @param sentences its sentences with tokens; used for POS tags and NER classes when present; null means none
     * @return quantities in text order; never null
     */
    List<Quantity> find(Article article, List<Sentence> sentences) {
        Objects.requireNonNull(article, "article");
        String text = article.text();
        TreeMap<Integer, Token> tokens = new TreeMap<>();
        boolean tagged = false;
        for (Sentence s : sentences == null ? List.<Sentence>of() : sentences) {
            for (Token t : s.tokens()) {
                tokens.put(t.start(), t);
                tagged |= t.tag() != null && t.tag().startsWith("VB");
            }
        }
        List<Tok> toks = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String s = m.group();
            boolean digits = Character.isDigit(s.charAt(0));
            toks.add(new Tok(m.start(), m.end(), s, s.toLowerCase(Locale.ROOT), digits,
                    !digits && Character.isLetter(s.charAt(0))));
        }
        List<String> words = new ArrayList<>();
        toks.forEach(t -> words.add(t.word() ? t.lower() : null));
        Context c = new Context(article, toks, words, tokens, tagged);
        List<Quantity> result = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            int next = c.parse(i, result);
            if (next > i) {
                i = next - 1;
            }
        }
        return List.copyOf(result);
    }

    /** The tokens of one article; a local helper of {@link #find}, never shared. */
    private record Context(Article article, List<Tok> toks, List<String> words, TreeMap<Integer, Token> tokens,
                           boolean tagged) {

        /** Parses a quantity at token {@code i}, adding it to {@code out}; returns the next token, or i when none. */
        int parse(int i, List<Quantity> out) {
            int p = i;
            int hedge = QuantityUnits.hedge(words, p);
            p += hedge;
            String currency = sign(p);
            p += currency == null ? 0 : (tok(p).text().equals("US") ? 2 : 1);
            Num first = number(p);
            if (first == null || skipped(first)) {
                return i;
            }
            Num second = null;
            int q = first.next();
            String connector = word(q);
            boolean between = "between".equals(word(i - 1));
            if ((("to".equals(connector) && !between) || ("and".equals(connector) && between)
                    || (is(q, "–") && !adjacent(q - 1, q))) && first.kind() != Kind.FRACTION) {
                int r = q + 1 + (sign(q + 1) == null ? 0 : 1);
                Num n = number(r);
                if (n != null && n.kind() != Kind.FRACTION && !skipped(n)) {
                    second = n;
                }
            }
            Num lastNum = second == null ? first : second;
            int after = lastNum.next();
            String unit = null;
            double factor = 1;
            int last = after - 1;
            if (first.kind() == Kind.FRACTION) {
                unit = "ratio";
            } else if (currency != null) {
                unit = currency;
            } else if (is(after, "%")) {
                unit = "ratio";
                factor = 0.01;
                last = after;
            } else if ("per".equals(word(after)) && "cent".equals(word(after + 1))) {
                unit = "ratio";
                factor = 0.01;
                last = after + 1;
            } else {
                int u = is(after, "-") && adjacent(after - 1, after) && adjacent(after, after + 1) ? after + 1 : after;
                String w = word(u);
                if ("year-old".equals(w) || "years-old".equals(w)
                        || (("year".equals(w) || "years".equals(w)) && "old".equals(word(u + 1)))) {
                    unit = "year";
                    last = w.endsWith("old") ? u : u + 1;
                } else if (QuantityUnits.unit(w) != null) {
                    unit = QuantityUnits.unit(w).unit();
                    factor = QuantityUnits.unit(w).factor();
                    last = u;
                }
            }
            boolean year = first.kind() == Kind.DIGITS && isYear(first) && second == null;
            if (unit == null && (year || nerDate(first))) {
                return i;
            }
            if (unit == null) {
                int noun = countedNoun(after);
                if (noun >= 0) {
                    unit = QuantityUnits.singular(tok(noun).lower());
                    last = noun;
                } else if (lastNum.kind() == Kind.DIGITS) {
                    unit = "count";
                } else {
                    return i;
                }
            }
            boolean approx = hedge > 0 || second != null;
            if ("or".equals(word(last + 1)) && ("so".equals(word(last + 2)) || "more".equals(word(last + 2)))) {
                approx = true;
                last += 2;
            }
            int start = tok(i).start();
            if (second == null) {
                out.add(new Quantity(Span.of(article, start, tok(last).end()), first.value() * factor, unit, approx));
            } else {
                out.add(new Quantity(Span.of(article, start, tok(first.next() - 1).end()), first.value() * factor,
                        unit, true));
                out.add(new Quantity(Span.of(article, tok(second.first()).start(), tok(last).end()),
                        second.value() * factor, unit, true));
            }
            return last + 1;
        }

        /** A number at token {@code p}: digits (with a multiplier word), words or a fraction. */
        private Num number(int p) {
            if (p >= toks.size()) {
                return null;
            }
            Tok t = tok(p);
            if (t.digits()) {
                if (glued(p)) {
                    return null;
                }
                double v = Double.parseDouble(t.text().replace(",", ""));
                double mult = NumberWords.multiplier(word(p + 1));
                if (mult > 0 && !"dozen".equals(word(p + 1))) {
                    return new Num(v * mult, p, p + 2, Kind.DIGITS);
                }
                return new Num(v, p, p + 1, Kind.DIGITS);
            }
            if (!t.word() || (p > 0 && adjacent(p - 1, p) && (tok(p - 1).word() || tok(p - 1).digits()))) {
                return null;
            }
            NumberWords.Parsed fraction = NumberWords.fraction(words, p);
            NumberWords.Parsed cardinal = NumberWords.cardinal(words, p);
            if (fraction != null && (cardinal == null || fraction.next() > cardinal.next())) {
                return new Num(fraction.value(), p, fraction.next(), Kind.FRACTION);
            }
            return cardinal == null ? null : new Num(cardinal.value(), p, cardinal.next(), Kind.WORDS);
        }

        /** Digits glued to letters or digits ({@code News10}, {@code 15th}, {@code 10-17}, {@code F-16}), or a time. */
        private boolean glued(int p) {
            Tok t = tok(p);
            String text = article.text();
            int s = t.start();
            if (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
                return true;
            }
            if (s > 1 && "-/:".indexOf(text.charAt(s - 1)) >= 0 && Character.isLetterOrDigit(text.charAt(s - 2))) {
                return true;
            }
            if (p + 1 < toks.size() && adjacent(p, p + 1)) {
                Tok n = tok(p + 1);
                if (n.word()) {
                    return NumberWords.multiplier(n.lower()) <= 0 && QuantityUnits.unit(n.lower()) == null;
                }
                if ((n.text().equals("-") || n.text().equals("/") || n.text().equals(":"))
                        && p + 2 < toks.size() && adjacent(p + 1, p + 2) && tok(p + 2).digits()) {
                    return true;
                }
            }
            String w1 = word(p + 1);
            return w1 != null && CLOCK.contains(w1) || "o'clock".equals(w1)
                    || (("a".equals(w1) || "p".equals(w1)) && is(p + 2, ".") && "m".equals(word(p + 3)));
        }

        /** Years, days beside month names, and numbers that NER calls a date, time or ordinal. */
        private boolean skipped(Num n) {
            if (n.kind() != Kind.DIGITS) {
                return false;
            }
            int p = n.first();
            double v = n.value();
            boolean day = v >= 1 && v <= 31 && v == Math.floor(v);
            int before = is(p - 1, ".") ? p - 2 : p - 1;
            return day && (QuantityUnits.month(word(before)) || QuantityUnits.month(word(p + 1)));
        }

        private boolean isYear(Num n) {
            String t = tok(n.first()).text();
            return n.next() == n.first() + 1 && t.length() == 4 && n.value() >= 1900 && n.value() <= 2100;
        }

        private boolean nerDate(Num n) {
            Token t = tokens.get(tok(n.first()).start());
            return t != null && t.ner() != null && DATE_NER.contains(t.ner());
        }

        /** The counted noun after token {@code p}; -1 when none. */
        private int countedNoun(int p) {
            if (tagged) {
                int noun = -1;
                for (int q = p; q < toks.size() && q - p < 4 && tok(q).word(); q++) {
                    String tag = tag(q);
                    if (tag.startsWith("NN") && !tag.startsWith("NNP")) {
                        noun = q;
                    } else if (noun >= 0 || !(tag.startsWith("JJ") || tag.equals("VBN") || tag.startsWith("NNP"))) {
                        break;
                    }
                }
                return noun;
            }
            for (int q = p; q < toks.size() && q - p < 3; q++) {
                String w = word(q);
                if (w == null || STOP.contains(w) || (q > p && !adjacentBySpace(q - 1, q))) {
                    break;
                }
                if (QuantityUnits.plural(w)) {
                    return q;
                }
                if (q == p && (word(q + 1) == null || STOP.contains(word(q + 1)))
                        && Character.isLowerCase(tok(q).text().charAt(0)) && !w.endsWith("ed") && !w.endsWith("ing")) {
                    return q;
                }
            }
            return -1;
        }

        private String tag(int q) {
            Token t = tokens.get(tok(q).start());
            return t == null || t.tag() == null ? "" : t.tag();
        }

        private String sign(int p) {
            if (p < toks.size() && QuantityUnits.currency(tok(p).text()) != null) {
                return QuantityUnits.currency(tok(p).text());
            }
            if (p + 1 < toks.size() && tok(p).text().equals("US") && is(p + 1, "$") && adjacent(p, p + 1)) {
                return "USD";
            }
            return null;
        }

        private Tok tok(int i) {
            return toks.get(i);
        }

        private String word(int i) {
            return i >= 0 && i < words.size() ? words.get(i) : null;
        }

        private boolean is(int i, String text) {
            return i >= 0 && i < toks.size() && toks.get(i).text().equals(text);
        }

        private boolean adjacent(int a, int b) {
            return a >= 0 && b < toks.size() && toks.get(a).end() == toks.get(b).start();
        }

        private boolean adjacentBySpace(int a, int b) {
            return article.text().substring(toks.get(a).end(), toks.get(b).start()).isBlank();
        }
    }
}
