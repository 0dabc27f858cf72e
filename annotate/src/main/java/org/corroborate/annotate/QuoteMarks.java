package org.corroborate.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the stretches of text enclosed in quotation marks, before any attribution.
 *
 * <p>Rules:
 * <ul>
 *   <li>Double marks ({@code " “ ” „ ‟ « »}) get a role from their context, not their glyph: a mark after space
 *       (or a dash, a bracket, the start of a line) and before a non-space opens; a mark after a non-space and before
 *       space or punctuation closes; only when the context is ambiguous does the glyph decide ({@code “ „ «} open,
 *       {@code ” »} close, {@code "} either). This pairs the mismatched marks of scraped text ({@code ”…“},
 *       {@code “…"}, {@code ,“ he said. ”}).</li>
 *   <li>A paragraph is a line: quotes never cross a line break. A quote whose paragraph ends before a closing mark
 *       is capped at the end of its paragraph. When the next paragraph opens with an opening mark (the news
 *       convention for a quote running over several paragraphs), that next piece is flagged
 *       {@link Piece#continued()}; each paragraph's piece stays a separate piece, so unbalanced marks never swallow
 *       more than one paragraph. In a paragraph running on for more than {@value #MAX_UNCLOSED} characters after an
 *       unclosed mark (a whole article on one line), the quote ends at the first sentence end after the mark.</li>
 *   <li>An opening mark met while a quote is open means the earlier mark was stray: the quote restarts.</li>
 *   <li>Two straight apostrophes ({@code ''}) are one double mark, as in some wire text.</li>
 *   <li>Single marks ({@code ‘ ’ ' ‚}) are outer quotes only outside double-quoted stretches (nested ones are part of
 *       the outer content), only when an opening mark (after space, before a letter) meets a closing mark (after a
 *       non-space, not between two letters) in the same paragraph; apostrophes ({@code don't}, {@code Russia’s}) are
 *       never marks, and an unclosed single mark is never a quote.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteMarks {

    /**
     * One quoted stretch.
     *
     * @param open         index of the opening mark
     * @param close        index just past the closing mark, or the end of the paragraph (or of the first sentence,
     *                     see {@link #unclosedEnd}) when unclosed
     * @param contentStart first character of the content (marks and surrounding space excluded)
     * @param contentEnd   end of the content (exclusive; surrounding space and one trailing comma excluded)
     * @param closed       false when capped at the end of its paragraph
     * @param continued    true when this piece continues the unclosed quote of the previous paragraph
     */
    record Piece(int open, int close, int contentStart, int contentEnd, boolean closed, boolean continued) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");
    private static final String DOUBLE_OPEN = "“„«‟";
    private static final String DOUBLE_CLOSE = "”»";
    private static final String SINGLE_OPEN = "‘'‚";
    private static final String SINGLE_CLOSE = "’'";
    private static final String LEFT_BOUNDARY = "([{—–-/";
    private static final String RIGHT_BOUNDARY = ".,;:!?)]}—–-";

    /** An unclosed quote in a paragraph longer than this many characters after its mark ends at a sentence end. */
    static final int MAX_UNCLOSED = 1000;

    private enum Role { OPEN, CLOSE, EITHER }

    private QuoteMarks() {
    }

    /** True for any double quotation mark. */
    static boolean isDouble(char c) {
        return c == '"' || DOUBLE_OPEN.indexOf(c) >= 0 || DOUBLE_CLOSE.indexOf(c) >= 0;
    }

    /** True for any quotation mark, double or single (apostrophes included). */
    static boolean isMark(char c) {
        return isDouble(c) || SINGLE_OPEN.indexOf(c) >= 0 || SINGLE_CLOSE.indexOf(c) >= 0;
    }

    /** The number of words in {@code text[start, end)}. */
    static int words(String text, int start, int end) {
        Matcher m = WORD.matcher(text).region(start, end);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * @param text an article's clean text; never null
     * @return the quoted pieces in text order; never null
     */
    static List<Piece> find(String text) {
        List<Piece> pieces = new ArrayList<>();
        List<int[]> lines = lines(text);
        boolean pending = false;
        for (int[] line : lines) {
            int ps = line[0];
            int pe = line[1];
            int lead = doubledApostrophe(text, ps, pe) ? 2 : 1;
            boolean continuing = pending && (lead == 2 || isDouble(text.charAt(ps)))
                    && role(text, ps, ps + lead - 1) != Role.CLOSE;
            List<Piece> doubles = new ArrayList<>();
            int open = -1;
            for (int i = ps; i < pe; i++) {
                int len = doubledApostrophe(text, i, pe) ? 2 : 1;
                if (len == 1 && (!isDouble(text.charAt(i)) || isInchMark(text, i))) {
                    continue;
                }
                Role r = role(text, i, i + len - 1);
                if (open < 0) {
                    if (r != Role.CLOSE) {
                        open = i;
                    }
                } else if (r != Role.OPEN) {
                    add(doubles, text, open, i, i + len, true, continuing && open == ps);
                    open = -1;
                } else {
                    open = i;
                }
                i += len - 1;
            }
            pending = open >= 0;
            if (open >= 0) {
                int cap = unclosedEnd(text, open, pe);
                pending &= cap == pe;
                add(doubles, text, open, cap, cap, false, continuing && open == ps);
            }
            pieces.addAll(doubles);
            pieces.addAll(singles(text, ps, pe, doubles));
        }
        pieces.sort(Comparator.comparingInt(Piece::open));
        return List.copyOf(pieces);
    }

    private static List<Piece> singles(String text, int ps, int pe, List<Piece> doubles) {
        List<Piece> result = new ArrayList<>();
        int open = -1;
        for (int i = ps; i < pe; i++) {
            if (inside(doubles, i)) {
                continue;
            }
            char c = text.charAt(i);
            if (open < 0 && SINGLE_OPEN.indexOf(c) >= 0 && leftBoundary(text, i)
                    && i + 1 < pe && Character.isLetter(text.charAt(i + 1))) {
                open = i;
            } else if (open >= 0 && SINGLE_CLOSE.indexOf(c) >= 0 && i > open + 1
                    && !QuoteText.isSpace(text.charAt(i - 1)) && rightBoundary(text, i)) {
                if (!inside(doubles, open, i)) {
                    add(result, text, open, i, i + 1, true, false);
                }
                open = -1;
            }
        }
        return result;
    }

    private static boolean inside(List<Piece> pieces, int pos) {
        for (Piece p : pieces) {
            if (pos >= p.open() && pos < p.close()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<Piece> pieces, int from, int to) {
        for (Piece p : pieces) {
            if (from < p.close() && p.open() < to) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Piece> out, String text, int open, int closeMark, int close, boolean closed,
                            boolean continued) {
        int s = doubledApostrophe(text, open, closeMark) ? open + 2 : open + 1;
        int e = closeMark;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s && text.charAt(e - 1) == ',') {
            e--;
        }
        if (e > s) {
            out.add(new Piece(open, close, s, e, closed, continued));
        }
    }

    /**
     * Where the quote opened at {@code open} and unclosed in its paragraph {@code [.., pe)} ends: the paragraph end,
     * or, when that is over {@value #MAX_UNCLOSED} characters away, the end of the first sentence after the mark
     * ({@code .}, {@code !} or {@code ?} before space) within that reach, else the last space before it.
     */
    static int unclosedEnd(String text, int open, int pe) {
        if (pe - open <= MAX_UNCLOSED) {
            return pe;
        }
        int reach = open + MAX_UNCLOSED;
        for (int i = open + 1; i < reach; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        for (int i = reach; i > open + 1; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return reach;
    }

    /**
     * The number of unbalanced opening marks: pieces capped before a closing mark ({@link Piece#closed()} false)
     * that the next piece does not continue (a quote running over paragraphs is balanced by convention).
     *
     * @param pieces the pieces of {@link #find}, in order
     */
    static int unclosed(List<Piece> pieces) {
        int n = 0;
        for (int i = 0; i < pieces.size(); i++) {
            if (!pieces.get(i).closed() && (i + 1 == pieces.size() || !pieces.get(i + 1).continued())) {
                n++;
            }
        }
        return n;
    }

    /** The role of the mark covering characters {@code [i, last]} (two for a doubled apostrophe). */
    private static Role role(String text, int i, int last) {
        boolean left = leftBoundary(text, i);
        boolean right = rightBoundary(text, last);
        if (left && !right) {
            return Role.OPEN;
        }
        if (right && !left) {
            return Role.CLOSE;
        }
        char c = text.charAt(i);
        if (DOUBLE_OPEN.indexOf(c) >= 0) {
            return Role.OPEN;
        }
        return DOUBLE_CLOSE.indexOf(c) >= 0 ? Role.CLOSE : Role.EITHER;
    }

    /** A mark after start of text, space, a bracket, a dash or another opening mark. */
    private static boolean leftBoundary(String text, int i) {
        if (i == 0) {
            return true;
        }
        char p = text.charAt(i - 1);
        return QuoteText.isSpace(p) || LEFT_BOUNDARY.indexOf(p) >= 0 || DOUBLE_OPEN.indexOf(p) >= 0
                || (SINGLE_OPEN.indexOf(p) >= 0 && p != '\'') || (p == '\'' && i >= 2 && text.charAt(i - 2) == '\'');
    }

    /** A mark before end of text, space, punctuation or another mark. */
    private static boolean rightBoundary(String text, int i) {
        if (i + 1 >= text.length()) {
            return true;
        }
        char n = text.charAt(i + 1);
        return QuoteText.isSpace(n) || RIGHT_BOUNDARY.indexOf(n) >= 0 || isMark(n);
    }

    /**
     * True when characters {@code i} and {@code i + 1} (before {@code end}) are two straight apostrophes, the double
     * mark of some newswire text ({@code ''It's anti-reform,'' he said}).
     */
    static boolean doubledApostrophe(String text, int i, int end) {
        return i + 1 < end && text.charAt(i) == '\'' && text.charAt(i + 1) == '\'';
    }

    /** {@code 12"}: a straight double mark right after a digit is an inch sign. */
    private static boolean isInchMark(String text, int i) {
        return text.charAt(i) == '"' && i > 0 && Character.isDigit(text.charAt(i - 1));
    }

    /** Non-blank lines as {@code [start, end)}, trimmed. */
    static List<int[]> lines(String text) {
        List<int[]> result = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                result.add(new int[] {s, e});
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return result;
    }
}
