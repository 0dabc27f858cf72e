package org.corroborate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.corroborate.api.BadInputException;
import org.corroborate.api.Extractor;
import org.corroborate.api.RawDocument;

/**
 * Entry point of the extract stage.
 *
 * <p>{@link #standard()} gives an {@link Extractor} that turns a {@link RawDocument} into an
 * {@link org.corroborate.api.Article}: for HTML, the main content found Readability-style on the DOM plus metadata
 * from JSON-LD, Open Graph and meta tags; for plain text (already-scraped pages), the text with page furniture
 * removed by general line rules (navigation, separators, sign-up and paywall notices, comment widgets, disclaimers,
 * captions, end-of-article lists) and the headline, byline and dateline lines read as metadata. The body holds
 * paragraphs separated by one blank line. Hints given with the document win over what is found in it.
 *
 * <p>The extractor is stateless and thread-safe. It throws {@link BadInputException} when no article text is left.
 */
public final class Extractors {

    private static final StandardExtractor STANDARD = new StandardExtractor();

    private Extractors() {
    }

    /** The standard extractor; never null, thread-safe. */
    public static Extractor standard() {
        return STANDARD;
    }

    /**
     * Why each line or element of {@code document} was left out of the body, one line each, in the form
     * {@code removed: <reason>: <text>} (text shortened); the last line is {@code error: <problem>} when extraction
     * fails.
     *
     * @param document the raw document; not null
     * @return the explanation lines; never null
     */
    public static List<String> explain(RawDocument document) {
        Objects.requireNonNull(document, "document");
        ExtractionTrace trace = new ExtractionTrace();
        List<String> lines = new ArrayList<>();
        try {
            STANDARD.extract(document, trace);
            lines.addAll(trace.lines());
        } catch (BadInputException e) {
            lines.addAll(trace.lines());
            lines.add("error: " + e.problem());
        }
        return List.copyOf(lines);
    }
}
