package org.corroborate.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A direct or indirect quotation.
 *
 * <p>The content follows the attribution-corpus convention (PolNeAR): an indirect quote's content keeps its
 * complementiser ("that Russia had the upper hand") and a mixed quote its quotation marks; {@link #wording()} is the
 * same content trimmed for readers, still with offsets into the article.
 *
 * <p>A direct quote split around its attribution ({@code “A,” he said, “B.”}) or running on over paragraphs is one
 * quote in several {@link #pieces()}, none of which holds the narration between them; {@link #content()} is the
 * first piece, so a consumer that reads only the content sees the first part of what was said, never the narration.
 *
 * @param content what was said, its first piece when there are several (for a direct quote, inside the quotation
 *                marks, marks excluded); never null
 * @param cue     the speech verb or phrase ("said", "told reporters", "according to"); nullable
 * @param speaker who said it; nullable when unknown
 * @param direct  true when found by its quotation marks
 * @param pieces  every piece of what was said, in text order, the first being {@code content}; null or empty means
 *                {@code [content]}; never holds the narration between pieces
 */
public record Quote(Span content, Span cue, Speaker speaker, boolean direct, List<Span> pieces) {

    public Quote {
        Objects.requireNonNull(content, "content");
        pieces = pieces == null || pieces.isEmpty() ? List.of(content) : List.copyOf(pieces);
        if (!pieces.get(0).equals(content)) {
            throw new IllegalArgumentException("the first piece must be the content: " + pieces.get(0));
        }
    }

    /** A quote in one piece. */
    public Quote(Span content, Span cue, Speaker speaker, boolean direct) {
        this(content, cue, speaker, direct, List.of(content));
    }

    /** Each piece trimmed for readers as {@link #wording()} trims the content; one per piece, in text order. */
    public List<Span> wordings() {
        List<Span> result = new ArrayList<>();
        for (Span piece : pieces) {
            result.add(trimmed(piece));
        }
        return List.copyOf(result);
    }

    /** The words of every piece's wording, joined with " … " (the words a reader sees); never null. */
    public String wordingText() {
        return String.join(" … ", wordings().stream().map(Span::text).toList());
    }

    /**
     * The content as a reader should see it, a sub-span of {@link #content()} (same article, offsets still index its
     * text): a leading "that " dropped when words follow it, then one pair of enclosing double quotation marks
     * dropped when no other double mark lies between them, then surrounding spaces and a trailing comma. The content
     * itself when there is nothing to trim; never null.
     */
    public Span wording() {
        return trimmed(content);
    }

    private static Span trimmed(Span content) {
        String text = content.text();
        int s = 0;
        int e = text.length();
        if (e > 5 && text.regionMatches(true, 0, "that ", 0, 5) && text.substring(5).strip().length() > 0) {
            s = 5;
        }
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        if (e - s >= 2 && isDoubleMark(text.charAt(s)) && isDoubleMark(text.charAt(e - 1))
                && text.substring(s + 1, e - 1).chars().noneMatch(c -> isDoubleMark((char) c))) {
            s++;
            e--;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
                e--;
            }
        }
        if (s == 0 && e == text.length() || e <= s) {
            return content;
        }
        return new Span(content.articleId(), content.start() + s, content.start() + e, text.substring(s, e));
    }

    private static boolean isDoubleMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u00AB'
                || c == '\u00BB';
    }
}
