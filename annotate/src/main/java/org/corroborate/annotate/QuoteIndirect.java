package org.corroborate.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.corroborate.api.Quote;

/**
 * Finds indirect quotes (reported speech), sentence by sentence, from every cue outside quotation marks:
 * <ul>
 *   <li>{@code X said (that) CLAUSE}, {@code X told reporters (that) CLAUSE}, {@code X said on Thursday that CLAUSE},
 *       {@code X warned/insisted/... that CLAUSE}, and the non-speech verbs of {@link QuoteVerbs}
 *       ({@code X called for CLAUSE}, {@code a poll shows CLAUSE}, {@code X wants to ...}): the content runs from
 *       after the cue (after its object for "tell"; from "that", included, when it comes within 11 words; adjuncts
 *       skipped for speech verbs) to the end of the sentence, or to an embedded attribution ({@code , Ushakov
 *       said,}); a cue followed by punctuation ({@code said: "…"}) gives none; the subject may be a name, a pronoun,
 *       a description or, with real POS tags, any common-noun phrase ({@code a source}, {@code the poll});</li>
 *   <li>{@code CLAUSE, X said.} and {@code CLAUSE, said X.}: the cue comes after a comma and is followed by at most 6
 *       adjunct words ({@code on Thursday}, {@code in a statement}, {@code after the call}) before the next comma or
 *       the end; the content is the sentence up to the comma (closing marks included), or, for a parenthetical
 *       attribution ({@code A, Mr. Abboud said, B}), the whole sentence, attribution included;</li>
 *   <li>{@code according to X, CLAUSE} and {@code CLAUSE, according to X}; X must be a speaker phrase
 *       ({@code according to plans} gives none);</li>
 *   <li>{@code ..., saying (that) CLAUSE}: the speaker is the main-clause subject;</li>
 *   <li>noun cues ({@code Trump's claim that CLAUSE}), as {@link QuoteNouns} documents, and adjective cues
 *       ({@code X is skeptical of CLAUSE}), as {@link QuoteAdjectives} documents; they count as non-speech cues.</li>
 * </ul>
 * A clause ends early before a semicolon, a comma and a trailing-clause word ({@code , which},
 * {@code , however}), and before "and"/"but" followed by another cue ({@code agreed that A but added that B}). Every
 * indirect quote needs a speaker and at least {@value #MIN_WORDS} words of content, not starting with a preposition,
 * conjunction, "to" (except after verbs that take an infinitive: "wants to", "promised to") or "nothing"; a
 * quote of a non-speech verb ({@link QuoteVerbs}) that overlaps a quote of a speech verb is dropped; the cue is the
 * verb ("told reporters", "according to", "called for"); {@code direct} is false. Content ends without final
 * punctuation.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteIndirect {

    private static final Set<String> ADJUNCTS = Set.of("on", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "later", "earlier", "again", "also", "then",
            "last", "week", "this", "in", "a", "an", "the", "statement", "interview", "after", "call", "told",
            "reporters", "journalists", "social", "media", "x", "truth", "twitter", "facebook", "telegram", "late",
            "morning", "evening", "afternoon", "night", "separately", "privately", "publicly", "his", "her", "their");
    private static final Set<String> NOT_CONTENT = Set.of("to", "so", "nothing", "anything", "something", "no",
            "from", "in", "at", "during", "after", "before", "with", "by", "on", "for", "of", "about", "through",
            "via", "as", "while", "when", "and", "but", "or");

    /** Verbs of impression ({@code seems}, {@code appeared to}): the writer's attribution, without a source. */
    private static final Set<String> IMPRESSIONS = Set.of("seem", "appear");
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "PRP$", "POS", "CD");
    /** How far after an impression verb an attribution verb gives it back its subject as source. */
    static final int IMPRESSION_REACH = 4;

    private static final Set<String> QUANTIFIERS = Set.of("one", "some", "most", "many", "all", "none", "each",
            "half", "majority", "number", "percent", "share", "third", "quarter", "members", "group");

    /** Words that, after a comma, open a trailing clause that is the writer's, not the source's. */
    private static final Set<String> TRAILERS = Set.of("which", "however", "rather", "prompting", "citing",
            "adding");
    private static final Set<String> COORDINATORS = Set.of("and", "but");
    /** How many words after the cue "that" may come ({@code said in an interview with the AP last week that}). */
    static final int THAT_REACH = 11;
    /** The most words of a source phrase after "according to" before its comma. */
    static final int SOURCE_WORDS = 20;
    /** The fewest words an indirect quote's content may have. */
    static final int MIN_WORDS = 2;

    private QuoteIndirect() {
    }

    /**
     * @param t       the article view
     * @param directs the direct quotes found
     * @param dropped receives the direct quotes that a mixed indirect quote replaces
     * @return the indirect quotes, unordered
     */
    static List<Quote> find(QuoteText t, List<Quote> directs, Set<Quote> dropped) {
        List<Quote> result = new ArrayList<>();
        Set<Quote> broad = new HashSet<>();
        Set<Long> seen = new HashSet<>();
        for (int s = 0; s < t.sentences().size(); s++) {
            for (int w = t.first(s); w < t.end(s); w++) {
                Quote noun = QuoteNouns.at(t, w, s);
                if (noun == null) {
                    noun = QuoteAdjectives.at(t, w, s);
                }
                if (noun != null) {
                    if (seen.add(((long) noun.content().start() << 32) | noun.content().end())) {
                        result.add(noun);
                        broad.add(noun);
                    }
                    continue;
                }
                Quote question = QuoteQuestions.at(t, w, s);
                if (question == null) {
                    question = QuoteExpectations.at(t, w, s);
                }
                QuoteCues.Cue c = question != null ? null : QuoteCues.atAny(t, w);
                if (c == null && question == null) {
                    continue;
                }
                boolean nonSpeech = c == null || c.broad();
                Quote q = c == null ? question : switch (c.kind()) {
                    case ACCORDING_TO -> according(t, c, s);
                    case PARTICIPLE -> participle(t, c, s);
                    default -> finite(t, c, s);
                };
                if (q == null || !seen.add(((long) q.content().start() << 32) | q.content().end())) {
                    continue;
                }
                int outside = 0;
                int total = 0;
                for (int k = t.wordAt(q.content().start()); k < t.wordCount()
                        && t.word(k).end() <= q.content().end(); k++) {
                    total++;
                    outside += t.inQuote(t.word(k).start()) ? 0 : 1;
                }
                List<Quote> embedded = new ArrayList<>();
                for (Quote d : directs) {
                    if (d.content().within(q.content())) {
                        embedded.add(d);
                    }
                }
                if (c != null && outside < total && outside < 3) {
                    continue; // the direct quotes stand
                }
                if (c != null && c.broad() && !embedded.isEmpty()) {
                    continue; // a non-speech verb's clause never replaces the direct quotes it embeds
                }
                dropped.addAll(embedded);
                for (Quote d : embedded) {
                    List<org.corroborate.api.Span> rest = d.pieces().stream()
                            .filter(p -> !p.within(q.content())).toList();
                    if (!rest.isEmpty()) { // the pieces of a split quote outside the clause stay a direct quote
                        result.add(new Quote(rest.get(0), d.cue(), d.speaker(), true, rest));
                    }
                }
                result.add(q);
                if (nonSpeech) {
                    broad.add(q);
                }
            }
        }
        result.removeIf(q -> broad.contains(q) && result.stream().anyMatch(o -> !broad.contains(o)
                && o.content().overlaps(q.content())));
        return result;
    }

    private static Quote finite(QuoteText t, QuoteCues.Cue c, int s) {
        int first = t.first(s);
        int end = t.end(s);
        SpeakerResolver.Found left = SpeakerResolver.leftOf(t, c.first(), first);
        if (left != null && IMPRESSIONS.contains(c.base())) {
            return impression(t, c, left, s);
        }
        if (left != null && c.broad() && objectOfPreposition(t, left, first)) {
            return null; // "The threat of the missiles appeared to ...": the missiles are not the subject
        }
        if (left != null) {
            int np = SpeakerResolver.npStart(t, Math.min(left.first(), c.first()), first);
            if (np > first && t.gapBefore(np).contains(",") && AdjunctTails.of(t, c.last() + 1, end)
                    && !questionOpens(t, s)) {
                int resume = resumeAfter(t, c.last() + 1, end);
                return quote(t, c, left, first, resume < 0 ? np - 1 : contentLast(t, resume, end));
            }
            return forward(t, c, left, s);
        }
        if (c.first() > first && t.gapBefore(c.first()).contains(",") && !c.tell()) {
            SpeakerResolver.Found right = SpeakerResolver.rightOf(t, c.last(), end - 1);
            if (right != null && AdjunctTails.of(t, right.last() + 1, end) && !questionOpens(t, s)) {
                return quote(t, c, right, first, c.first() - 1);
            }
        }
        SpeakerResolver.Found f = SpeakerResolver.forCue(t, c, first, end - 1);
        return f != null && f.first() < c.first() ? forward(t, c, f, s) : null;
    }

    /** True when sentence {@code s} opens with a question put to the speaker ({@link QuoteQuestions}). */
    private static boolean questionOpens(QuoteText t, int s) {
        int first = t.first(s);
        return QuoteQuestions.at(t, first, s) != null || (first + 1 < t.end(s) && QuoteQuestions.at(t, first + 1, s) != null);
    }

    /**
     * {@code The music seemed to match the mood}, {@code Clinton appeared irritated}: an impression the writer reports,
     * with no source; the content runs from the subject's first word ({@code The threat of the missiles appeared}: the
     * noun phrase before "of") over the cue to the clause end, the speaker is
     * null; unless an attribution verb follows within {@value #IMPRESSION_REACH} words ({@code She appeared to imply
     * that ...}, {@code seemed more likely to describe}), which makes the subject its source.
     */
    private static Quote impression(QuoteText t, QuoteCues.Cue c, SpeakerResolver.Found subject, int s) {
        Quote complement = forward(t, c, subject, s);
        if (complement == null) {
            return null;
        }
        int k = t.wordAt(complement.content().start());
        for (int i = k; i < t.end(s) && i - k < IMPRESSION_REACH; i++) {
            if (QuoteCues.atAny(t, i) != null) {
                return complement; // "She appeared to imply ...": the subject is the source
            }
        }
        int first = SpeakerResolver.npStart(t, subject.first(), t.first(s));
        if (objectOfPreposition(t, subject, t.first(s))) {
            first -= 2; // "The threat of the missiles appeared to ...": the subject is headed by the noun before "of"
            while (first - 1 >= t.first(s) && t.plainGap(first) && NOUN_PHRASE_TAGS.contains(t.word(first - 1).tag())) {
                first--;
            }
        }
        int start = t.word(first).start();
        return new Quote(t.span(start, complement.content().end()), complement.cue(), null, false);
    }

    /**
     * True when the phrase of {@code f} is the object of "of" after a common noun ({@code The threat of the missiles
     * appeared}): the noun before "of" heads the subject, not the phrase. Quantities ({@code most of the voters}) do
     * not count.
     */
    private static boolean objectOfPreposition(QuoteText t, SpeakerResolver.Found f, int first) {
        int np = SpeakerResolver.npStart(t, f.first(), first);
        return np - 1 > first && t.plainGap(np) && t.word(np - 1).lower().equals("of") && t.plainGap(np - 1)
                && (t.word(np - 2).tag().equals("NN") || t.word(np - 2).tag().equals("NNS"))
                && !QUANTIFIERS.contains(t.word(np - 2).lower());
    }

    private static Quote participle(QuoteText t, QuoteCues.Cue c, int s) {
        SpeakerResolver.Found f = ClauseSubjects.of(t, t.first(s), c.first(), c.broad(), true);
        return f == null ? null : forward(t, c, f, s);
    }

    private static Quote according(QuoteText t, QuoteCues.Cue c, int s) {
        int first = t.first(s);
        int end = t.end(s);
        SpeakerResolver.Found x = SpeakerResolver.rightOf(t, c.last(), end - 1);
        if (x == null) {
            return null;
        }
        int after = x.last() + 1;
        if (after < end && t.gapBefore(after).contains(",")
                && (c.first() == first || t.gapBefore(c.first()).contains(","))) {
            int from = c.first() == first ? after : first;
            int to = c.first() == first ? contentLast(t, after, end) : c.first() - 1;
            return quote(t, c, x, from, to);
        }
        if (c.first() > first && t.gapBefore(c.first()).contains(",")) {
            return quote(t, c, x, first, c.first() - 1);
        }
        if (c.first() == first) {
            int comma = sourceEnd(t, after, end);
            if (comma > 0) {
                return quote(t, c, x, comma, contentLast(t, comma, end));
            }
        }
        return null;
    }

    /**
     * The first word after the comma that ends a long source phrase ({@code According to a recent poll of Indiana
     * voters, CLAUSE}): within {@value #SOURCE_WORDS} words of word {@code k}, with no quote mark, cue or other
     * punctuation before it; -1 when none.
     */
    private static int sourceEnd(QuoteText t, int k, int end) {
        for (int i = k; i < end && i - k <= SOURCE_WORDS; i++) {
            String gap = t.gapBefore(i);
            if (i > k && gap.contains(",")) {
                return i + 1 < end ? i : -1;
            }
            if ((i > k && !gap.isBlank() && !gap.strip().equals("-")) || t.inQuote(t.word(i).start())
                    || QuoteCues.at(t, i) != null) {
                return -1;
            }
        }
        return -1;
    }

    /** Content after the cue: skip the object of "tell", adjuncts and "that". */
    private static Quote forward(QuoteText t, QuoteCues.Cue c, SpeakerResolver.Found f, int s) {
        int end = t.end(s);
        int k = c.last() + 1;
        if (k >= end || !(t.plainGap(k) || opening(t, k))) {
            return null;
        }
        int that = that(t, k, end);
        if (that >= 0) {
            k = that;
            if (that + 1 >= end || NOT_CONTENT.contains(t.word(that + 1).lower())) {
                return null;
            }
        } else if (c.tell()) {
            k = t.mention(k) != null ? Math.max(k + 1, t.wordAt(t.mention(k).span().end())) : k + 1;
        } else if (!c.broad()) {
            while (k < end - 1 && ADJUNCTS.contains(t.word(k).lower()) && t.plainGap(k + 1)
                    && !t.word(k).lower().equals("a") && !t.word(k).lower().equals("the")) {
                k++;
            }
        }
        if (k >= end || t.word(k).sentence() != s) {
            return null;
        }
        String head = t.word(k).lower();
        boolean infinitive = head.equals("to") && QuoteVerbs.takesInfinitive(c.base())
                && k + 1 < end && t.plainGap(k + 1);
        if (NOT_CONTENT.contains(head) && !infinitive) {
            return null;
        }
        return quote(t, c, f, k, contentLast(t, k, end));
    }

    /**
     * True when the gap before word {@code k} is spaces and the opening mark of a quote that closes
     * ({@code says “the wind is at our backs” despite ...}).
     */
    private static boolean opening(QuoteText t, int k) {
        int end = t.word(k).start();
        int start = end - t.gapBefore(k).length();
        boolean mark = false;
        for (int i = start; i < end; i++) {
            char ch = t.text().charAt(i);
            if (QuoteMarks.isDouble(ch) && t.opensClosedQuote(i)) {
                mark = true;
            } else if (!Character.isWhitespace(ch)) {
                return false;
            }
        }
        return mark;
    }

    /**
     * The word "that" within {@value #THAT_REACH} words of word {@code k}, without punctuation or another cue; with
     * real POS tags, not a relative pronoun (tagged {@code WDT}) and not after a verb ({@code said they would move on
     * legislation that ...}).
     */
    private static int that(QuoteText t, int k, int end) {
        for (int i = k; i < end && i - k < THAT_REACH; i++) {
            if (i > k && !t.plainGap(i) || (i > k && QuoteCues.at(t, i) != null)) {
                return -1;
            }
            if (t.word(i).lower().equals("that")) {
                return t.tagged() && (t.word(i).tag().equals("WDT") || verbBetween(t, k, i)) ? -1 : i;
            }
        }
        return -1;
    }

    /** True when a verb or modal lies in words {@code [from, to)}: a "that" after it is not the cue's. */
    private static boolean verbBetween(QuoteText t, int from, int to) {
        for (int i = from; i < to; i++) {
            String tag = t.word(i).tag();
            if (tag.startsWith("VB") || tag.equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last word of content starting at {@code k} (see {@link #contentLast(QuoteText, int, int)}).
     */
    static int clauseLast(QuoteText t, int k, int end) {
        return contentLast(t, k, end);
    }

    /** The quote whose content runs from word {@code from} to word {@code to}, with closing marks after it. */
    static Quote clause(QuoteText t, QuoteCues.Cue c, SpeakerResolver.Found f, int from, int to) {
        return quote(t, c, f, from, to);
    }

    /**
     * The last word of content starting at {@code k}: before an embedded attribution, a semicolon or a trailing
     * clause after a comma ({@code , which ...}, {@code , however}), else the sentence end.
     */
    private static int contentLast(QuoteText t, int k, int end) {
        for (int i = k + 1; i < end; i++) {
            String gap = t.gapBefore(i);
            if (gap.contains(",") && attributionAt(t, i, end)) {
                return i - 1;
            }
            if (!t.inQuote(t.word(i).start()) && (gap.contains(";")
                    || (gap.contains(",") && TRAILERS.contains(t.word(i).lower())))) {
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
     * The first word after the comma that closes a parenthetical attribution ({@code A, Mr. Abboud said, B}), when
     * words follow it in the sentence; -1 when the attribution ends the sentence.
     */
    private static int resumeAfter(QuoteText t, int k, int end) {
        for (int i = k; i < end; i++) {
            if (t.gapBefore(i).contains(",")) {
                return i + 1 < end && !NOT_CONTENT.contains(t.word(i).lower())
                        && !(t.tagged() && t.word(i).tag().equals("VBG")) ? i : -1;
            }
        }
        return -1;
    }


    /** The quote whose content runs from word {@code from} to word {@code to}, with closing marks after it. */
    private static Quote quote(QuoteText t, QuoteCues.Cue c, SpeakerResolver.Found f, int from, int to) {
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
        for (int i = e; i < endLimit && !Character.isWhitespace(text.charAt(i)); i++) {
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
