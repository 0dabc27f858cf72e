package org.corroborate.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.corroborate.api.Quote;
import org.corroborate.api.Span;

/**
 * Finds indirect quotes (reported speech), sentence by sentence, from every cue outside quotation marks:
 * <ul>
 *   <li>{@code X said (that) CLAUSE}, {@code X told reporters (that) CLAUSE}, {@code X said on Thursday that CLAUSE},
 *       {@code X warned/insisted/... that CLAUSE}, and the non-speech verbs of {@link QuoteVerbs}
 *       ({@code X called for CLAUSE}, {@code a poll shows CLAUSE}, {@code X wants to ...}): the content runs from
 *       after the cue (after its object for "tell"; from "that", included, when it comes within 11 words; adjuncts
 *       skipped for speech verbs) to the end of the sentence, or to an embedded attribution ({@code , Ushakov
 *       said,}); a cue followed by punctuation ({@code said: "…"}) gives none; the subject may be a name, a pronoun,
 *       a description or, with real POS tags, any common-noun phrase ({@code a source}, {@code the poll}); for a
 *       verb whose subject a parenthetical keeps apart, the noun phrase opening the clause
 *       ({@link SentenceSubjects#of}: {@code The head of the board, who retired in May, warned that}); else, for a
 *       finite verb of the main clause, the words before it ({@link SentenceSubjects#mainClause}:
 *       {@code A memorable ad in 2008 questioned whether ...});</li>
 *   <li>{@code CLAUSE, X said.} and {@code CLAUSE, said X.}: the cue comes after a comma and is followed by at most 6
 *       adjunct words ({@code on Thursday}, {@code in a statement}, {@code after the call}) before the next comma or
 *       the end; the content is the sentence up to the comma (closing marks included), or, for a parenthetical
 *       attribution ({@code A, Mr. Abboud said, B}), the whole sentence, attribution included;</li>
 *   <li>{@code according to X, CLAUSE} and {@code CLAUSE, according to X}; X must be a speaker phrase
 *       ({@code according to plans} gives none); a quote whose cue and content lie inside the clause
 *       ({@code Kasich said he would have fired him, according to aides}) is the source's report, not a second
 *       quote, and is dropped;</li>
 *   <li>{@code ..., saying (that) CLAUSE}: the speaker is the main-clause subject;</li>
 *   <li>noun cues ({@code Trump's claim that CLAUSE}), as {@link QuoteNouns} documents, and adjective cues
 *       ({@code X is skeptical of CLAUSE}), as {@link QuoteAdjectives} documents, and nouns with a preposition of
 *       their own ({@code his opposition to CONTENT}), as {@link QuoteNounPrepositions} documents, and a fronted
 *       point of view ({@code In Ash’s view, CLAUSE}), as {@link QuoteViewpoints} documents; they count as
 *       non-speech cues.</li>
 * </ul>
 * A clause ends early before a semicolon, a comma and a trailing-clause word ({@code , which},
 * {@code , however}), and before "and"/"but" followed by another cue ({@code agreed that A but added that B}). Every
 * indirect quote needs a speaker and at least {@value QuoteClauses#MIN_WORDS} words of content, not starting with a preposition,
 * conjunction, "to" (except after verbs that take an infinitive: "wants to", "promised to") or "nothing"; a
 * quote of a non-speech verb ({@link QuoteVerbs}) that overlaps a quote of a speech verb is dropped, unless the speech
 * quote's cue and speaker lie inside its content (a nested attribution: {@code Trump cited the case of Guccifer 2.0,
 * who U.S. officials say is tied to Russian intelligence}, both kept); the cue is the
 * verb ("told reporters", "according to", "called for"); {@code direct} is false. Content ends without final
 * punctuation.
 *
 * <p>This class scans the cues and settles overlaps; the cue rules live in {@link QuoteComplements} (content after a
 * verb), {@link QuoteAccording}, {@link QuotePolls}, {@link QuoteImpressions}, {@link QuoteNouns},
 * {@link QuoteAdjectives}, {@link QuoteQuestions} and {@link QuoteExpectations}; clause ends and quote spans in {@link QuoteClauses}.
 *
 * <p>Arguments are never null. Stateless and thread-safe.
 */
final class QuoteIndirect {

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
        Set<Quote> according = new HashSet<>();
        Set<Long> seen = new HashSet<>();
        for (int s = 0; s < t.sentences().size(); s++) {
            for (int w = t.first(s); w < t.end(s); w++) {
                Quote noun = QuoteNouns.at(t, w, s);
                if (noun == null) {
                    noun = QuoteAdjectives.at(t, w, s);
                }
                if (noun == null) {
                    noun = QuoteNounPrepositions.at(t, w, s);
                }
                if (noun == null) {
                    noun = QuoteViewpoints.at(t, w, s);
                }
                if (noun == null) {
                    noun = QuoteViewpoints.hearsay(t, w, s);
                }
                boolean poll = false;
                if (noun == null) {
                    noun = QuotePolls.at(t, w, s);
                    poll = noun != null;
                }
                if (noun != null) {
                    if (seen.add(((long) noun.content().start() << 32) | noun.content().end())) {
                        result.add(noun);
                        broad.add(noun);
                        if (poll) {
                            w = t.wordAt(noun.content().start()) - 1; // no cue inside the poll phrase ("released")
                        }
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
                    case ACCORDING_TO -> QuoteAccording.at(t, c, s);
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
                    List<Span> rest = d.pieces().stream()
                            .filter(p -> !p.within(q.content())).toList();
                    if (!rest.isEmpty()) { // the pieces of a split quote outside the clause stay a direct quote
                        result.add(new Quote(rest.get(0), d.cue(), d.speaker(), true, rest));
                    }
                }
                result.add(q);
                if (c != null && c.kind() == QuoteCues.Kind.ACCORDING_TO) {
                    according.add(q);
                }
                if (nonSpeech) {
                    broad.add(q);
                }
            }
        }
        result.removeIf(q -> broad.contains(q) && result.stream().anyMatch(o -> !broad.contains(o)
                && o.content().overlaps(q.content()) && !nested(o, q)));
        if (!according.isEmpty()) {
            result.removeIf(q -> !according.contains(q) && q.cue() != null && result.stream().anyMatch(o -> o != q
                    && according.contains(o) && q.content().within(o.content()) && q.cue().within(o.content())));
        }
        return result;
    }

    /** True when quote {@code inner}'s cue and speaker lie inside the content of {@code outer}. */
    private static boolean nested(Quote inner, Quote outer) {
        return inner.cue() != null && inner.cue().within(outer.content())
                && (inner.speaker() == null || inner.speaker().span().within(outer.content()));
    }

    private static Quote finite(QuoteText t, QuoteCues.Cue c, int s) {
        int first = t.first(s);
        int end = t.end(s);
        SpeakerResolver.Found left = SpeakerResolver.leftOf(t, c.first(), first);
        if (left != null && QuoteImpressions.isImpression(c)) {
            return QuoteImpressions.at(t, c, left, s);
        }
        if (left != null && c.broad() && QuoteImpressions.objectOfPreposition(t, left, first)) {
            return null; // "The threat of the missiles appeared to ...": the missiles are not the subject
        }
        if (left != null) {
            int np = phraseStart(t, SpeakerResolver.npStart(t, Math.min(left.first(), c.first()), first), first);
            if (np > first && t.gapBefore(np).contains(",") && AdjunctTails.of(t, c.last() + 1, end)
                    && !questionOpens(t, s)) {
                int resume = resumeAfter(t, c.last() + 1, end);
                int last = resume < 0 ? np - 1 : QuoteClauses.contentLast(t, resume, end);
                return QuoteClauses.quote(t, c, left, first, last);
            }
            return QuoteComplements.forward(t, c, left, s);
        }
        if (c.first() > first && t.gapBefore(c.first()).contains(",") && !c.tell()) {
            SpeakerResolver.Found right = SpeakerResolver.rightOf(t, c.last(), end - 1);
            if (right != null && AdjunctTails.of(t, right.last() + 1, end) && !questionOpens(t, s)) {
                return QuoteClauses.quote(t, c, right, first, c.first() - 1);
            }
        }
        SpeakerResolver.Found f = SpeakerResolver.forCue(t, c, first, end - 1);
        if (f != null && f.first() < c.first()) {
            return QuoteComplements.forward(t, c, f, s);
        }
        SpeakerResolver.Found subject = SentenceSubjects.of(t, first, c.first());
        if (subject == null) {
            subject = SentenceSubjects.mainClause(t, first, c.first());
        }
        return subject == null ? null : QuoteComplements.forward(t, c, subject, s);
    }

    /** Determiners and modifiers that may open a trailing attribution's subject before its head. */
    private static final Set<String> SUBJECT_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "CD",
            "PRP$");
    private static final Set<String> SUBJECT_WORDS = Set.of("the", "a", "an");

    /**
     * The first word of the subject whose head run starts at word {@code np}: it takes the determiner and, with real
     * POS tags, the adjectives and nouns before it ({@code , the Tax Foundation said}, {@code , top black lawmakers
     * said}), at most {@value #SUBJECT_MODIFIERS} words.
     */
    private static int phraseStart(QuoteText t, int np, int first) {
        int k = np;
        while (k - 1 >= first && np - k < SUBJECT_MODIFIERS && (t.plainGap(k) || SpeakerResolver.titleGap(t, k))
                && !t.inQuote(t.word(k - 1).start())
                && (SUBJECT_WORDS.contains(t.word(k - 1).lower())
                || (t.tagged() && SUBJECT_TAGS.contains(t.word(k - 1).tag())))) {
            k--;
        }
        return k;
    }

    /** The most words {@link #phraseStart} adds before a subject's head run. */
    private static final int SUBJECT_MODIFIERS = 4;

    /** True when sentence {@code s} opens with a question put to the speaker ({@link QuoteQuestions}). */
    private static boolean questionOpens(QuoteText t, int s) {
        int first = t.first(s);
        return QuoteQuestions.at(t, first, s) != null || (first + 1 < t.end(s) && QuoteQuestions.at(t, first + 1, s) != null);
    }

    private static Quote participle(QuoteText t, QuoteCues.Cue c, int s) {
        SpeakerResolver.Found f = ClauseSubjects.of(t, t.first(s), c.first(), c.broad(), true);
        return f == null ? null : QuoteComplements.forward(t, c, f, s);
    }

    /**
     * Words that, though they cannot open content, may resume the clause after a parenthetical attribution
     * ({@code Take action before the election, they said, and you risk ...}; {@code So it makes sense, strategists
     * said, for Democrats to ...}), outside quotation marks.
     */
    private static final Set<String> RESUMERS = Set.of("and", "but", "for", "to", "so");

    /**
     * The first word after the comma that closes a parenthetical attribution ({@code A, Mr. Abboud said, B}), when
     * words follow it in the sentence, neither a participle nor a preposition or conjunction other than
     * {@link #RESUMERS}; -1 when the attribution ends the sentence.
     */
    private static int resumeAfter(QuoteText t, int k, int end) {
        for (int i = k; i < end; i++) {
            if (t.gapBefore(i).contains(",")) {
                return i + 1 < end && (!QuoteComplements.NOT_CONTENT.contains(t.word(i).lower())
                        || (RESUMERS.contains(t.word(i).lower()) && !t.inQuote(t.word(i).start())))
                        && !(t.tagged() && t.word(i).tag().equals("VBG")) ? i : -1;
            }
        }
        return -1;
    }
}
