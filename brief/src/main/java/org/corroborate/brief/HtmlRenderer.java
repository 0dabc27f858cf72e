package org.corroborate.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Renders a brief as one self-contained HTML page: inline CSS, no script, no external resource (a Content Security
 * Policy forbids them). Every citation {@code [n]} links to {@code <mark id="cn">} in the Articles section at the
 * bottom, which shows each article's clean text with its cited spans highlighted. All article-derived text is
 * HTML-escaped. Citations whose text does not match their article are shown but not linked.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlRenderer implements BriefRenderer {

    private static final String CSS = String.join("\n",
            "body{font:16px/1.5 Georgia,serif;margin:0;background:#fafafa;color:#222}",
            "main{max-width:46rem;margin:0 auto;padding:1rem 1.5rem 4rem}",
            "h1{font-size:1.8rem;line-height:1.2}h2{margin-top:2rem;border-bottom:1px solid #ccc}",
            ".counts,.meta,.note{color:#555;font-size:.9rem}",
            "a.cite{text-decoration:none;font-size:.75em;vertical-align:super;margin-left:.1em}",
            ".unverified{color:#a00;font-size:.75em;vertical-align:super}",
            ".differs{color:#a60;font-style:italic}b.diff{background:#fde2c8;font-weight:normal}",
            "table.coverage{border-collapse:collapse;font:13px/1.3 system-ui,sans-serif}",
            "table.coverage th,table.coverage td{border:1px solid #ddd;padding:.2rem .4rem}td.yes{text-align:center}",
            ".text{white-space:pre-wrap;font:15px/1.5 system-ui,sans-serif;background:#fff;padding:1rem;"
                    + "border:1px solid #ddd}",
            "mark{background:#fff3a8}mark mark{background:#ffd966}",
            "mark[data-n]::before{content:\"[\" attr(data-n) \"]\";font-size:.7em;vertical-align:super;color:#555}",
            "mark:target{outline:2px solid #e67e00;background:#ffc46b}");

    @Override
    public String extension() {
        return "html";
    }

    /**
     * @param brief the brief; never null
     * @return a complete HTML5 document, lines ending in {@code \n}; never null
     */
    @Override
    public String render(Brief brief) {
        BriefView view = new BriefView(brief);
        Citations cites = new Citations();
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\">\n")
                .append("<title>").append(esc(brief.headline())).append("</title>\n")
                .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(esc(brief.headline())).append("</h1>\n")
                .append("<p class=\"counts\">").append(esc(view.countsLine())).append("</p>\n");
        summary(out, view, cites);
        factSection(out, view, cites, "agree", "What the outlets agree on", FactStatus.CORROBORATED,
                "No fact is carried by two independent sources.");
        factSection(out, view, cites, "single", "Only one outlet reports", FactStatus.SINGLE_SOURCE, "None.");
        disagreements(out, view, cites);
        quotes(out, view, cites);
        timeline(out, view, cites);
        coverage(out, view);
        sources(out, view);
        articles(out, view, cites);
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void summary(StringBuilder out, BriefView view, Citations cites) {
        out.append("<section id=\"summary\">\n<h2>Summary</h2>\n");
        List<BriefSentence> summary = view.brief().summary();
        if (summary.isEmpty()) {
            out.append("<p>Nothing to summarise.</p>\n");
        } else {
            out.append("<p>\n");
            for (BriefSentence s : summary) {
                out.append(esc(s.text()));
                for (Span span : s.citations()) {
                    out.append(cite(span, view, cites));
                }
                out.append('\n');
            }
            out.append("</p>\n");
        }
        out.append("</section>\n");
    }

    private static void factSection(StringBuilder out, BriefView view, Citations cites, String id, String title,
                                    FactStatus status, String none) {
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(title).append("</h2>\n");
        List<Fact> facts = view.facts(status);
        if (facts.isEmpty()) {
            out.append("<p>").append(none).append("</p>\n");
        } else {
            out.append("<ul>\n");
            for (Fact f : facts) {
                out.append("<li>").append(esc(f.text())).append(" \u2014 ").append(outlets(f, view, cites));
                if (status == FactStatus.CORROBORATED) {
                    out.append(" (").append(BriefView.plural(f.independentSources(), "independent source"))
                            .append(')');
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    /** "Outlet A [3], Outlet B [4][5]": the fact's outlets, each with the mentions it carries. */
    private static String outlets(Fact f, BriefView view, Citations cites) {
        Map<String, List<Span>> byOutlet = new LinkedHashMap<>();
        for (String outlet : f.outlets()) {
            byOutlet.put(outlet, new ArrayList<>());
        }
        for (Span m : f.mentions()) {
            byOutlet.computeIfAbsent(view.outletOf(m), k -> new ArrayList<>()).add(m);
        }
        List<String> parts = new ArrayList<>();
        byOutlet.forEach((outlet, spans) -> {
            StringBuilder b = new StringBuilder(esc(outlet));
            spans.forEach(s -> b.append(cite(s, view, cites)));
            parts.add(b.toString());
        });
        return String.join(", ", parts);
    }

    private static void disagreements(StringBuilder out, BriefView view, Citations cites) {
        out.append("<section id=\"disagreements\">\n<h2>Disagreements</h2>\n");
        List<String> ids = view.disputedFactIds();
        Map<String, List<NumberComparison>> numbers = view.disagreeingByFact();
        List<Contradiction> slots = view.slotContradictions();
        if (ids.isEmpty() && slots.isEmpty()) {
            out.append("<p>No disagreement found.</p>\n");
        } else if (!ids.isEmpty()) {
            out.append("<ul>\n");
            for (String id : ids) {
                Fact f = view.fact(id);
                out.append("<li>").append(f == null ? "Fact " + esc(id) : esc(f.text()) + " \u2014 "
                        + esc(String.join(", ", f.outlets()))).append("\n<ul>\n");
                List<NumberComparison> comparisons = numbers.getOrDefault(id, List.of());
                for (NumberComparison n : comparisons) {
                    for (ReportedValue v : n.values()) {
                        out.append("<li>").append(esc(v.outlet())).append(": \u201c")
                                .append(esc(v.quantity().span().text())).append("\u201d")
                                .append(cite(v.quantity().span(), view, cites)).append(" \u2192 ")
                                .append(esc(BriefView.value(v.quantity())))
                                .append(v.quantity().approx() ? " (approximate)" : "").append("</li>\n");
                    }
                }
                if (comparisons.isEmpty() && f != null) {
                    for (Span m : f.mentions()) {
                        out.append("<li>").append(esc(view.outletOf(m))).append(": \u201c").append(esc(m.text()))
                                .append("\u201d").append(cite(m, view, cites)).append("</li>\n");
                    }
                }
                out.append("</ul>\n</li>\n");
            }
            out.append("</ul>\n");
        }
        if (!slots.isEmpty()) {
            out.append("<h3>Contradictions</h3>\n<ul>\n");
            for (Contradiction c : slots) {
                out.append("<li>").append(esc(BriefView.slotLabel(c))).append(':');
                for (int i = 0; i < c.values().size(); i++) {
                    SlotValue v = c.values().get(i);
                    out.append(i == 0 ? " " : " \u00b7 ").append(esc(v.outlet())).append(" \u201c")
                            .append(esc(v.span().text())).append('\u201d').append(cite(v.span(), view, cites))
                            .append(" \u2192 ").append(esc(v.value()));
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        List<NumberComparison> agreeing = view.agreeingNumbers();
        if (!agreeing.isEmpty()) {
            out.append("<h3>Numbers that agree</h3>\n<ul>\n");
            for (NumberComparison n : agreeing) {
                out.append("<li>");
                for (int i = 0; i < n.values().size(); i++) {
                    ReportedValue v = n.values().get(i);
                    out.append(i == 0 ? "" : " = ").append('\u201c').append(esc(v.quantity().span().text()))
                            .append('\u201d').append(cite(v.quantity().span(), view, cites)).append(" (")
                            .append(esc(v.outlet())).append(')');
                }
                out.append(" \u2192 ").append(esc(BriefView.values(n))).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private static void quotes(StringBuilder out, BriefView view, Citations cites) {
        out.append("<section id=\"quotes\">\n<h2>Who said what</h2>\n");
        List<QuoteGroup> groups = view.brief().analysis().quoteGroups();
        if (groups.isEmpty()) {
            out.append("<p>No quotations found.</p>\n");
        } else {
            out.append("<ul>\n");
            for (QuoteGroup g : groups) {
                out.append("<li><strong>").append(g.speaker() == null ? "Unknown speaker" : esc(g.speaker()))
                        .append("</strong> (").append(BriefView.plural(g.independentSources(), "independent source"))
                        .append(')').append(g.wordingDiffers() ? " <span class=\"differs\">(wording differs)</span>"
                                : "").append("\n<ul>\n");
                String reference = g.renderings().isEmpty() ? "" : g.renderings().get(0).quote().wordingText();
                boolean first = true;
                for (QuoteRendering r : g.renderings()) {
                    Span content = r.quote().wording();
                    String words = g.wordingDiffers() && !first ? marked(reference, r.quote().wordingText())
                            : esc(r.quote().wordingText());
                    first = false;
                    out.append("<li>").append(esc(r.outlet()))
                            .append(r.quote().direct() ? ": <q>" + words + "</q>"
                                    : " (reported speech): " + words)
                            .append(cite(content, view, cites));
                    for (String flag : r.flags()) {
                        out.append(" <span class=\"differs\">(").append(esc(flag)).append(")</span>");
                    }
                    out.append("</li>\n");
                }
                out.append("</ul>\n</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    /** {@code other}, escaped, with the words the reference rendering lacks wrapped in {@code <b class="diff">}. */
    private static String marked(String reference, String other) {
        StringBuilder b = new StringBuilder();
        for (WordDiff.Word w : WordDiff.against(reference, other)) {
            b.append(b.length() == 0 ? "" : " ")
                    .append(w.changed() ? "<b class=\"diff\">" + esc(w.text()) + "</b>" : esc(w.text()));
        }
        return b.toString();
    }

    private static void coverage(StringBuilder out, BriefView view) {
        out.append("<section id=\"coverage\">\n<h2>Coverage</h2>\n");
        Coverage coverage = Coverage.of(view.brief());
        if (coverage.facts().isEmpty()) {
            out.append("<p>No fact is carried by two outlets.</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"coverage\">\n<tr><th>fact</th>");
        coverage.outlets().forEach(o -> out.append("<th>").append(esc(o)).append("</th>"));
        out.append("</tr>\n");
        for (int row = 0; row < coverage.facts().size(); row++) {
            out.append("<tr><td>").append(esc(Coverage.label(coverage.facts().get(row)))).append("</td>");
            for (int column = 0; column < coverage.outlets().size(); column++) {
                out.append(coverage.carries(row, column) ? "<td class=\"yes\">\u2713</td>" : "<td></td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
        if (coverage.omitted() > 0) {
            out.append("<p class=\"note\">").append(BriefView.plural(coverage.omitted(), "more shared fact"))
                    .append(" not shown.</p>\n");
        }
        out.append("</section>\n");
    }

    private static void timeline(StringBuilder out, BriefView view, Citations cites) {
        out.append("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
        List<TimelineEntry> entries = view.brief().analysis().timeline();
        List<String> notes = view.brief().analysis().notes();
        if (!entries.isEmpty()) {
            out.append("<ul>\n");
            for (TimelineEntry e : entries) {
                out.append("<li><time>").append(esc(e.date())).append("</time>")
                        .append(e.conflict() ? " <span class=\"differs\">(conflicting date)</span>" : "")
                        .append(" \u2014 ").append(esc(e.text()));
                e.evidence().forEach(s -> out.append(cite(s, view, cites)));
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        } else if (notes.isEmpty()) {
            out.append("<p>No dated events.</p>\n");
        }
        for (String note : notes) {
            out.append("<p class=\"note\">Note: ").append(esc(note)).append("</p>\n");
        }
        out.append("</section>\n");
    }

    private static void sources(StringBuilder out, BriefView view) {
        out.append("<section id=\"sources\">\n<h2>Sources</h2>\n<ol>\n");
        List<ArticleSummary> articles = view.brief().articles();
        for (int i = 0; i < articles.size(); i++) {
            ArticleSummary a = articles.get(i);
            out.append("<li><a href=\"#article-").append(i + 1).append("\">").append(esc(a.outlet()))
                    .append(" \u2014 ").append(a.title() == null ? "untitled" : esc(a.title())).append("</a> (article ")
                    .append(esc(a.id())).append(')');
            if (a.url() != null) {
                out.append(" \u2014 ").append(link(a.url()));
            }
            if (a.published() != null) {
                out.append(" \u2014 published ").append(esc(a.published()));
            }
            if (!a.byline().isEmpty()) {
                out.append(" \u2014 by ").append(esc(String.join(", ", a.byline())));
            }
            if (a.copyOf() != null) {
                int original = view.indexOf(a.copyOf());
                out.append(" \u2014 copy of ").append(original < 0 ? esc(a.copyOf())
                        : "<a href=\"#article-" + (original + 1) + "\">" + esc(a.copyOf()) + "</a>");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    private static void articles(StringBuilder out, BriefView view, Citations cites) {
        out.append("<section id=\"articles\">\n<h2>Articles</h2>\n");
        List<ArticleSummary> articles = view.brief().articles();
        for (int i = 0; i < articles.size(); i++) {
            ArticleSummary a = articles.get(i);
            List<SpanMarker.Mark> marks = new ArrayList<>();
            for (int n = 1; n <= cites.size(); n++) {
                Span s = cites.span(n);
                if (s.articleId().equals(a.id()) && view.verified(s)) {
                    marks.add(new SpanMarker.Mark(s.start(), s.end(), n));
                }
            }
            out.append("<article id=\"article-").append(i + 1).append("\">\n<h3>").append(i + 1).append(". ")
                    .append(esc(a.outlet())).append(" \u2014 ").append(a.title() == null ? "untitled" : esc(a.title()))
                    .append("</h3>\n<p class=\"meta\">article ").append(esc(a.id()))
                    .append(a.published() == null ? "" : " \u00b7 published " + esc(a.published()))
                    .append("</p>\n<div class=\"text\">")
                    .append(SpanMarker.mark(view.brief().texts().get(i), marks)).append("</div>\n</article>\n");
        }
        out.append("</section>\n");
    }

    /** A citation marker: a link to the highlighted span, or an unlinked marker when the span cannot be checked. */
    private static String cite(Span span, BriefView view, Citations cites) {
        int n = cites.number(span);
        String where = view.outletOf(span) + ", article " + span.articleId() + ", chars " + span.start() + "\u2013"
                + span.end();
        if (!view.verified(span)) {
            return "<span class=\"unverified\" title=\"" + esc(where + ": does not match the article text")
                    + "\">[" + n + "?]</span>";
        }
        return "<a class=\"cite\" href=\"#c" + n + "\" title=\"" + esc(where) + "\">[" + n + "]</a>";
    }

    /** An http(s) URL as a link; anything else as text. */
    private static String link(String url) {
        String u = url.trim();
        if (u.matches("(?i)https?://\\S+")) {
            return "<a href=\"" + esc(u) + "\" rel=\"noopener noreferrer\">" + esc(u) + "</a>";
        }
        return esc(u);
    }

    /** Escapes text for HTML element content and double- or single-quoted attribute values. */
    static String esc(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
