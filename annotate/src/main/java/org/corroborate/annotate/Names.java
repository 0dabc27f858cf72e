package org.corroborate.annotate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.corroborate.api.EntityType;

/** Spelling rules for entity names: folding, slugs, titles, name parts, well-known aliases. Stateless. */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_SLUG = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Words that may precede a person's name without being part of it; compared lower case without dots. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president",
            "vice", "prime", "minister", "foreign", "defense", "defence", "sen", "senator", "rep", "representative",
            "gen", "general", "gov", "governor", "secretary", "chancellor", "king", "queen", "pope", "sir", "dame",
            "lord", "lady", "judge", "justice", "adm", "admiral", "col", "colonel", "lt", "capt", "captain", "sgt",
            "first", "speaker", "leader", "majority", "minority", "mayor", "ambassador", "aide", "adviser", "advisor",
            "spokesman", "spokeswoman", "spokesperson", "chief", "deputy", "former", "us", "u.s", "russian",
            "ukrainian", "american", "hungarian", "the", "premier", "state", "of", "kremlin");

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /** Lower-case spelling, dots removed, leading "the" removed → canonical name. Types are not distinguished. */
    private static final Map<String, String> PLACE_ALIASES = Map.ofEntries(
            Map.entry("us", "United States"), Map.entry("usa", "United States"),
            Map.entry("united states", "United States"), Map.entry("united states of america", "United States"),
            Map.entry("uk", "United Kingdom"), Map.entry("britain", "United Kingdom"),
            Map.entry("great britain", "United Kingdom"), Map.entry("united kingdom", "United Kingdom"),
            Map.entry("eu", "European Union"), Map.entry("european union", "European Union"),
            Map.entry("un", "United Nations"), Map.entry("united nations", "United Nations"));

    private static final Set<String> CONNECTORS = Set.of("and", "of", "for", "the", "on", "in", "&");

    private Names() {
    }

    /** Decomposes and strips combining marks: "Mélenchon" → "Melenchon", "Orbán" → "Orban". */
    static String fold(String s) {
        String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return folded.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O').replace('đ', 'd')
                .replace('Đ', 'D').replace("ß", "ss").replace('’', '\'');
    }

    /** Lower-case, folded, runs of non-letters as one dash: "Volodymyr Zelenskyy" → "volodymyr-zelenskyy". */
    static String slug(String name) {
        String s = NON_SLUG.matcher(fold(name).toLowerCase(Locale.ROOT)).replaceAll("-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : s;
    }

    /** The entity id for a canonical name: {@code person:donald-trump}. */
    static String id(EntityType type, String canonical) {
        return type.name().toLowerCase(Locale.ROOT) + ":" + slug(canonical);
    }

    /** The words of a name, without surrounding punctuation and possessive endings. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.trim().split("\\s+")) {
            String t = w.replaceAll("^[\\p{Punct}“”‘’«»]+", "").replaceAll("[,;:!?“”‘’«»\"()\\[\\]]+$", "");
            t = t.replaceAll("['’]s$", "");
            if (!t.isEmpty()) {
                words.add(t);
            }
        }
        return words;
    }

    private static String bare(String word) {
        return fold(word).toLowerCase(Locale.ROOT).replace(".", "");
    }

    /** The name without leading titles and roles: "President Donald Trump" → "Donald Trump", "Mr. Trump" → "Trump". */
    static String stripTitles(String name) {
        List<String> words = words(name);
        int i = 0;
        while (i < words.size() - 1 && TITLES.contains(bare(words.get(i)))) {
            i++;
        }
        return String.join(" ", words.subList(i, words.size()));
    }

    /**
     * A person's name split into parts; all parts are kept as written.
     *
     * @param first  the first given name or initial; null when only a surname is known
     * @param last   the surname
     * @param suffix "jr", "sr", "ii", ... (normalised); null when none
     * @param words  the name's words without titles
     * @param firstKey the {@link NameMatcher#key} of {@code first}; null when {@code first} is null
     * @param lastKey  the {@link NameMatcher#key} of {@code last}
     */
    record PersonName(String first, String last, String suffix, List<String> words, String firstKey, String lastKey) {

        /** A name with the {@link NameMatcher#key} of its given name and surname computed once. */
        PersonName(String first, String last, String suffix, List<String> words) {
            this(first, last, suffix, words, first == null ? null : NameMatcher.key(first), NameMatcher.key(last));
        }

        boolean full() {
            return first != null;
        }

        String text() {
            return String.join(" ", words);
        }
    }

    /** Parses a person's name; null when nothing is left after removing titles. */
    static PersonName person(String name) {
        List<String> words = new ArrayList<>(words(stripTitles(name)));
        if (words.isEmpty()) {
            return null;
        }
        String suffix = null;
        if (words.size() > 1 && SUFFIXES.contains(bare(words.get(words.size() - 1)))) {
            suffix = bare(words.get(words.size() - 1));
            words.remove(words.size() - 1);
        }
        String last = words.get(words.size() - 1);
        String first = words.size() > 1 ? words.get(0) : null;
        return new PersonName(first, last, suffix, List.copyOf(words));
    }

    /** True for a given name written as an initial: "V." or "V". */
    static boolean isInitial(String word) {
        String b = bare(word);
        return b.length() == 1;
    }

    /** The key under which organisations and places of one type are merged: folded, lower case, no dots, no "the". */
    static String placeKey(String name) {
        String k = String.join(" ", words(name.replace(".", ""))).toLowerCase(Locale.ROOT);
        k = fold(k).replaceAll("^the\\s+", "");
        return k;
    }

    /** The well-known canonical name for a spelling ("U.S." → "United States"); null when none. */
    static String knownCanonical(String name) {
        return PLACE_ALIASES.get(placeKey(name));
    }

    /** True when {@code acronym} ("CSIS", "NATO") is the initials of {@code full}'s capitalised words. */
    static boolean isAcronymOf(String acronym, String full) {
        String a = acronym.replace(".", "");
        if (a.length() < 2 || a.length() > 8 || !a.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : words(full)) {
            if (!CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.length() >= 2 && initials.toString().equals(a);
    }

    /** Lower-case words that are pronouns; they are never entity mentions. */
    static boolean isPronoun(String text) {
        boolean acronym = text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT));
        return !acronym && PRONOUNS.contains(text.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> PRONOUNS = Set.copyOf(Arrays.asList("he", "she", "it", "they", "him", "her",
            "his", "hers", "its", "their", "theirs", "them", "we", "us", "our", "i", "me", "my", "you", "your",
            "himself", "herself", "themselves", "itself", "who", "whom", "whose"));
}
