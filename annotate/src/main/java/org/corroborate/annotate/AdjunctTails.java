package org.corroborate.annotate;

import java.util.Set;

/**
 * The words that may follow a trailing attribution's cue before the next comma or the sentence end ({@code , Miller
 * said on Thursday}, {@code , she said in a video message to the convention}), for {@link QuoteIndirect}.
 *
 * <p>Stateless and thread-safe.
 */
final class AdjunctTails {

    private static final Set<String> TAIL = Set.of("on", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "later", "earlier", "again", "also", "then",
            "last", "week", "this", "in", "a", "an", "the", "statement", "interview", "after", "call", "told",
            "reporters", "journalists", "social", "media", "x", "truth", "twitter", "facebook", "telegram", "late",
            "morning", "evening", "afternoon", "night", "separately", "privately", "publicly", "his", "her", "their",
            "comment", "post", "speech", "briefing", "conference", "news", "press", "television", "radio", "remarks",
            "at", "with", "to", "from", "during", "by", "platform", "network", "phone", "video", "message", "letter",
            "email", "tuesday's", "when", "asked", "meeting", "summit", "visit", "trip", "board", "plane", "site");

    private AdjunctTails() {
    }

    /**
     * True when the words from {@code k} to the next comma or the end are at most 6 adjunct words (days, "on social
     * media", "in a statement", "after the call", names), with no "that" and no cue.
     */
    static boolean of(QuoteText t, int k, int end) {
        if (t.tagged() && tagged(t, k, end)) {
            return true;
        }
        for (int i = k; i < end; i++) {
            if (t.gapBefore(i).contains(",")) {
                return true;
            }
            QuoteText.Word w = t.word(i);
            if (i - k >= 6 || w.lower().equals("that") || QuoteCues.at(t, i) != null
                    || (t.tagged() && w.tag().startsWith("VB"))
                    || !(w.capitalized() || TAIL.contains(w.lower()) || t.mention(i) != null)) {
                return false;
            }
        }
        return true;
    }

    /**
     * With real POS tags, true when the words from {@code k} to the next comma or the end are prepositional phrases
     * of at most {@value #TAGGED_TAIL_WORDS} words ({@code she said in a video message to the convention}): the first
     * word a preposition, none a verb, modal, "that", cue or quoted word.
     */
    private static boolean tagged(QuoteText t, int k, int end) {
        if (k >= end || !(t.word(k).tag().equals("IN") || t.word(k).tag().equals("TO"))) {
            return false;
        }
        for (int i = k; i < end; i++) {
            if (t.gapBefore(i).contains(",")) {
                return i > k;
            }
            QuoteText.Word w = t.word(i);
            if (i - k >= TAGGED_TAIL_WORDS || !TAIL_TAGS.contains(w.tag()) || w.lower().equals("that")
                    || t.inQuote(w.start()) || QuoteCues.at(t, i) != null || !(i == k || t.plainGap(i))) {
                return false;
            }
        }
        return true;
    }

    /** The most words a tagged adjunct tail may have. */
    static final int TAGGED_TAIL_WORDS = 10;
    private static final Set<String> TAIL_TAGS = Set.of("IN", "TO", "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
            "NNPS", "CD", "PRP$", "POS", "RB");
}
