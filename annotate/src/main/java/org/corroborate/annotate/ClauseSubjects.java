package org.corroborate.annotate;

import java.util.Set;

/**
 * The subject of a participle cue ({@code ..., saying ...}) or of a verb coordinated with "and"/"but" ({@code Fields
 * later tweeted a photograph and said ...}), for {@link SpeakerResolver}. In order:
 * <ol>
 *   <li>a participle right after a noun phrase with no comma between, when that phrase follows "with"/"without", a
 *       comma or the sentence start ({@code with 62 percent saying ...}, {@code , both candidates acknowledging
 *       ...}), also with a share before it ({@code with 30 percent of voters saying}): that phrase;</li>
 *   <li>a participle after a speech verb of the same sentence that has a speaker ({@code a Chinese official said,
 *       adding that ...}): that speaker;</li>
 *   <li>"he" or "she" opening the sentence before a verb or adverb ({@code He vowed to tax Nabisco ..., saying}),
 *       resolved as {@link SpeakerResolver#pronoun};</li>
 *   <li>with real POS tags, the subject right before the first finite verb of the main clause (after a fronted
 *       subordinate clause's comma: {@code When Mr. Rubio did take Mr. Trump on, he did it sideways, acknowledging};
 *       {@code The former secretary of state mocked Trump ..., noting}); for non-speech cues ({@code named}), whose
 *       clauses often have things as subjects ({@code The room erupted ... and showed}), only a subject that is an
 *       entity mention or starts with a proper noun or a personal pronoun; never a time word ({@code Tuesday});</li>
 *   <li>the {@link SpeakerResolver#mainSubject}: the first PERSON (else ORGANIZATION) mention that reads as a
 *       subject.</li>
 * </ol>
 *
 * <p>Stateless and thread-safe; methods return null when they find nothing.
 */
final class ClauseSubjects {

    private static final Set<String> ABSOLUTE = Set.of("with", "without");
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "although",
            "though", "since", "despite", "if", "because", "as", "once", "until", "whether", "even");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** The tags of a share before "of" ({@code 30 percent of}, {@code most of}, {@code a majority of}). */
    private static final Set<String> SHARE_TAGS = Set.of("CD", "NN", "NNS", "JJ", "JJS", "DT");
    private static final int SHARE_WORDS = 4;

    private ClauseSubjects() {
    }

    /**
     * @param t       the article view
     * @param from    the first word of the sentence (or of the part searched)
     * @param before  the cue's first word
     * @param named   true for a non-speech cue
     * @param participle true when the cue is a participle
     * @return the subject; null when none
     */
    static SpeakerResolver.Found of(QuoteText t, int from, int before, boolean named, boolean participle) {
        if (participle && before > from && t.plainGap(before)) {
            SpeakerResolver.Found np = SpeakerResolver.leftOf(t, before, from);
            if (np != null && np.last() == before - 1) {
                int start = SpeakerResolver.npStart(t, np.first(), from);
                int share = start;
                if (share - 1 > from && t.word(share - 1).lower().equals("of") && t.plainGap(share)) {
                    share--; // "with 30 percent of voters saying": the phrase is the share
                    while (share - 1 >= from && start - share < SHARE_WORDS && t.plainGap(share)
                            && SHARE_TAGS.contains(t.word(share - 1).tag())) {
                        share--;
                    }
                }
                for (int k : new int[] {start, share}) {
                    if (k == from || t.gapBefore(k).contains(",")
                            || (ABSOLUTE.contains(t.word(k - 1).lower()) && t.plainGap(k))) {
                        return k == start || np.speaker().entityId() != null ? np
                                : SpeakerResolver.unresolved(t, k, np.last());
                    }
                }
            }
        }
        if (participle) {
            for (int k = before - 1; k >= from; k--) {
                QuoteCues.Cue c = QuoteCues.at(t, k);
                if (c != null && c.kind() == QuoteCues.Kind.FINITE && c.last() < before) {
                    SpeakerResolver.Found f = SpeakerResolver.forCue(t, c, from, before - 1);
                    if (f != null) {
                        return f;
                    }
                }
            }
        }
        if (from + 1 < before && (t.word(from).lower().equals("he") || t.word(from).lower().equals("she"))
                && t.plainGap(from + 1) && (!t.tagged() || t.word(from + 1).tag().startsWith("VB")
                || t.word(from + 1).tag().equals("MD") || t.word(from + 1).tag().startsWith("RB"))) {
            return SpeakerResolver.pronoun(t, from);
        }
        SpeakerResolver.Found f = t.tagged() ? beforeFiniteVerb(t, mainClause(t, from, before), before, named) : null;
        return f != null ? f : SpeakerResolver.mainSubject(t, from, before);
    }

    /** The first word of the main clause: after the comma of a fronted subordinate clause, else {@code from}. */
    private static int mainClause(QuoteText t, int from, int before) {
        if (!SUBORDINATORS.contains(t.word(from).lower())) {
            return from;
        }
        for (int k = from + 1; k < before; k++) {
            if (t.gapBefore(k).contains(",")) {
                return k;
            }
        }
        return from;
    }

    /** The subject right before the first finite verb of words {@code [from, before)}. */
    private static SpeakerResolver.Found beforeFiniteVerb(QuoteText t, int from, int before, boolean named) {
        for (int k = from; k < before; k++) {
            if (t.inQuote(t.word(k).start())) {
                return null;
            }
            if (FINITE.contains(t.word(k).tag())) {
                SpeakerResolver.Found f = k > from ? SpeakerResolver.leftOf(t, k, from) : null;
                if (f == null) {
                    return null;
                }
                String head = t.word(f.last()).lower();
                if (f.speaker().entityId() == null && (SpeakerWords.TEMPORAL.contains(head)
                        || (SpeakerWords.STOP_CAPS.contains(head) && !SpeakerWords.PRONOUNS.contains(head)
                        && !SpeakerWords.OTHER_PRONOUNS.contains(head)))) {
                    return null; // "On Tuesday ... said": no subject
                }
                if (!named) {
                    return f;
                }
                String tag = t.word(f.first()).tag();
                return t.mention(f.first()) != null || tag.startsWith("NNP") || tag.equals("PRP") ? f : null;
            }
        }
        return null;
    }
}
