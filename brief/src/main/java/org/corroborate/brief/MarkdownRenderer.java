package org.corroborate.brief;

import java.util.List;
import java.util.Map;

import org.corroborate.api.ArticleSummary;
import org.corroborate.api.Brief;
import org.corroborate.api.BriefRenderer;
import org.corroborate.api.BriefSentence;
import org.corroborate.api.Contradiction;
import org.corroborate.api.Fact;
import org.corroborate.api.FactStatus;
import org.corroborate.api.NumberComparison;
import org.corroborate.api.QuoteGroup;
import org.corroborate.api.QuoteRendering;
import org.corroborate.api.ReportedValue;
import org.corroborate.api.Span;
import org.corroborate.api.SlotValue;
import org.corroborate.api.TimelineEntry;

/**
 * Renders a brief as CommonMark. Summary and timeline cite spans with markers {@code [n]} that a footnote-style list
 * resolves to outlet, title, article id and character range. Article-derived text is put on one line and the
 * characters that Markdown would read as markup are backslash-escaped.
 *
 * <p>Stateless and thread-safe.
 */
final class MarkdownRenderer implements BriefRenderer {

    @Override
    public String extension() {
        return "md";
    }

    /**
     * @param brief the brief; never null
     * @return the Markdown, lines ending in {@code \n}; never null
     */
    @Override
    public String render(Brief brief) {
        BriefView view = new BriefView(brief);
        Citations citations = new Citations();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(esc(brief.headline())).append("\n\n");
        out.append(view.countsLine()).append("\n\n");
        summary(out, view, citations);
        agreed(out, view);
        single(out, view);
        disagreements(out, view);
        quotes(out, view);
        timeline(out, view, citations);
        coverage(out, view);
        sources(out, view);
        return out.toString();
    }

    private static void summary(StringBuilder out, BriefView view, Citations citations) {
        out.append("## Summary\n\n");
        List<BriefSentence> summary = view.brief().summary();
        if (summary.isEmpty()) {
            out.append("Nothing to summarise.\n\n");
            return;
        }
        int before = citations.size();
        for (BriefSentence s : summary) {
            out.append(lineStart(esc(s.text()))).append(' ');
            for (Span span : s.citations()) {
                out.append('[').append(citations.number(span)).append(']');
            }
            out.append('\n');
        }
        out.append('\n');
        footnotes(out, view, citations, before);
    }

    private static void footnotes(StringBuilder out, BriefView view, Citations citations, int after) {
        if (citations.size() == after) {
            return;
        }
        for (int n = after + 1; n <= citations.size(); n++) {
            Span span = citations.span(n);
            ArticleSummary a = view.article(span.articleId());
            out.append("- [").append(n).append("] ").append(esc(view.outletOf(span))).append(" \u2014 ")
                    .append(a == null || a.title() == null ? "untitled" : esc(a.title()))
                    .append(" (article ").append(esc(span.articleId())).append(", chars ").append(span.start())
                    .append('\u2013').append(span.end()).append(')');
            if (!view.verified(span)) {
                out.append(" \u2014 does not match the article text");
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private static void agreed(StringBuilder out, BriefView view) {
        out.append("## What the outlets agree on\n\n");
        List<Fact> facts = view.facts(FactStatus.CORROBORATED);
        if (facts.isEmpty()) {
            out.append("No fact is carried by two independent sources.\n\n");
            return;
        }
        for (Fact f : facts) {
            out.append("- ").append(esc(f.text())).append(" \u2014 ").append(esc(String.join(", ", f.outlets())))
                    .append(" (").append(BriefView.plural(f.independentSources(), "independent source"))
                    .append(")\n");
        }
        out.append('\n');
    }

    private static void single(StringBuilder out, BriefView view) {
        out.append("## Only one outlet reports\n\n");
        List<Fact> facts = view.facts(FactStatus.SINGLE_SOURCE);
        if (facts.isEmpty()) {
            out.append("None.\n\n");
            return;
        }
        for (Fact f : facts) {
            out.append("- ").append(esc(f.text())).append(" \u2014 ").append(esc(String.join(", ", f.outlets())))
                    .append('\n');
        }
        out.append('\n');
    }

    private static void disagreements(StringBuilder out, BriefView view) {
        out.append("## Disagreements\n\n");
        List<String> ids = view.disputedFactIds();
        Map<String, List<NumberComparison>> numbers = view.disagreeingByFact();
        List<Contradiction> slots = view.slotContradictions();
        if (ids.isEmpty() && slots.isEmpty()) {
            out.append("No disagreement found.\n\n");
        }
        for (String id : ids) {
            Fact f = view.fact(id);
            out.append("- ").append(f == null ? "Fact " + esc(id) : esc(f.text()));
            if (f != null && !f.outlets().isEmpty()) {
                out.append(" \u2014 ").append(esc(String.join(", ", f.outlets())));
            }
            out.append('\n');
            List<NumberComparison> comparisons = numbers.getOrDefault(id, List.of());
            for (NumberComparison n : comparisons) {
                for (ReportedValue v : n.values()) {
                    out.append("  - ").append(esc(v.outlet())).append(": \"")
                            .append(esc(v.quantity().span().text())).append("\" \u2192 ")
                            .append(esc(BriefView.value(v.quantity())))
                            .append(v.quantity().approx() ? " (approximate)" : "").append('\n');
                }
            }
            if (comparisons.isEmpty() && f != null) {
                for (Span m : f.mentions()) {
                    out.append("  - ").append(esc(view.outletOf(m))).append(": \"").append(esc(m.text()))
                            .append("\"\n");
                }
            }
        }
        if (!ids.isEmpty()) {
            out.append('\n');
        }
        if (!slots.isEmpty()) {
            out.append("### Contradictions\n\n");
            for (Contradiction c : slots) {
                out.append("- ").append(esc(BriefView.slotLabel(c))).append(':');
                for (int i = 0; i < c.values().size(); i++) {
                    SlotValue v = c.values().get(i);
                    out.append(i == 0 ? " " : " \u00b7 ").append(esc(v.outlet())).append(" \"")
                            .append(esc(v.span().text())).append("\" \u2192 ").append(esc(v.value()));
                }
                out.append('\n');
            }
            out.append('\n');
        }
        List<NumberComparison> agreeing = view.agreeingNumbers();
        if (agreeing.isEmpty()) {
            return;
        }
        out.append("### Numbers that agree\n\n");
        for (NumberComparison n : agreeing) {
            out.append("- ");
            for (int i = 0; i < n.values().size(); i++) {
                ReportedValue v = n.values().get(i);
                out.append(i == 0 ? "" : " = ").append('"').append(esc(v.quantity().span().text())).append("\" (")
                        .append(esc(v.outlet())).append(')');
            }
            out.append(" \u2192 ").append(esc(BriefView.values(n))).append('\n');
        }
        out.append('\n');
    }

    private static void quotes(StringBuilder out, BriefView view) {
        out.append("## Who said what\n\n");
        List<QuoteGroup> groups = view.brief().analysis().quoteGroups();
        if (groups.isEmpty()) {
            out.append("No quotations found.\n\n");
            return;
        }
        for (QuoteGroup g : groups) {
            out.append("- **").append(g.speaker() == null ? "Unknown speaker" : esc(g.speaker())).append("** (")
                    .append(BriefView.plural(g.independentSources(), "independent source")).append(')');
            out.append(g.wordingDiffers() ? " (wording differs)" : "").append('\n');
            String reference = g.renderings().isEmpty() ? "" : g.renderings().get(0).quote().wordingText();
            boolean first = true;
            for (QuoteRendering r : g.renderings()) {
                out.append("  - ").append(esc(r.outlet()));
                String content = g.wordingDiffers() && !first ? marked(reference, r.quote().wordingText())
                        : esc(r.quote().wordingText());
                first = false;
                out.append(r.quote().direct() ? ": \u201c" + content + "\u201d" : " (reported speech): " + content);
                for (String flag : r.flags()) {
                    out.append(" _(").append(esc(flag)).append(")_");
                }
                out.append('\n');
            }
        }
        out.append('\n');
    }

    /** {@code other} with the words the reference rendering lacks in bold. */
    private static String marked(String reference, String other) {
        StringBuilder b = new StringBuilder();
        for (WordDiff.Word w : WordDiff.against(reference, other)) {
            b.append(b.length() == 0 ? "" : " ").append(w.changed() ? "**" + esc(w.text()) + "**" : esc(w.text()));
        }
        return b.toString();
    }

    private static void coverage(StringBuilder out, BriefView view) {
        out.append("## Coverage\n\n");
        Coverage coverage = Coverage.of(view.brief());
        if (coverage.facts().isEmpty()) {
            out.append("No fact is carried by two outlets.\n\n");
            return;
        }
        out.append("| fact |");
        coverage.outlets().forEach(o -> out.append(' ').append(esc(o).replace("|", "\\|")).append(" |"));
        out.append("\n|---|");
        coverage.outlets().forEach(o -> out.append(":---:|"));
        out.append('\n');
        for (int row = 0; row < coverage.facts().size(); row++) {
            out.append("| ").append(esc(Coverage.label(coverage.facts().get(row))).replace("|", "\\|")).append(" |");
            for (int column = 0; column < coverage.outlets().size(); column++) {
                out.append(coverage.carries(row, column) ? " \u2713 |" : "  |");
            }
            out.append('\n');
        }
        if (coverage.omitted() > 0) {
            out.append("\n").append(BriefView.plural(coverage.omitted(), "more shared fact")).append(" not shown.\n");
        }
        out.append('\n');
    }

    private static void timeline(StringBuilder out, BriefView view, Citations citations) {
        out.append("## Timeline\n\n");
        List<TimelineEntry> entries = view.brief().analysis().timeline();
        List<String> notes = view.brief().analysis().notes();
        int before = citations.size();
        for (TimelineEntry e : entries) {
            out.append("- ").append(esc(e.date())).append(e.conflict() ? " (conflicting date)" : "")
                    .append(" \u2014 ").append(esc(e.text()));
            if (!e.evidence().isEmpty()) {
                out.append(' ');
            }
            for (Span span : e.evidence()) {
                out.append('[').append(citations.number(span)).append(']');
            }
            out.append('\n');
        }
        if (!entries.isEmpty()) {
            out.append('\n');
            if (citations.size() > before) {
                out.append("Cited in the timeline:\n\n");
                footnotes(out, view, citations, before);
            }
        } else if (notes.isEmpty()) {
            out.append("No dated events.\n\n");
        }
        for (String note : notes) {
            out.append("Note: ").append(esc(note)).append("\n\n");
        }
    }

    private static void sources(StringBuilder out, BriefView view) {
        out.append("## Sources\n\n");
        List<ArticleSummary> articles = view.brief().articles();
        if (articles.isEmpty()) {
            out.append("No articles.\n");
            return;
        }
        for (int i = 0; i < articles.size(); i++) {
            ArticleSummary a = articles.get(i);
            out.append(i + 1).append(". ").append(esc(a.outlet())).append(" \u2014 ")
                    .append(a.title() == null ? "untitled" : esc(a.title()))
                    .append(" (article ").append(esc(a.id())).append(')');
            if (a.url() != null) {
                out.append(" \u2014 ").append(url(a.url()));
            }
            if (a.published() != null) {
                out.append(" \u2014 published ").append(esc(a.published()));
            }
            if (!a.byline().isEmpty()) {
                out.append(" \u2014 by ").append(esc(String.join(", ", a.byline())));
            }
            if (a.copyOf() != null) {
                out.append(" \u2014 copy of ").append(esc(a.copyOf()));
            }
            out.append('\n');
        }
    }

    private static String url(String url) {
        String u = url.trim();
        boolean plain = u.matches("(?i)https?://[^\\s<>]+");
        return plain ? "<" + u + ">" : esc(u);
    }

    /**
     * Minimal Markdown escaping of inline text: whitespace runs become one space, and the characters that start
     * emphasis, code, links or raw HTML are backslash-escaped.
     */
    static String esc(String text) {
        String line = Words.oneLine(text);
        StringBuilder b = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("\\`*_[]<>".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Escapes what would make an escaped inline text a heading, list item or quote at the start of a line. */
    static String lineStart(String escaped) {
        if (escaped.matches("^(#|-|\\+|=|\\|).*")) {
            return "\\" + escaped;
        }
        if (escaped.matches("^\\d{1,9}[.)](\\s.*)?$")) {
            int i = 0;
            while (Character.isDigit(escaped.charAt(i))) {
                i++;
            }
            return escaped.substring(0, i) + "\\" + escaped.substring(i);
        }
        return escaped;
    }
}
