package org.corroborate.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stemmer of ROUGE-1.5.5's {@code -m} option: the WordNet 2.0 exception table first (e.g. {@code went → go},
 * {@code mice → mouse}), else ROUGE's Porter stemmer, which is Martin Porter's algorithm (with the {@code bli → ble}
 * and {@code logi → log} departures) whose step 4 C.-Y. Lin changed in 2004 into three checks run one after the other.
 * Tokens of three characters or fewer are returned unchanged.
 *
 * <p>Input tokens are expected as ROUGE tokenises them: lower-case ASCII letters, digits and {@code -}. The
 * exception table ships as a resource ({@code wordnet-2.0-exceptions.tsv}, WordNet licence beside it).
 *
 * <p>Immutable and thread-safe; create one with {@link #standard()} and share it.
 */
public final class RougeStemmer {

    private static final String RESOURCE = "wordnet-2.0-exceptions.tsv";

    // The regular expressions of the Perl Porter stemmer ROUGE-1.5.5 carries.
    private static final String C = "[^aeiou][^aeiouy]*";
    private static final String V = "[aeiouy][aeiou]*";
    private static final Pattern MGR0 = Pattern.compile("^(" + C + ")?" + V + C);
    private static final Pattern MEQ1 = Pattern.compile("^(" + C + ")?" + V + C + "(" + V + ")?$");
    private static final Pattern MGR1 = Pattern.compile("^(" + C + ")?" + V + C + V + C);
    private static final Pattern VOWEL_IN_STEM = Pattern.compile("^(" + C + ")?[aeiouy]");
    private static final Pattern CVC = Pattern.compile("^" + C + "[aeiouy][^aeiouwxy]$");

    private static final Pattern STEP1A_SSES_IES = Pattern.compile("^(.+?)(ss|i)es$");
    private static final Pattern STEP1A_S = Pattern.compile("^(.+?)([^s])s$");
    private static final Pattern STEP1B_EED = Pattern.compile("^(.+?)eed$");
    private static final Pattern STEP1B_ED_ING = Pattern.compile("^(.+?)(ed|ing)$");
    private static final Pattern STEP1B_AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
    private static final Pattern STEP1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern STEP1C = Pattern.compile("^(.+?)y$");
    private static final Pattern STEP2 = Pattern.compile("^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli"
            + "|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern STEP3 = Pattern.compile("^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern STEP4A = Pattern.compile(
            "^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern STEP4B = Pattern.compile("^(.+?)ment$");
    private static final Pattern STEP4C_ENT = Pattern.compile("^(.+?)ent$");
    private static final Pattern STEP4C_ION = Pattern.compile("^(.+?)(s|t)ion$");
    private static final Pattern STEP5_E = Pattern.compile("^(.+?)e$");

    private static final Map<String, String> STEP2_MAP = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
            Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"), Map.entry("alli", "al"),
            Map.entry("entli", "ent"), Map.entry("eli", "e"), Map.entry("ousli", "ous"),
            Map.entry("ization", "ize"), Map.entry("ation", "ate"), Map.entry("ator", "ate"),
            Map.entry("alism", "al"), Map.entry("iveness", "ive"), Map.entry("fulness", "ful"),
            Map.entry("ousness", "ous"), Map.entry("aliti", "al"), Map.entry("iviti", "ive"),
            Map.entry("biliti", "ble"), Map.entry("logi", "log"));
    private static final Map<String, String> STEP3_MAP = Map.of(
            "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    private final Map<String, String> exceptions;

    private RougeStemmer(Map<String, String> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    /**
     * The stemmer with the bundled WordNet 2.0 exception table.
     *
     * @throws UncheckedIOException  when the resource cannot be read
     * @throws IllegalStateException when the resource is missing
     */
    public static RougeStemmer standard() {
        try (InputStream in = RougeStemmer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            Map<String, String> table = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    table.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            return new RougeStemmer(table);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The size of the exception table. */
    int exceptionCount() {
        return exceptions.size();
    }

    /**
     * The ROUGE stem of {@code token}; tokens of three characters or fewer come back unchanged.
     *
     * @param token a lower-case token; never null
     * @return its stem; never null
     */
    public String stem(String token) {
        Objects.requireNonNull(token, "token");
        if (token.length() <= 3) {
            return token;
        }
        String base = exceptions.get(token);
        return base != null ? base : porter(token);
    }

    /** ROUGE's Porter stemmer alone (no exception table, no length rule beyond Porter's own). */
    static String porter(String token) {
        if (token.length() < 3) {
            return token;
        }
        String w = token;
        boolean initialY = w.charAt(0) == 'y';
        if (initialY) {
            w = "Y" + w.substring(1);
        }
        w = step1(w);
        w = step2And3(w);
        w = step4(w);
        w = step5(w);
        if (initialY) {
            w = "y" + w.substring(1);
        }
        return w;
    }

    private static String step1(String word) {
        String w = word;
        Matcher m = STEP1A_SSES_IES.matcher(w);
        if (m.matches()) {
            w = m.group(1) + m.group(2);
        } else if ((m = STEP1A_S.matcher(w)).matches()) {
            w = m.group(1) + m.group(2);
        }
        m = STEP1B_EED.matcher(w);
        if (m.matches()) {
            if (MGR0.matcher(m.group(1)).find()) {
                w = w.substring(0, w.length() - 1);
            }
        } else if ((m = STEP1B_ED_ING.matcher(w)).matches()) {
            String stem = m.group(1);
            if (VOWEL_IN_STEM.matcher(stem).find()) {
                w = stem;
                if (STEP1B_AT_BL_IZ.matcher(w).find()) {
                    w = w + "e";
                } else if (STEP1B_DOUBLE.matcher(w).find()) {
                    w = w.substring(0, w.length() - 1);
                } else if (CVC.matcher(w).find()) {
                    w = w + "e";
                }
            }
        }
        m = STEP1C.matcher(w);
        if (m.matches() && VOWEL_IN_STEM.matcher(m.group(1)).find()) {
            w = m.group(1) + "i";
        }
        return w;
    }

    private static String step2And3(String word) {
        String w = word;
        Matcher m = STEP2.matcher(w);
        if (m.matches() && MGR0.matcher(m.group(1)).find()) {
            w = m.group(1) + STEP2_MAP.get(m.group(2));
        }
        m = STEP3.matcher(w);
        if (m.matches() && MGR0.matcher(m.group(1)).find()) {
            w = m.group(1) + STEP3_MAP.get(m.group(2));
        }
        return w;
    }

    /** Lin's step 4: three checks in turn, each removing its suffix only when m(stem) &gt; 1. */
    private static String step4(String word) {
        String w = word;
        Matcher m = STEP4A.matcher(w);
        if (m.matches() && MGR1.matcher(m.group(1)).find()) {
            w = m.group(1);
        }
        m = STEP4B.matcher(w);
        if (m.matches() && MGR1.matcher(m.group(1)).find()) {
            w = m.group(1);
        }
        m = STEP4C_ENT.matcher(w);
        if (m.matches()) {
            if (MGR1.matcher(m.group(1)).find()) {
                w = m.group(1);
            }
        } else if ((m = STEP4C_ION.matcher(w)).matches()) {
            String stem = m.group(1) + m.group(2);
            if (MGR1.matcher(stem).find()) {
                w = stem;
            }
        }
        return w;
    }

    private static String step5(String word) {
        String w = word;
        Matcher m = STEP5_E.matcher(w);
        if (m.matches()) {
            String stem = m.group(1);
            if (MGR1.matcher(stem).find()
                    || (MEQ1.matcher(stem).find() && !CVC.matcher(stem).find())) {
                w = stem;
            }
        }
        if (w.endsWith("ll") && MGR1.matcher(w).find()) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
