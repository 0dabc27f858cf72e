package org.corroborate.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.api.BadInputException;
import org.corroborate.api.RawDocument;

/**
 * Cheap checks on a document before and after extraction: input that is too large or is not text at all is
 * refused with a {@link BadInputException} naming the problem; text that looks decoded with the wrong charset gets a
 * warning. Stateless and thread-safe.
 */
final class InputChecks {

    /** The largest document accepted, in characters (the CLI's default limit is 10 MB). */
    static final int MAX_CHARS = 32 * 1024 * 1024;
    private static final int SAMPLE_CHARS = 8192;
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** UTF-8 read as Latin-1 or Windows-1252: "Ã¤", "Ã©", "â€™". */
    private static final Pattern MOJIBAKE = Pattern.compile("[\u00c2\u00c3][\u0080-\u00bf\u2018-\u203a\u0152\u0153"
            + "\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]|\u00e2\u20ac");
    private static final int MIN_MOJIBAKE = 3;
    private static final double MAX_REPLACEMENT_SHARE = 0.01;

    private InputChecks() {
    }

    /**
     * Refuses documents that cannot be articles.
     *
     * @param document the document; not null
     * @throws BadInputException when it is over {@link #MAX_CHARS} characters, or when its first characters are mostly
     *                           control characters (binary content such as an image, a PDF or a zip)
     */
    static void requireTextual(RawDocument document) {
        String content = document.content();
        if (content.length() > MAX_CHARS) {
            throw new BadInputException(document.source(), String.format(Locale.ROOT,
                    "too large to be an article (%.1f M characters; the limit is %d M)",
                    content.length() / 1048576.0, MAX_CHARS / 1048576));
        }
        int sample = Math.min(content.length(), SAMPLE_CHARS);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = content.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (sample > 0 && control > sample * MAX_CONTROL_SHARE) {
            throw new BadInputException(document.source(), String.format(Locale.ROOT,
                    "binary content, not HTML or text (%d of the first %d characters are control characters)",
                    control, sample));
        }
    }

    /**
     * A warning when {@code text} looks decoded with the wrong charset: UTF-8 read as Latin-1 ("Ã¤") or many
     * replacement characters.
     *
     * @param text the extracted body; not null
     * @return the warning, or empty
     */
    static Optional<String> encodingWarning(String text) {
        Matcher m = MOJIBAKE.matcher(text);
        int mojibake = 0;
        while (mojibake < MIN_MOJIBAKE && m.find()) {
            mojibake++;
        }
        if (mojibake >= MIN_MOJIBAKE) {
            return Optional.of("the text looks decoded with the wrong charset (UTF-8 read as Latin-1: \""
                    + text.substring(Math.max(0, m.start() - 10), Math.min(text.length(), m.end() + 10)).strip()
                    + "\")");
        }
        long replacements = text.chars().filter(c -> c == '\ufffd').count();
        if (replacements > Math.max(2, text.length() * MAX_REPLACEMENT_SHARE)) {
            return Optional.of("the text holds " + replacements
                    + " replacement characters (\ufffd): it was probably decoded with the wrong charset");
        }
        return Optional.empty();
    }
}
