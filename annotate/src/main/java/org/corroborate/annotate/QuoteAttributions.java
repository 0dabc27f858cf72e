package org.corroborate.annotate;

import java.util.Set;

import org.corroborate.api.EntityMention;
import org.corroborate.api.EntityType;
import org.corroborate.api.Span;
import org.corroborate.api.Speaker;

/**
 * The speaker and cue of a direct quote, by the rules {@link QuoteFinder} lists: a signature after a dash, a cue right
 * after or before the quote, the subject before a colon, a cue in a neighbouring sentence of the paragraph, and, as
 * fallbacks the caller applies, the only PERSON mentioned ({@link #onlyPerson}); and the naming verbs that keep a
 * short quote ({@link #naming}: {@code what he called a “productive” call}).
 *
 * <p>Arguments are never null; methods return null when no rule finds an attribution. Stateless and thread-safe.
 */
final class QuoteAttributions {

    private static final Set<String> LINKS = Set.of("that", "it", "them", "him", "her", "us", "reporters");
    /** Verbs that name something in the speaker's words ({@code called it “unhinged”}). */
    private static final Set<String> NAMING = Set.of("call", "dub", "describe", "label", "brand", "term");
    private static final Set<String> NAMING_LINKS = Set.of("it", "them", "him", "her", "this", "a", "an", "the",
            "as", "his", "their", "its");
    private static final String DASHES = "—―–-";
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /**
     * A cue-bearing attribution.
     *
     * @param speaker  the speaker; never null
     * @param cue      the cue span; null when the speaker was found without a cue
     * @param adjacent whether the cue (or its speaker) touches the quote
     */
    record Attribution(Speaker speaker, Span cue, boolean adjacent) {
    }

    private QuoteAttributions() {
    }

    /**
     * The attribution of the direct quote made of pieces {@code first} to {@code last} by the cue rules 1 to 5 of
     * {@link QuoteFinder}: a signature, a cue right after or before the quote, a colon's subject, a cue in the same
     * or a neighbouring sentence.
     *
     * @param t     the article view
     * @param first the quote's first piece
     * @param last  the quote's last piece ({@code first} for a one-piece quote)
     * @return the attribution; null when no rule finds one
     */
    static Attribution attribute(QuoteText t, QuoteMarks.Piece first, QuoteMarks.Piece last) {
        Attribution signed = signature(t, last);
        if (signed != null) {
            return signed;
        }
        int closeSentence = t.sentenceAt(Math.max(0, last.close() - 1));
        if (closeSentence >= 0) {
            int from = t.wordAt(last.close());
            int end = t.end(closeSentence);
            for (int w = from; w < end && w < from + 10 && !t.inQuote(t.word(w).start()); w++) {
                QuoteCues.Cue c = QuoteCues.at(t, w);
                SpeakerResolver.Found f = c == null ? null : SpeakerResolver.forCue(t, c, from, end - 1);
                if (f != null) {
                    int nearest = Math.min(c.first(), SpeakerResolver.npStart(t, f.first(), from));
                    if (nearest - 1 == from && ARTICLES.contains(t.word(from).lower()) && t.plainGap(nearest)) {
                        nearest = from; // "“…,” the ACU said"
                    }
                    return new Attribution(f.speaker(), QuoteFinder.cueSpan(t, c), nearest == from);
                }
            }
        }
        int openSentence = t.sentenceAt(first.open());
        if (openSentence >= 0) {
            int before = Math.min(t.wordAt(first.open()), t.end(openSentence));
            int from = t.first(openSentence);
            for (int w = before - 1; w >= from; w--) {
                if (t.inQuote(t.word(w).start())) {
                    from = w + 1;
                    break;
                }
            }
            for (int w = before - 1; w >= from && before - w <= 12; w--) {
                QuoteCues.Cue c = QuoteCues.at(t, w);
                if (c == null || c.last() >= before) {
                    continue;
                }
                SpeakerResolver.Found f = SpeakerResolver.forCue(t, c, from, before - 1);
                if (f != null) {
                    int nearest = Math.max(c.last(), f.first() > c.last() ? f.last() : c.last());
                    boolean adjacent = true;
                    for (int k = nearest + 1; k < before; k++) {
                        adjacent &= LINKS.contains(t.word(k).lower()) && before - nearest <= 3;
                    }
                    return new Attribution(f.speaker(), QuoteFinder.cueSpan(t, c), adjacent);
                }
            }
            if (before > from && t.text().substring(t.word(before - 1).end(), first.open()).strip().equals(":")) {
                SpeakerResolver.Found f = SpeakerResolver.mainSubject(t, from, before);
                if (f != null) {
                    return new Attribution(f.speaker(), null, false);
                }
            }
        }
        for (int s = Math.max(0, openSentence); s >= 0 && s <= closeSentence; s++) {
            Attribution a = anyCue(t, s, false);
            if (a != null) {
                return a;
            }
        }
        for (int s = Math.max(0, openSentence); s >= 0 && s <= closeSentence; s++) {
            Attribution a = broadCueBefore(t, s, first.open());
            if (a != null) {
                return a;
            }
        }
        int paragraph = t.paragraph(first.open());
        if (openSentence > 0 && t.paragraph(t.sentences().get(openSentence - 1).span().start()) == paragraph) {
            Attribution a = anyCue(t, openSentence - 1, true);
            if (a != null) {
                return a;
            }
        }
        if (openSentence > 0 && opensParagraph(t, first) && endsWithColon(t, openSentence - 1)) {
            Attribution a = anyCue(t, openSentence - 1, true);
            if (a == null) {
                int s = openSentence - 1;
                SpeakerResolver.Found f = SpeakerResolver.mainSubject(t, t.first(s), t.end(s));
                a = f == null ? null : new Attribution(f.speaker(), null, false);
            }
            if (a != null) {
                return a;
            }
        }
        int next = closeSentence + 1;
        if (closeSentence >= 0 && next < t.sentences().size()
                && t.paragraph(t.sentences().get(next).span().start()) == t.paragraph(last.open())) {
            return anyCue(t, next, false);
        }
        return null;
    }

    /** The last (or first) cue of sentence {@code s} outside quotes that has a speaker. */
    private static Attribution anyCue(QuoteText t, int s, boolean backwards) {
        int first = t.first(s);
        int end = t.end(s);
        for (int n = 0; n < end - first; n++) {
            int w = backwards ? end - 1 - n : first + n;
            QuoteCues.Cue c = QuoteCues.at(t, w);
            SpeakerResolver.Found f = c == null ? null : SpeakerResolver.forCue(t, c, first, end - 1);
            if (f != null) {
                return new Attribution(f.speaker(), QuoteFinder.cueSpan(t, c), false);
            }
        }
        return null;
    }

    /**
     * The last attribution verb of any kind ({@link QuoteCues#atAny}: "called", "referred to", "argues") of sentence
     * {@code s} that ends before the opening mark at {@code open} and has a speaker; null when none.
     */
    private static Attribution broadCueBefore(QuoteText t, int s, int open) {
        int first = t.first(s);
        int end = t.end(s);
        for (int w = end - 1; w >= first; w--) {
            if (t.word(w).end() > open) {
                continue;
            }
            QuoteCues.Cue c = QuoteCues.atAny(t, w);
            SpeakerResolver.Found f = c == null ? null : SpeakerResolver.forCue(t, c, first, end - 1);
            if (f != null) {
                return new Attribution(f.speaker(), QuoteFinder.cueSpan(t, c), false);
            }
        }
        return null;
    }

    /**
     * The attribution of a short quote right after a naming verb and at most one linking word, when the verb has a
     * speaker: {@code what he called a “productive” call}, {@code called it “unhinged”}, {@code described them as
     * “thugs”}; null otherwise.
     */
    static Attribution naming(QuoteText t, QuoteMarks.Piece p) {
        int s = t.sentenceAt(p.open());
        if (s < 0) {
            return null;
        }
        int from = t.first(s);
        int before = Math.min(t.wordAt(p.open()), t.end(s));
        for (int w = before - 1; w >= from && before - w <= 2; w--) {
            QuoteCues.Cue c = QuoteCues.atAny(t, w);
            if (c == null || c.last() != c.first() || !NAMING.contains(c.base())) {
                continue;
            }
            for (int k = c.last() + 1; k < before; k++) {
                if (!NAMING_LINKS.contains(t.word(k).lower()) || !t.plainGap(k)) {
                    return null;
                }
            }
            SpeakerResolver.Found f = SpeakerResolver.forCue(t, c, from, before - 1);
            return f == null ? null : new Attribution(f.speaker(), QuoteFinder.cueSpan(t, c), true);
        }
        return null;
    }

    /**
     * A quote signed after a dash on its own line ({@code “…” — Hillary Clinton (@HillaryClinton) July 23, 2016}, the
     * form of embedded posts and epigraphs): the named entity right after the dash is the speaker, the dash the cue.
     */
    private static Attribution signature(QuoteText t, QuoteMarks.Piece p) {
        if (!p.closed()) {
            return null;
        }
        String text = t.text();
        int i = p.close();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        if (i >= text.length() || DASHES.indexOf(text.charAt(i)) < 0) {
            return null;
        }
        int dash = i++;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        int w = t.wordAt(i);
        if (w >= t.wordCount() || t.word(w).start() != i) {
            return null;
        }
        EntityMention m = t.mention(w);
        if (m == null || m.span().start() != i || m.type() == EntityType.LOCATION) {
            return null;
        }
        return new Attribution(SpeakerResolver.speaker(m, t), t.span(dash, dash + 1), true);
    }

    /** True when sentence {@code s} ends with a colon ({@code He released the following statement:}). */
    private static boolean endsWithColon(QuoteText t, int s) {
        String text = t.sentences().get(s).span().text().strip();
        return text.endsWith(":");
    }

    /** True when the quote's opening mark starts its paragraph (a quote running on from the paragraph before). */
    static boolean opensParagraph(QuoteText t, QuoteMarks.Piece p) {
        int i = p.open();
        while (i > 0 && t.text().charAt(i - 1) != '\n') {
            if (!QuoteText.isSpace(t.text().charAt(i - 1))) {
                return false;
            }
            i--;
        }
        return true;
    }

    /** The only PERSON entity mentioned outside quotes in the sentences of the quote; null when none or several. */
    static Attribution onlyPerson(QuoteText t, QuoteMarks.Piece first, QuoteMarks.Piece last) {
        int s0 = t.sentenceAt(first.open());
        int s1 = t.sentenceAt(Math.max(0, last.close() - 1));
        if (s0 < 0 || s1 < 0) {
            return null;
        }
        int from = t.sentences().get(s0).span().start();
        int to = t.sentences().get(s1).span().end();
        EntityMention only = null;
        for (EntityMention m : t.mentions()) {
            if (m.type() != EntityType.PERSON || m.span().start() < from || m.span().end() > to
                    || t.inQuote(m.span().start())) {
                continue;
            }
            if (only != null && !only.entityId().equals(m.entityId())) {
                return null;
            }
            only = only == null ? m : only;
        }
        return only == null ? null : new Attribution(SpeakerResolver.speaker(only, t), null, false);
    }
}
