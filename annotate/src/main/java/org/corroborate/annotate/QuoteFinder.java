package org.corroborate.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.corroborate.api.Article;
import org.corroborate.api.Entity;
import org.corroborate.api.EntityMention;
import org.corroborate.api.EntityType;
import org.corroborate.api.Quote;
import org.corroborate.api.Sentence;
import org.corroborate.api.Span;
import org.corroborate.api.Speaker;

/**
 * Finds direct and indirect quotes and their speakers.
 *
 * <p><b>Direct quotes</b> are the stretches {@link QuoteMarks} finds (every mark style, mismatched pairs, one piece per
 * paragraph, capped at the paragraph end when unclosed). The content is inside the marks, trimmed, without a
 * trailing comma. Each quote's speaker and cue come from the first rule that finds one:
 * <ol>
 *   <li>a signature: a dash and a named entity right after the closing mark ({@code “…” — Hillary Clinton
 *       (@HillaryClinton)}), the dash being the cue;</li>
 *   <li>a cue right after the quote in its sentence ({@code "…," Trump said}, {@code "…," said Valeriy Chaly},
 *       {@code "…," Putin adviser Yuri Ushakov told reporters});</li>
 *   <li>a cue in the last 12 words before the quote in its sentence ({@code Trump said: "…"},
 *       {@code …, saying "…"}); without one, when a colon introduces the quote, the main-clause subject before it
 *       ({@code She addressed the supporters again: "…"}, cue null);</li>
 *   <li>a cue with a speaker in the previous, then the next, sentence of the same paragraph;</li>
 *   <li>for a quote opening its paragraph after a sentence ending in a colon ({@code Clinton released the following
 *       statement:}), a cue with a speaker in that sentence, else its main-clause subject;</li>
 *   <li>the speaker of the previous quote in the same paragraph, or in the paragraph before when the quote opens
 *       its paragraph (cue null);</li>
 *   <li>the only PERSON entity mentioned (outside quotes) in the quote's sentences (cue null).</li>
 * </ol>
 * Speakers and descriptions resolve as {@link SpeakerResolver} documents. A quote continued over paragraphs
 * ({@link QuoteMarks.Piece#continued()}) is attributed as one and is one quote, a piece per paragraph.
 *
 * <p><b>Scare quotes</b>: a quote of at most {@value #SHORT_WORDS} words is kept only when a cue with a speaker is
 * adjacent to it: the cue or its speaker (with its titles) starts right after the quote, or the cue or speaker comes
 * right before it, with at most "that" or an object pronoun between ({@code saying “not now”}, {@code told them
 * that “never”}) ({@code ‘didn’t like it,’ Trump said} counts; {@code a “productive” call} and
 * {@code this ‘inglorious’ War} do not), or when it comes right after a naming verb with a speaker and at most one
 * linking word ({@code what he called a “productive” call}, {@code called it “unhinged”}).
 *
 * <p><b>Indirect quotes</b> are found by {@link QuoteIndirect}. When an indirect clause embeds direct quotes and has
 * at least 3 words outside them (a mixed quote), it is kept once, as the indirect quote with the whole clause, and the
 * embedded direct quotes are dropped; with fewer words outside, the direct quotes stand and the indirect one is
 * dropped. A clause of a non-speech verb ("expressed skepticism ..., saying “...”") never replaces a direct quote:
 * the direct quote stands and the clause is dropped.
 *
 * <p>Headline attributions ({@code Graham: Trump’s rhetoric destroying GOP’s chance}) are found by
 * {@link QuoteHeadline}; a direct quote inside one is dropped.
 *
 * <p>A quote split around its attribution ({@code “A,” he said, “B.”}, {@code “A,” he said. “B.”}) is one quote in
 * two {@link Quote#pieces()}, as is a quote running on over paragraphs; no piece holds the narration between them
 * (conditions in {@link #splitAroundAttribution}).
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteFinder {

    /** Quotes of at most this many words need an adjacent cue. */
    static final int SHORT_WORDS = 3;
    private static final Set<String> LINKS = Set.of("that", "it", "them", "him", "her", "us", "reporters");
    /** Verbs that name something in the speaker's words ({@code called it “unhinged”}). */
    private static final Set<String> NAMING = Set.of("call", "dub", "describe", "label", "brand", "term");
    private static final Set<String> NAMING_LINKS = Set.of("it", "them", "him", "her", "this", "a", "an", "the",
            "as", "his", "their", "its");

    /** A cue-bearing attribution: the speaker, the cue span (nullable), whether the cue is adjacent. */
    private record Attribution(Speaker speaker, Span cue, boolean adjacent) {
    }

    /** The last direct quote made of quotation-mark pieces: its index in the list, its attribution, its end. */
    private record Group(int index, Quote quote, Attribution attribution, int close) {
    }

    /** The most words the attribution between two pieces of one quote may have ({@code “A,” he said on Monday, “B.”}). */
    static final int SPLIT_WORDS = 12;

    /**
     * True when the quote opening at {@code next} continues the quote of {@code group} around its attribution:
     * {@code “A,” he said, “B.”} or {@code “A,” he said. “B.”}. The group's cue must be adjacent and lie between the
     * two (after the first's closing mark, before the next's opening mark), in the same paragraph, in at most
     * {@value #SPLIT_WORDS} words with no other quotation mark and no sentence after the cue's, ending in a comma, a
     * full stop or a colon; and the
     * next quote must have no adjacent cue of its own ({@code “A,” he said. “B,” she replied.} stays two quotes).
     */
    private static boolean splitAroundAttribution(QuoteText t, Group group, QuoteMarks.Piece next, Attribution own) {
        Attribution a = group.attribution();
        if (a == null || a.cue() == null || !a.adjacent() || a.cue().start() < group.close()
                || a.cue().end() > next.open() || next.open() < group.close()) {
            return false;
        }
        int cueSentence = t.sentenceAt(a.cue().start());
        if (cueSentence < 0 || (t.sentenceAt(next.open()) != cueSentence
                && !t.text().substring(Math.min(next.open(), t.sentences().get(cueSentence).span().end()), next.open())
                .chars().allMatch(c -> Character.isWhitespace(c) || c == '.'))) {
            return false; // "“A,” Miller said. It rained. “B.”": narration beyond the attribution
        }
        String gap = t.text().substring(group.close(), next.open());
        String stripped = gap.strip();
        if (gap.indexOf('\n') >= 0 || SpeakerResolver.hasMark(gap) || stripped.isEmpty()
                || ",.:".indexOf(stripped.charAt(stripped.length() - 1)) < 0
                || QuoteMarks.words(t.text(), group.close(), next.open()) > SPLIT_WORDS) {
            return false;
        }
        return own == null || own.cue() == null || !own.adjacent() || own.cue().equals(a.cue());
    }

    /**
     * @param article   the article (offsets index its text); never null
     * @param sentences its sentences with tokens (POS tags, lemmas, NER classes); null means none
     * @param mentions  its entity mentions, with within-article canonical entity ids; null means none
     * @param entities  its entity index; null means none
     * @return quotes in text order (by content start); never null
     */
    List<Quote> find(Article article, List<Sentence> sentences, List<EntityMention> mentions, List<Entity> entities) {
        Objects.requireNonNull(article, "article");
        List<QuoteMarks.Piece> pieces = QuoteMarks.find(article.text());
        QuoteText t = new QuoteText(article, sentences == null ? List.of() : sentences,
                mentions == null ? List.of() : mentions, entities == null ? List.of() : entities, pieces);
        List<Quote> directs = new ArrayList<>();
        Speaker previous = null;
        int previousParagraph = -1;
        Group group = null;
        int i = 0;
        while (i < pieces.size()) {
            int j = i;
            while (j + 1 < pieces.size() && pieces.get(j + 1).continued()) {
                j++;
            }
            QuoteMarks.Piece first = pieces.get(i);
            QuoteMarks.Piece last = pieces.get(j);
            Attribution a = attribute(t, first, last);
            if (a == null && previous != null && (previousParagraph == t.paragraph(first.open())
                    || (previousParagraph + 1 == t.paragraph(first.open()) && opensParagraph(t, first)))) {
                a = new Attribution(previous, null, false);
            }
            if (a == null) {
                a = onlyPerson(t, first, last);
            }
            List<Span> said = new ArrayList<>();
            for (QuoteMarks.Piece p : pieces.subList(i, j + 1)) {
                int words = QuoteMarks.words(article.text(), p.contentStart(), p.contentEnd());
                if (words <= SHORT_WORDS && (a == null || !a.adjacent())) {
                    Attribution named = naming(t, p);
                    if (named != null) {
                        directs.add(new Quote(t.span(p.contentStart(), p.contentEnd()), named.cue(), named.speaker(),
                                true));
                    }
                    continue;
                }
                said.add(t.span(p.contentStart(), p.contentEnd()));
            }
            if (!said.isEmpty()) {
                if (group != null && splitAroundAttribution(t, group, first, a)) {
                    List<Span> joined = new ArrayList<>(group.quote().pieces());
                    joined.addAll(said);
                    Quote q = group.quote();
                    directs.set(group.index(), new Quote(q.content(), q.cue(), q.speaker(), true, joined));
                    group = null;
                } else {
                    Span content = said.get(0);
                    directs.add(new Quote(content, a == null ? null : a.cue(), a == null ? null : a.speaker(), true,
                            said));
                    group = new Group(directs.size() - 1, directs.get(directs.size() - 1), a, last.close());
                }
            }
            if (a != null) {
                previous = a.speaker();
                previousParagraph = t.paragraph(last.open());
            }
            i = j + 1;
        }
        Set<Quote> dropped = new HashSet<>();
        List<Quote> result = new ArrayList<>(QuoteIndirect.find(t, directs, dropped));
        List<Quote> headlines = QuoteHeadline.find(t);
        List<Quote> kept = new ArrayList<>();
        for (Quote q : directs) {
            if (!dropped.contains(q) && headlines.stream().noneMatch(h -> q.content().within(h.content()))) {
                kept.add(q);
            }
        }
        for (Quote h : headlines) {
            if (result.stream().noneMatch(q -> q.content().overlaps(h.content()))) {
                result.add(h);
            }
        }
        result.addAll(kept);
        result.sort(Comparator.comparingInt((Quote q) -> q.content().start()).thenComparingInt(q -> q.content().end()));
        return List.copyOf(result);
    }

    private static Attribution attribute(QuoteText t, QuoteMarks.Piece first, QuoteMarks.Piece last) {
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
                    return new Attribution(f.speaker(), cueSpan(t, c), nearest == from);
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
                    return new Attribution(f.speaker(), cueSpan(t, c), adjacent);
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
                return new Attribution(f.speaker(), cueSpan(t, c), false);
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
                return new Attribution(f.speaker(), cueSpan(t, c), false);
            }
        }
        return null;
    }

    /**
     * The attribution of a short quote right after a naming verb and at most one linking word, when the verb has a
     * speaker: {@code what he called a “productive” call}, {@code called it “unhinged”}, {@code described them as
     * “thugs”}; null otherwise.
     */
    private static Attribution naming(QuoteText t, QuoteMarks.Piece p) {
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
            return f == null ? null : new Attribution(f.speaker(), cueSpan(t, c), true);
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

    private static final String DASHES = "—―–-";

    /** True when sentence {@code s} ends with a colon ({@code He released the following statement:}). */
    private static boolean endsWithColon(QuoteText t, int s) {
        String text = t.sentences().get(s).span().text().strip();
        return text.endsWith(":");
    }

    /** True when the quote's opening mark starts its paragraph (a quote running on from the paragraph before). */
    private static boolean opensParagraph(QuoteText t, QuoteMarks.Piece p) {
        int i = p.open();
        while (i > 0 && t.text().charAt(i - 1) != '\n') {
            if (!Character.isWhitespace(t.text().charAt(i - 1))) {
                return false;
            }
            i--;
        }
        return true;
    }

    /** The only PERSON entity mentioned outside quotes in the sentences of the quote. */
    private static Attribution onlyPerson(QuoteText t, QuoteMarks.Piece first, QuoteMarks.Piece last) {
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

    static Span cueSpan(QuoteText t, QuoteCues.Cue c) {
        return t.span(t.word(c.first()).start(), t.word(c.last()).end());
    }
}
