package org.corroborate.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.corroborate.api.EntityMention;
import org.corroborate.api.Quote;
import org.corroborate.api.Speaker;

/**
 * Headline attributions: a line that opens with a short capitalised source, a colon and the claim
 * ({@code Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance}, {@code Poll: Donald Trump Ties
 * Hillary Clinton}, {@code NY Post: Megyn Kelly Is No Different}).
 *
 * <p>The source is 1 to {@value #MAX_SOURCE_WORDS} capitalised words at the start of the line, ending right before
 * ": "; it must hold an entity mention, or end in a report word ({@code Poll}, {@code Survey}, {@code Report}, ...),
 * or the line must be the article's first. The content runs from after the colon to the end of the line (a final
 * period excluded) and has at least 3 words; the cue is the colon; the speaker is the mention's entity, else the
 * source words unresolved. {@code direct} is false.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteHeadline {

    /** The most words a headline source may have. */
    static final int MAX_SOURCE_WORDS = 4;
    private static final Set<String> REPORT_WORDS = Set.of("poll", "polls", "survey", "report", "study", "newspaper",
            "guide", "fact-check", "camp", "campaign", "memo", "analysis");
    private static final Set<String> NOT_SOURCE = Set.of("update", "updated", "note", "editor", "editor's",
            "editor’s", "watch", "read", "related", "photo", "photos", "video", "source", "sources", "update:",
            "breaking", "exclusive", "live", "opinion", "ps", "p.s", "q", "a", "the", "by", "from", "more", "also");

    private QuoteHeadline() {
    }

    /**
     * @param t the article view
     * @return the headline attributions, in text order; never null
     */
    static List<Quote> find(QuoteText t) {
        List<Quote> result = new ArrayList<>();
        String text = t.text();
        List<int[]> lines = QuoteMarks.lines(text);
        for (int li = 0; li < lines.size(); li++) {
            int start = lines.get(li)[0];
            int end = lines.get(li)[1];
            int colon = text.indexOf(": ", start);
            if (colon < 0 || colon >= end || colon - start > 40) {
                continue;
            }
            int first = t.wordAt(start);
            int after = t.wordAt(colon + 1);
            if (first >= t.wordCount() || after >= t.wordCount() || t.word(first).start() != start
                    || after - first > MAX_SOURCE_WORDS || after == first) {
                continue;
            }
            boolean ok = true;
            EntityMention mention = null;
            for (int w = first; w < after; w++) {
                QuoteText.Word word = t.word(w);
                ok &= (word.capitalized() || word.lower().equals("camp")) && !NOT_SOURCE.contains(word.lower())
                        && !Character.isDigit(word.text().charAt(0)) && !t.inQuote(word.start())
                        && (w == first || t.gapBefore(w).isBlank());
                mention = mention == null ? t.mention(w) : mention;
            }
            boolean report = REPORT_WORDS.contains(t.word(after - 1).lower());
            if (!ok || (mention == null && !report && li > 0)) {
                continue;
            }
            int e = end;
            if (text.charAt(e - 1) == '.') {
                e--;
            }
            int s = colon + 2;
            if (s >= e || QuoteMarks.words(text, s, e) < 3) { // "Miller: " may end its line: nothing said
                continue;
            }
            Speaker speaker = mention != null ? SpeakerResolver.speaker(mention, t)
                    : new Speaker(t.span(start, t.word(after - 1).end()), null,
                    text.substring(start, t.word(after - 1).end()));
            result.add(new Quote(t.span(s, e), t.span(colon, colon + 1), speaker, false));
        }
        return result;
    }
}
