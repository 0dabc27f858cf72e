package org.corroborate.annotate;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Speech cues: verbs of saying in any tense ("say", "said", "says", "saying", "told", "wrote", "insisted", "tweeted",
 * ...), "told reporters" and "according to".
 *
 * <p>A word is a cue when it is one of the verb forms, is not inside quotation marks, and reads as a verb: with real
 * POS tags, its tag is {@code VB*}; without tags (naive tokens), it is not capitalised mid-sentence ("Washington
 * Post") and not preceded by a determiner ("a comment"). A form preceded by a form of "be" ("was told", "is said
 * to") is passive and is not a cue, unless it is tagged {@code VBG} ("is saying", "are calling for": progressive,
 * a finite cue). {@link #atAny} adds the non-speech attribution verbs of {@link QuoteVerbs} and verb particles.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteCues {

    /** How a cue relates to its speaker. */
    enum Kind {
        /** A finite verb: the speaker is its subject ("Trump said", "said Trump"). */
        FINITE,
        /** A participle ("..., saying"): the speaker is the subject of the main clause. */
        PARTICIPLE,
        /** "according to X": the speaker follows. */
        ACCORDING_TO
    }

    /**
     * A cue.
     *
     * @param first its first word
     * @param last  its last word ("told reporters" spans two)
     * @param kind  how its speaker is found
     * @param tell  true for forms of "tell", whose object ("reporters", "him") follows
     * @param broad true for a non-speech attribution verb ({@link QuoteVerbs}: "believes", "called for")
     * @param base  the verb's base form ("say" for "said"); "according" for "according to"
     */
    record Cue(int first, int last, Kind kind, boolean tell, boolean broad, String base) {
    }

    private static final String[] REGULAR = {
        "add", "insist", "stress", "warn", "note", "argue", "claim", "state", "remark", "comment", "declare",
        "announce", "explain", "continue", "caution", "emphasize", "emphasise", "tweet", "post", "ask", "reply",
        "respond", "confirm", "deny", "acknowledge", "suggest", "assert", "predict", "vow", "pledge", "urge",
        "recall", "complain", "concede", "observe", "indicate", "mention", "disclose", "reveal", "maintain",
        "contend", "counter", "allege", "report", "testify", "agree", "signal", "promise", "clarify", "answer",
        "joke", "lament", "conclude", "exclaim", "muse", "retort", "scoff", "shout", "yell", "bark",
        "ponder", "boast", "brag", "recount", "chide", "scold", "interject", "proclaim", "reiterate", "gush",
        "marvel", "plead", "wonder", "elaborate", "summarize", "summarise", "concur", "sneer", "grumble", "mutter",
        "whisper", "cry", "thunder", "rebut",
    };
    private static final String[] IRREGULAR = {
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote", "written",
        "writing", "admit", "admits", "admitted", "admitting", "signalled", "signalling", "quip", "quips", "quipped",
        "quipping", "snap", "snaps", "snapped", "snapping",
    };
    private static final Set<String> FORMS = new HashSet<>();
    /** A base ending in consonant, vowel, consonant, whose last consonant may double before "-ed" and "-ing". */
    private static final Pattern DOUBLED = Pattern.compile(".*[^aeiou][aeiou][bdgklmnprt]");
    private static final Set<String> TELL = Set.of("tell", "tells", "told", "telling");
    private static final Set<String> AUDIENCE = Set.of("reporters", "journalists");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "its", "their", "this",
            "that", "our", "my", "your", "these", "those", "every", "no", "any");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    static {
        for (String base : REGULAR) {
            FORMS.addAll(inflect(base));
        }
        FORMS.addAll(Set.of(IRREGULAR));
    }

    private QuoteCues() {
    }

    /** The base, third person, past and present participle forms of a regular verb. */
    static Set<String> inflect(String base) {
        Set<String> forms = new HashSet<>();
        forms.add(base);
        if (base.endsWith("y") && !base.endsWith("ey") && !base.endsWith("ay")) {
            String stem = base.substring(0, base.length() - 1);
            forms.add(stem + "ies");
            forms.add(stem + "ied");
            forms.add(base + "ing");
        } else if (base.endsWith("ee")) {
            forms.add(base + "s");
            forms.add(base + "d");
            forms.add(base + "ing");
        } else if (base.endsWith("e")) {
            forms.add(base + "s");
            forms.add(base + "d");
            forms.add(base.substring(0, base.length() - 1) + "ing");
        } else if (base.endsWith("ss") || base.endsWith("sh") || base.endsWith("ch")) {
            forms.add(base + "es");
            forms.add(base + "ed");
            forms.add(base + "ing");
        } else {
            forms.add(base + "s");
            forms.add(base + "ed");
            forms.add(base + "ing");
            if (DOUBLED.matcher(base).matches()) { // "slam": "slammed", "slamming"; "plan": "planned"
                char last = base.charAt(base.length() - 1);
                forms.add(base + last + "ed");
                forms.add(base + last + "ing");
            }
        }
        return forms;
    }

    /** True when {@code lower} is a form of a speech verb. */
    static boolean isSpeechForm(String lower) {
        return FORMS.contains(lower);
    }

    /**
     * @param t the article view
     * @param w a word index
     * @return the cue starting at word {@code w}; null when none
     */
    static Cue at(QuoteText t, int w) {
        return at(t, w, false);
    }

    /**
     * Like {@link #at(QuoteText, int)}, but also finds the non-speech attribution verbs of {@link QuoteVerbs}
     * (flagged {@link Cue#broad()}), and joins a particle to verbs that take one ("called for", "warned of").
     *
     * @param t the article view
     * @param w a word index
     * @return the cue starting at word {@code w}; null when none
     */
    static Cue atAny(QuoteText t, int w) {
        Cue c = at(t, w, true);
        if (c == null) {
            return particleOnly(t, w);
        }
        if (c.kind() == Kind.ACCORDING_TO || c.last() != c.first()) {
            return c;
        }
        int next = c.last() + 1;
        if (next < t.end(t.word(w).sentence()) && t.plainGap(next)
                && QuoteVerbs.particle(c.base(), t.word(next).lower())) {
            return new Cue(c.first(), next, c.kind(), c.tell(), c.broad(), c.base());
        }
        return c;
    }

    /** A verb that is a cue only with its particle ({@code pushed for}, {@code sided with}); null when none. */
    private static Cue particleOnly(QuoteText t, int w) {
        QuoteText.Word word = t.word(w);
        int next = w + 1;
        int first = t.first(word.sentence());
        if (next >= t.end(word.sentence()) || !t.plainGap(next) || t.inQuote(word.start())
                || !QuoteVerbs.particleOnly(QuoteVerbs.base(word), t.word(next).lower())
                || (t.tagged() ? !word.tag().startsWith("VB") : w > first && word.capitalized())
                || (w > first && BE.contains(t.word(w - 1).lower()) && !(t.tagged() && word.tag().equals("VBG")))) {
            return null;
        }
        boolean progressive = w > first && (BE.contains(t.word(w - 1).lower()) || contractedBe(t, w));
        return new Cue(w, next, word.lower().endsWith("ing") && !progressive ? Kind.PARTICIPLE : Kind.FINITE, false,
                true, QuoteVerbs.base(word));
    }

    /**
     * True when word {@code w}, a present participle ("-ing"), follows a pronoun contracted with "be"
     * ({@code She's hoping}, {@code they're calling for}): the cue is progressive and finite.
     */
    private static boolean contractedBe(QuoteText t, int w) {
        String before = t.word(w - 1).lower();
        return t.word(w).lower().endsWith("ing") && t.plainGap(w) && SpeakerWords.contractedPronoun(before) != null
                && (before.endsWith("s") || before.endsWith("re"));
    }

    private static Cue at(QuoteText t, int w, boolean broad) {
        QuoteText.Word word = t.word(w);
        if (t.inQuote(word.start())) {
            return null;
        }
        int sentenceFirst = t.first(word.sentence());
        int sentenceEnd = t.end(word.sentence());
        if (word.lower().equals("according")) {
            if (w + 1 < sentenceEnd && t.word(w + 1).lower().equals("to") && t.plainGap(w + 1)) {
                return new Cue(w, w + 1, Kind.ACCORDING_TO, false, false, "according");
            }
            return null;
        }
        boolean speech = FORMS.contains(word.lower());
        if (!speech && !(broad && QuoteVerbs.isForm(word.lower()))) {
            return null;
        }
        if (t.tagged()) {
            if (!word.tag().startsWith("VB")) {
                return null;
            }
        } else if (w > sentenceFirst && (word.capitalized()
                || (DETERMINERS.contains(t.word(w - 1).lower()) && t.plainGap(w)))) {
            return null;
        }
        if (w > sentenceFirst && BE.contains(t.word(w - 1).lower())
                && !(t.tagged() && word.tag().equals("VBG"))) {
            return null;
        }
        boolean tell = TELL.contains(word.lower());
        int last = w;
        if (tell && w + 1 < sentenceEnd && AUDIENCE.contains(t.word(w + 1).lower()) && t.plainGap(w + 1)) {
            last = w + 1;
        }
        boolean progressive = w > sentenceFirst && (BE.contains(t.word(w - 1).lower()) || contractedBe(t, w));
        return new Cue(w, last, word.lower().endsWith("ing") && !progressive ? Kind.PARTICIPLE : Kind.FINITE, tell,
                !speech, QuoteVerbs.base(word));
    }
}
