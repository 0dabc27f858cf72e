package org.corroborate.annotate;

import java.util.Locale;
import java.util.Objects;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * When two spellings of a person's name may be the same person: transliteration variants of one surname
 * (Zelensky, Zelenskiy, Zelenskyy) and compatible given names (Yury/Yuri, Sergey/Sergei, "V." and "Vladimir"). Two
 * different given names with the same surname stay apart (Melania Trump, Donald Trump). Stateless and thread-safe.
 */
final class NameMatcher {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final double SURNAME_SIMILARITY = 0.93;
    private static final double GIVEN_NAME_SIMILARITY = 0.90;
    /** Romanisation endings read as one "y" ("-skyy", "-skiy", "-skyi", "-skij", "-skii"), longest match first. */
    private static final String[] SKI_ENDINGS = {"yy", "iy", "yi", "ij", "ii"};

    private NameMatcher() {
    }

    /**
     * A transliteration-neutral key: folded, lower case, letters only, with common Slavic romanisation endings
     * unified ("-skyy", "-skiy", "-skyi", "-ski" → "-ski"; "-ey" → "-ei"; "-y" → "-i"; "x" → "ks").
     */
    static String key(String word) {
        String folded = Names.fold(word).toLowerCase(Locale.ROOT);
        StringBuilder letters = new StringBuilder(folded.length() + 2);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == 'x') {
                letters.append("ks");
            } else if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        String k = letters.toString();
        for (String ending : SKI_ENDINGS) {
            if (k.endsWith(ending)) {
                k = k.substring(0, k.length() - ending.length()) + "y";
                break;
            }
        }
        if (k.endsWith("ey")) {
            k = k.substring(0, k.length() - 2) + "ei";
        }
        if (k.endsWith("y")) {
            k = k.substring(0, k.length() - 1) + "i";
        }
        return k;
    }

    /** True when two surnames are the same name, possibly transliterated differently. */
    static boolean sameSurname(String a, String b) {
        return sameSurname(a, key(a), b, key(b));
    }

    /** {@link #sameSurname(String, String)} for two parsed names, with their keys computed once. */
    static boolean sameSurname(Names.PersonName a, Names.PersonName b) {
        return sameSurname(a.last(), a.lastKey(), b.last(), b.lastKey());
    }

    private static boolean sameSurname(String a, String ka, String b, String kb) {
        if (ka.isEmpty() || kb.isEmpty()) {
            return Names.fold(a).equalsIgnoreCase(Names.fold(b));
        }
        if (ka.equals(kb)) {
            return true;
        }
        if (Math.min(ka.length(), kb.length()) < 5 || ka.charAt(0) != kb.charAt(0)
                || Math.abs(ka.length() - kb.length()) > 2) {
            return false;
        }
        return JARO_WINKLER.apply(ka, kb) >= SURNAME_SIMILARITY;
    }

    /** True when two given names (or initials) may name the same person. */
    static boolean sameGivenName(String a, String b) {
        return sameGivenName(a, key(a), b, key(b));
    }

    private static boolean sameGivenName(String a, String ka, String b, String kb) {
        if (Names.isInitial(a) || Names.isInitial(b)) {
            return Character.toLowerCase(Names.fold(a).charAt(0)) == Character.toLowerCase(Names.fold(b).charAt(0));
        }
        if (ka.equals(kb)) {
            return true;
        }
        return !ka.isEmpty() && !kb.isEmpty() && ka.charAt(0) == kb.charAt(0)
                && JARO_WINKLER.apply(ka, kb) >= GIVEN_NAME_SIMILARITY;
    }

    /**
     * True when two full names (both with a given name) may be the same person: same surname, compatible given names,
     * same generational suffix.
     */
    static boolean sameFullName(Names.PersonName a, Names.PersonName b) {
        return a.full() && b.full() && Objects.equals(a.suffix(), b.suffix()) && sameSurname(a, b)
                && sameGivenName(a.first(), a.firstKey(), b.first(), b.firstKey());
    }
}
