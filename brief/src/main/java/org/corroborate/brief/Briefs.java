package org.corroborate.brief;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.corroborate.api.BriefRenderer;
import org.corroborate.api.Briefer;

/**
 * The brief stage's entry point: the standard {@link Briefer} and the renderers for Markdown, HTML and JSON.
 *
 * <p>Every object returned here is immutable, stateless and thread-safe, and renders the same brief to the same
 * string, byte for byte, on every run and platform (line separators are always {@code \n}).
 */
public final class Briefs {

    private static final List<BriefRenderer> RENDERERS =
            List.of(new MarkdownRenderer(), new HtmlRenderer(), new JsonRenderer());

    private Briefs() {
    }

    /**
     * The standard extractive briefer: ranks the story's facts by corroboration, TF-IDF centrality and position,
     * picks them greedily under {@code options.maxWords()} with redundancy control, and cites every mention.
     *
     * @param options the options; never null
     * @return a thread-safe briefer; never null
     */
    public static Briefer standard(BriefOptions options) {
        return new StandardBriefer(Objects.requireNonNull(options, "options"));
    }

    /** The renderers, in the order {@code md}, {@code html}, {@code json}; never null, unmodifiable. */
    public static List<BriefRenderer> renderers() {
        return RENDERERS;
    }

    /**
     * The renderer of one format.
     *
     * @param format {@code md}, {@code html} or {@code json} (case-insensitive); never null
     * @return the renderer; never null
     * @throws IllegalArgumentException when the format is unknown; the message names it and the allowed ones
     */
    public static BriefRenderer renderer(String format) {
        Objects.requireNonNull(format, "format");
        String wanted = format.trim().toLowerCase(Locale.ROOT);
        for (BriefRenderer renderer : RENDERERS) {
            if (renderer.extension().equals(wanted)) {
                return renderer;
            }
        }
        throw new IllegalArgumentException("unknown brief format \"" + format + "\"; expected one of "
                + String.join(", ", RENDERERS.stream().map(BriefRenderer::extension).toList()));
    }
}
