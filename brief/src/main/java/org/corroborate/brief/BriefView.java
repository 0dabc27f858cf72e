package org.corroborate.brief;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corroborate.api.ArticleSummary;
import org.corroborate.api.Brief;
import org.corroborate.api.CopyEdge;
import org.corroborate.api.Contradiction;
import org.corroborate.api.Fact;
import org.corroborate.api.FactStatus;
import org.corroborate.api.IndependentSources;
import org.corroborate.api.NumberComparison;
import org.corroborate.api.Quantity;
import org.corroborate.api.Span;
import org.corroborate.api.Story;

/**
 * What every renderer needs to know about a brief: articles by id, span checks, counts and the grouping of facts and
 * numbers into sections. Confined to one {@code render} call.
 */
final class BriefView {

    private final Brief brief;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final Map<String, Fact> factsById = new HashMap<>();

    BriefView(Brief brief) {
        this.brief = brief;
        for (int i = 0; i < brief.articles().size(); i++) {
            indexById.putIfAbsent(brief.articles().get(i).id(), i);
        }
        for (Fact fact : brief.analysis().facts()) {
            factsById.putIfAbsent(fact.id(), fact);
        }
    }

    Brief brief() {
        return brief;
    }

    /** The 0-based index of an article, or -1 when the brief does not hold it. */
    int indexOf(String articleId) {
        return indexById.getOrDefault(articleId, -1);
    }

    /** The article, or null when the brief does not hold it. */
    ArticleSummary article(String articleId) {
        int i = indexOf(articleId);
        return i < 0 ? null : brief.articles().get(i);
    }

    /** The clean text of an article, or null when the brief does not hold it. */
    String text(String articleId) {
        int i = indexOf(articleId);
        return i < 0 ? null : brief.texts().get(i);
    }

    /** True when the span's text is its article's clean text at its offsets. */
    boolean verified(Span span) {
        String text = text(span.articleId());
        return text != null && span.matches(text);
    }

    /** The outlet of the span's article, else the article id. */
    String outletOf(Span span) {
        ArticleSummary a = article(span.articleId());
        return a == null ? span.articleId() : a.outlet();
    }

    /** The fact with this id, or null. */
    Fact fact(String factId) {
        return factsById.get(factId);
    }

    int articleCount() {
        return brief.articles().size();
    }

    int outletCount() {
        Set<String> outlets = new LinkedHashSet<>();
        for (ArticleSummary a : brief.articles()) {
            outlets.add(a.outlet());
        }
        return outlets.size();
    }

    /** The analysis' count, or (when the analysis has none, e.g. it is empty) a count from the articles. */
    int independentSources() {
        if (brief.analysis().independentSources() > 0 || brief.articles().isEmpty()) {
            return brief.analysis().independentSources();
        }
        List<String> ids = new ArrayList<>();
        List<CopyEdge> copies = new ArrayList<>();
        Map<String, String> outlets = new HashMap<>();
        for (ArticleSummary a : brief.articles()) {
            ids.add(a.id());
            outlets.putIfAbsent(a.id(), a.outlet());
            if (a.copyOf() != null) {
                copies.add(new CopyEdge(a.id(), a.copyOf(), 1.0));
            }
        }
        return IndependentSources.count(ids, new Story(brief.storyId(), ids, copies, List.of()), outlets);
    }

    /** "3 articles · 2 outlets · 2 independent sources". */
    String countsLine() {
        return plural(articleCount(), "article") + " \u00b7 " + plural(outletCount(), "outlet") + " \u00b7 "
                + plural(independentSources(), "independent source");
    }

    List<Fact> facts(FactStatus status) {
        return brief.analysis().facts().stream().filter(f -> f.status() == status).toList();
    }

    /** Disagreeing number comparisons grouped by fact id, in analysis order. */
    Map<String, List<NumberComparison>> disagreeingByFact() {
        Map<String, List<NumberComparison>> result = new LinkedHashMap<>();
        for (NumberComparison n : brief.analysis().numbers()) {
            if (!n.agree()) {
                result.computeIfAbsent(n.factId(), k -> new ArrayList<>()).add(n);
            }
        }
        return result;
    }

    /** The disputes in display order: disputed facts first, then facts that only have disagreeing numbers. */
    List<String> disputedFactIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Fact f : facts(FactStatus.DISPUTED)) {
            ids.add(f.id());
        }
        ids.addAll(disagreeingByFact().keySet());
        return List.copyOf(ids);
    }

    /** The contradictions of who, when and where (how many is shown with the numbers). */
    List<Contradiction> slotContradictions() {
        return brief.analysis().contradictions().stream()
                .filter(c -> !c.slot().equals(Contradiction.HOW_MANY)).toList();
    }

    /** "when (f3)", "who said it (q2)": the slot and what it is about. */
    static String slotLabel(Contradiction c) {
        boolean quote = c.slot().equals(Contradiction.WHO) && c.factId().startsWith("q");
        return (quote ? "who said it" : c.slot().replace('_', ' ')) + " (" + c.factId() + ")";
    }

    List<NumberComparison> agreeingNumbers() {
        return brief.analysis().numbers().stream().filter(NumberComparison::agree).toList();
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A normalised value without a spurious ".0" ({@code 0.2}, {@code 1200}); "?" when not finite. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "?";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A quantity's normalised value with its unit, the unit left out for ratios and plain counts. */
    static String value(Quantity q) {
        String v = number(q.value());
        return q.unit().equals("ratio") || q.unit().equals("count") ? v : v + " " + q.unit();
    }

    /** The distinct values of a comparison, e.g. {@code 0.2} or {@code 1200 / 1190}. */
    static String values(NumberComparison n) {
        Set<String> distinct = new LinkedHashSet<>();
        n.values().forEach(v -> distinct.add(value(v.quantity())));
        return String.join(" / ", distinct);
    }

    /** Lower-case status name as used in the JSON: corroborated, single_source, disputed. */
    static String status(FactStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
