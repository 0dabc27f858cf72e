package org.corroborate.extract;

import java.util.regex.Pattern;

/**
 * A paragraph candidate: one line of scraped text, or one block element of an HTML page.
 *
 * @param text    the text, whitespace collapsed
 * @param heading true when it came from an HTML heading element
 */
record TextUnit(String text, boolean heading) {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u2026\u3002][\"'\u201d\u2019\u00bb)\\]]*$");

    static TextUnit of(String text) {
        return new TextUnit(collapse(text), false);
    }

    /** Whitespace (including no-break and zero-width spaces) collapsed to single spaces, trimmed. */
    static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    int words() {
        return text.isEmpty() ? 0 : text.split(" ").length;
    }

    /** Ends like a sentence: terminal punctuation, optionally followed by closing quotes or brackets. */
    boolean endsSentence() {
        return SENTENCE_END.matcher(text).find();
    }
}
