package org.corroborate.annotate;

import java.util.Set;

import org.corroborate.api.Quote;

/**
 * The end of an indirect quote's clause and the quote built over it, shared by every indirect cue rule
 * ({@link QuoteIndirect}, {@link QuoteComplements}, {@link QuoteAccording}, {@link QuoteNouns},
 * {@link QuoteAdjectives}, {@link QuoteExpectations}).
 *
 * <p>A clause ends early before a semicolon, a comma and a trailing-clause word ({@code , which},
 * {@code , however}), a comma and an attribution participle or coordinated attribution verb ({@code , arguing ...},
 * {@code , warned that ...}: an attribution of its own), a
 * comma and an embedded attribution ({@code , Ushakov said,}), and before "and"/"but" followed
 * by another cue ({@code agreed that A but added that B}). A quote needs at least {@value #MIN_WORDS} words of
 * content (one more when it starts with "that"; a single name is enough for a non-speech cue); its content takes the
 * quotation marks right around it.
 *
 * <p>Arguments are never null; {@link #quote} returns null when the content is too short. Stateless and thread-safe.
 */
final class QuoteClauses {

    /** Words that, after a comma, open a trailing clause that is the writer's, not the source's. */
    private static final Set<String> TRAILERS = Set.of("which", "however", "rather", "prompting", "citing",
            "adding");
    private static final Set<String> COORDINATORS = Set.of("and", "but");
    /** The fewest words an indirect quote's content may have. */
    static final int MIN_WORDS = 2;

    private QuoteClauses() {
    }

    /**
     * The last word of content starting at word {@code k}: before an embedded attribution, a semicolon or a trailing
     * clause after a comma ({@code , which ...}, {@code , however}), else the sentence end.
     *
     * @param t   the article view
     * @param k   the first word of the content
     * @param end the end (exclusive) of the words of the sentence
     * @return the index of the last content word, at least {@code k} when {@code k < end}
     */
    static int contentLast(QuoteText t, int k, int end) {
        for (int i = k + 1; i < end; i++) {
            String gap = t.gapBefore(i);
            if (gap.contains(",") && attributionAt(t, i, end)) {
                return i - 1;
            }
            if (!t.inQuote(t.word(i).start()) && (gap.contains(";")
                    || (gap.contains(",") && (TRAILERS.contains(t.word(i).lower()) || participleCue(t, i))))) {
                return i - 1;
            }
            if (i + 1 < end && COORDINATORS.contains(t.word(i).lower()) && t.plainGap(i + 1)) {
                QuoteCues.Cue c = QuoteCues.at(t, i + 1);
                if (c != null && c.kind() == QuoteCues.Kind.FINITE) {
                    return i - 1;
                }
            }
        }
        return end - 1;
    }

    /**
     * True when word {@code i} is an attribution participle ({@code , arguing ...}, {@code , telling ...},
     * {@code , calling for ...}) or, with real POS tags, a finite attribution verb coordinated with the clause's
     * ({@code praised the plan, warned that ...}): it opens an attribution of its own, so the clause before it ends at
     * the comma.
     */
    private static boolean participleCue(QuoteText t, int i) {
        QuoteCues.Cue c = QuoteCues.atAny(t, i);
        if (c == null) {
            return false;
        }
        String tag = t.word(i).tag();
        return c.kind() == QuoteCues.Kind.PARTICIPLE ? !t.tagged() || tag.equals("VBG")
                : t.tagged() && (tag.equals("VBD") || tag.equals("VBZ")); // ", warned that ...": a coordinated verb
    }

    /** True when word {@code i} starts {@code X said}, {@code said X} or {@code according to X} closing a clause. */
    private static boolean attributionAt(QuoteText t, int i, int end) {
        QuoteCues.Cue c = QuoteCues.at(t, i);
        if (c != null && c.kind() != QuoteCues.Kind.PARTICIPLE) {
            return c.kind() == QuoteCues.Kind.ACCORDING_TO || SpeakerResolver.rightOf(t, c.last(), end - 1) != null;
        }
        for (int j = i + 1; j < end && j - i <= 6; j++) {
            QuoteCues.Cue cue = QuoteCues.at(t, j);
            if (cue != null && cue.kind() == QuoteCues.Kind.FINITE) {
                SpeakerResolver.Found f = SpeakerResolver.leftOf(t, j, i);
                return f != null && SpeakerResolver.npStart(t, f.first(), i) == i && AdjunctTails.of(t, cue.last() + 1, end);
            }
        }
        return false;
    }

    /**
     * The indirect quote whose content runs from word {@code from} to word {@code to}, with the quotation marks
     * right around it; {@code direct} is false.
     *
     * @param t    the article view
     * @param c    the cue
     * @param f    the speaker found for the cue
     * @param from the first content word
     * @param to   the last content word
     * @return the quote; null when the content is too short
     */
    static Quote quote(QuoteText t, QuoteCues.Cue c, SpeakerResolver.Found f, int from, int to) {
        int min = t.word(from).lower().equals("that") ? MIN_WORDS + 1 : MIN_WORDS;
        if (c.broad() && t.mention(from) != null && t.mention(to) == t.mention(from)) {
            min = 1; // "Christie endorsed Trump": a name is content enough for a non-speech verb
        }
        if (to < from || to - from + 1 < min) {
            return null;
        }
        String text = t.text();
        int start = t.word(from).start();
        if (from > t.first(t.word(from).sentence())) {
            int open = start;
            while (open - 1 >= t.word(from - 1).end() && QuoteMarks.isMark(text.charAt(open - 1))) {
                open--;
            }
            start = open;
        }
        int endLimit = t.sentences().get(t.word(to).sentence()).span().end();
        int e = t.word(to).end();
        for (int i = e; i < endLimit && !QuoteText.isSpace(text.charAt(i)); i++) {
            if (QuoteMarks.isMark(text.charAt(i))) {
                e = i + 1;
            }
        }
        if (from == t.first(t.word(from).sentence())) {
            int sentenceStart = t.sentences().get(t.word(from).sentence()).span().start();
            while (start > sentenceStart && QuoteMarks.isMark(text.charAt(start - 1))) {
                start--;
            }
        }
        return new Quote(t.span(start, e), QuoteFinder.cueSpan(t, c), f.speaker(), false);
    }
}
