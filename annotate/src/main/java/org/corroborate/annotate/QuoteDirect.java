package org.corroborate.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.corroborate.annotate.QuoteAttributions.Attribution;
import org.corroborate.api.Quote;
import org.corroborate.api.Span;
import org.corroborate.api.Speaker;

/**
 * Builds the direct quotes of an article from its quotation-mark pieces ({@link QuoteMarks}), as {@link QuoteFinder}
 * documents: pieces continued over paragraphs are one quote; each quote is attributed ({@link QuoteAttributions}),
 * else given the speaker of the previous quote of the paragraph (or of the paragraph before, when the quote opens its
 * paragraph), else the only PERSON mentioned; a quote of at most {@value #SHORT_WORDS} words without an adjacent cue
 * is a scare quote, kept only after a naming verb; a quote split around its attribution is one quote in two pieces
 * ({@link #splitAroundAttribution}).
 *
 * <p>Arguments are never null. Stateless and thread-safe.
 */
final class QuoteDirect {

    /** Quotes of at most this many words need an adjacent cue. */
    static final int SHORT_WORDS = 3;
    /**
     * The most words the attribution between two pieces of one quote may have ({@code “A,” he said on Monday, “B.”},
     * {@code “A,” said Rick Wilson, a strategist who once worked for Bush. “B.”}); as many as an appositive may have
     * ({@link SpeakerResolver#APPOSITIVE_WORDS}).
     */
    static final int SPLIT_WORDS = SpeakerResolver.APPOSITIVE_WORDS;
    /** The most words of an attribution between two parts of a quote when it does not touch the first part. */
    static final int LOOSE_SPLIT_WORDS = 16;

    /** An apostrophe inside a word or after a plural's "s" ({@code Clinton’s}, {@code voters’}): not a quote mark. */
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})['’](?=\\p{L})|(?<=s)['’](?=\\s)");

    /** The last direct quote made of quotation-mark pieces: its index in the list, its attribution, its end. */
    private record Group(int index, Quote quote, Attribution attribution, int close) {
    }

    private QuoteDirect() {
    }

    /**
     * @param t      the article view
     * @param pieces the quotation-mark pieces of the article, in text order
     * @return the direct quotes in the order of their pieces; a new mutable list
     */
    static List<Quote> find(QuoteText t, List<QuoteMarks.Piece> pieces) {
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
            Attribution a = QuoteAttributions.attribute(t, first, last);
            if (a == null && previous != null && (previousParagraph == t.paragraph(first.open())
                    || (previousParagraph + 1 == t.paragraph(first.open())
                            && QuoteAttributions.opensParagraph(t, first)))) {
                a = new Attribution(previous, null, false);
            }
            if (a == null) {
                a = QuoteAttributions.onlyPerson(t, first, last);
            }
            List<Span> said = new ArrayList<>();
            for (QuoteMarks.Piece p : pieces.subList(i, j + 1)) {
                int words = QuoteMarks.words(t.text(), p.contentStart(), p.contentEnd());
                if (words <= SHORT_WORDS && (a == null || !a.adjacent())) {
                    Attribution named = QuoteAttributions.naming(t, p);
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
        return directs;
    }

    /**
     * True when the quote opening at {@code next} continues the quote of {@code group} around its attribution:
     * {@code “A,” he said, “B.”} or {@code “A,” he said. “B.”}. The group's cue must be adjacent (or be the only
     * attribution between the two, {@link #onlyAttributionBetween}) and lie between the
     * two (after the first's closing mark, before the next's opening mark), in the same paragraph, in at most
     * {@value #SPLIT_WORDS} words with no other quotation mark and no sentence after the cue's, ending in a comma, a
     * full stop or a colon (a no-break space counts as a space); and the
     * next quote must have no adjacent cue of its own ({@code “A,” he said. “B,” she replied.} stays two quotes).
     */
    private static boolean splitAroundAttribution(QuoteText t, Group group, QuoteMarks.Piece next, Attribution own) {
        Attribution a = group.attribution();
        if (a == null || a.cue() == null
                || (!a.adjacent() && !onlyAttributionBetween(t, a, group.close(), next.open()))
                || a.cue().start() < group.close()
                || a.cue().end() > next.open() || next.open() < group.close()) {
            return false;
        }
        int cueSentence = t.sentenceAt(a.cue().start());
        if (cueSentence < 0 || (t.sentenceAt(next.open()) != cueSentence
                && !t.text().substring(Math.min(next.open(), t.sentences().get(cueSentence).span().end()), next.open())
                .chars().allMatch(c -> Character.isWhitespace(c) || c == '\u00A0' || c == '.'))) {
            return false; // "“A,” Miller said. It rained. “B.”": narration beyond the attribution
        }
        String gap = t.text().substring(group.close(), next.open());
        String stripped = gap.replace('\u00A0', ' ').strip(); // a no-break space is a space here
        if (gap.indexOf('\n') >= 0 || SpeakerResolver.hasMark(APOSTROPHE.matcher(gap).replaceAll(""))
                || stripped.isEmpty()
                || ",.:".indexOf(stripped.charAt(stripped.length() - 1)) < 0
                || QuoteMarks.words(t.text(), group.close(), next.open()) > SPLIT_WORDS) {
            return false;
        }
        return own == null || own.cue() == null || !own.adjacent() || own.cue().equals(a.cue());
    }

    /**
     * True when the text from {@code from} to {@code to} holds the attribution's speaker and cue and no other cue, in
     * at most {@value #LOOSE_SPLIT_WORDS} words: the attribution of a quote split around it that does not touch the
     * first part ({@code “A,” campaign manager Robby Mook said. “B.”}; {@code “A,” she said, adding: “B.”} stays two).
     */
    private static boolean onlyAttributionBetween(QuoteText t, Attribution a, int from, int to) {
        Span speaker = a.speaker().span();
        if (speaker.start() < from || speaker.end() > to
                || QuoteMarks.words(t.text(), from, to) > LOOSE_SPLIT_WORDS) {
            return false;
        }
        for (int k = t.wordAt(from); k < t.wordCount() && t.word(k).end() <= to; k++) {
            boolean own = t.word(k).start() >= a.cue().start() && t.word(k).end() <= a.cue().end();
            if (!own && QuoteCues.atAny(t, k) != null) {
                return false;
            }
        }
        return true;
    }
}
