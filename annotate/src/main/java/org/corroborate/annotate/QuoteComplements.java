package org.corroborate.annotate;

import java.util.Set;

import org.corroborate.api.Quote;

/**
 * The content a verb cue introduces after it ({@code X said (that) CLAUSE}, {@code X told reporters CLAUSE},
 * {@code X wants to ...}): it starts after the cue, skipping the object of "tell" and, for speech verbs, adjuncts
 * ({@code said on Thursday}); from "that", included, when it comes within {@value #THAT_REACH} words; and runs to the
 * clause end ({@link QuoteClauses#contentLast}). A cue followed by punctuation ({@code said: "…"}) gives none, as
 * does content starting with a preposition, conjunction, "to" (except after verbs that take an infinitive:
 * {@link QuoteVerbs#takesInfinitive}) or "nothing".
 *
 * <p>Arguments are never null; {@link #forward} returns null when there is no content. Stateless and thread-safe.
 */
final class QuoteComplements {

    private static final Set<String> ADJUNCTS = Set.of("on", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "later", "earlier", "again", "also", "then",
            "last", "week", "this", "in", "a", "an", "the", "statement", "interview", "after", "call", "told",
            "reporters", "journalists", "social", "media", "x", "truth", "twitter", "facebook", "telegram", "late",
            "morning", "evening", "afternoon", "night", "separately", "privately", "publicly", "his", "her", "their");
    /** Words that cannot start the content of an indirect quote (prepositions, conjunctions, "to", "nothing"). */
    static final Set<String> NOT_CONTENT = Set.of("to", "so", "nothing", "anything", "something", "no",
            "from", "in", "at", "during", "after", "before", "with", "by", "on", "for", "of", "about", "through",
            "via", "as", "while", "when", "and", "but", "or");
    /** How many words after the cue "that" may come ({@code said in an interview with the AP last week that}). */
    static final int THAT_REACH = 11;
    /**
     * Words that may open a fronted adjunct right after "that" ({@code said that while Clinton had been careless,
     * ...}, {@code said that, during the period ...}): the complement is still the cue's.
     */
    private static final Set<String> FRONTED = Set.of("in", "at", "during", "after", "before", "with", "by", "on",
            "for", "while", "when", "as", "from", "through");

    private QuoteComplements() {
    }

    /**
     * Content after the cue: skip the object of "tell", adjuncts and "that".
     *
     * @param t the article view
     * @param c the cue
     * @param f the speaker found for the cue
     * @param s the sentence of the cue
     * @return the indirect quote; null when the cue introduces no content
     */
    static Quote forward(QuoteText t, QuoteCues.Cue c, SpeakerResolver.Found f, int s) {
        int end = t.end(s);
        int k = c.last() + 1;
        if (k >= end || !(t.plainGap(k) || opening(t, k))) {
            return null;
        }
        int that = that(t, k, end);
        if (that >= 0) {
            k = that;
            if (that + 1 >= end || (NOT_CONTENT.contains(t.word(that + 1).lower())
                    && !FRONTED.contains(t.word(that + 1).lower()))) {
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
        return QuoteClauses.quote(t, c, f, k, QuoteClauses.contentLast(t, k, end));
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
            } else if (!QuoteText.isSpace(ch)) {
                return false;
            }
        }
        return mark;
    }

    /**
     * The word "that" within {@value #THAT_REACH} words of word {@code k}, without punctuation or another cue; with
     * real POS tags, not a relative pronoun (tagged {@code WDT}) and not after a verb ({@code said they would move on
     * legislation that ...}). When word {@code k} opens an adjunct (tagged {@code IN} or {@code RB}), commas may
     * stand between ({@code says at a campaign stop in Toledo, Ohio, that ...}), and a "that" tagged {@code WDT}
     * counts unless a verb or modal follows it ({@code said via email that, “...”}; not {@code said in a statement
     * that was released}).
     */
    private static int that(QuoteText t, int k, int end) {
        boolean adjunct = t.tagged() && (t.word(k).tag().equals("IN") || t.word(k).tag().startsWith("RB"))
                && !t.word(k).lower().equals("that");
        for (int i = k; i < end && i - k < THAT_REACH; i++) {
            if (i > k && !(t.plainGap(i) || adjunct && t.gapBefore(i).trim().equals(","))
                    || (i > k && QuoteCues.at(t, i) != null)) {
                return -1;
            }
            if (t.word(i).lower().equals("that")) {
                boolean relative = t.word(i).tag().equals("WDT") && !(adjunct && i > k && i + 1 < end
                        && !t.word(i + 1).tag().startsWith("VB") && !t.word(i + 1).tag().equals("MD"));
                return t.tagged() && (relative || verbBetween(t, k, i)) ? -1 : i;
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
}
