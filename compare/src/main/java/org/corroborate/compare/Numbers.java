package org.corroborate.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.corroborate.api.NumberComparison;
import org.corroborate.api.Quantity;
import org.corroborate.api.ReportedValue;

/**
 * Compares normalised quantities. Two values are compatible when their relative difference (to the larger
 * magnitude) is at most the exact tolerance (5%: rounding, "3.2 million" vs "3,215,000"), or at most the hedge
 * tolerance (25%) when either is hedged: a hedge ("about", "over", "almost") is read as a band of roughly a quarter,
 * so "over two hours" (7200 s) and "almost two and a half hours" (9000 s) agree while "12 died" and "15 died" do not.
 * Only values of the same normalised unit are compared; a count's unit is its counted noun, so "12 people" is never
 * set against "12 houses".
 *
 * <p>Between two articles, values of one unit conflict only when each article has a value the other cannot match:
 * an article that reports "12 dead and 30 injured" does not contradict one that reports only "12 dead".
 *
 * <p>Immutable and thread-safe.
 */
final class Numbers {

    /** How the quantities of two sentences relate. */
    enum Relation { NONE, AGREE, DISAGREE }

    private final double exactTolerance;
    private final double approxTolerance;

    Numbers(double exactTolerance, double approxTolerance) {
        this.exactTolerance = exactTolerance;
        this.approxTolerance = approxTolerance;
    }

    boolean compatible(Quantity a, Quantity b) {
        double scale = Math.max(Math.abs(a.value()), Math.abs(b.value()));
        if (scale == 0) {
            return true;
        }
        double tolerance = a.approx() || b.approx() ? approxTolerance : exactTolerance;
        return Math.abs(a.value() - b.value()) <= tolerance * scale + 1e-12;
    }

    /** True when each side (values of one unit) has a value that nothing on the other side matches. */
    boolean conflict(List<Quantity> left, List<Quantity> right) {
        return hasUnmatched(left, right) && hasUnmatched(right, left);
    }

    private boolean hasUnmatched(List<Quantity> values, List<Quantity> others) {
        for (Quantity v : values) {
            boolean matched = false;
            for (Quantity o : others) {
                if (compatible(v, o)) {
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                return true;
            }
        }
        return false;
    }

    /** How the quantities of two sentences relate: disagree if any unit conflicts, agree if any value matches. */
    Relation relate(List<Quantity> left, List<Quantity> right) {
        Map<String, List<Quantity>> l = byUnit(left);
        Map<String, List<Quantity>> r = byUnit(right);
        Relation result = Relation.NONE;
        for (Map.Entry<String, List<Quantity>> e : l.entrySet()) {
            List<Quantity> other = r.get(e.getKey());
            if (other == null) {
                continue;
            }
            if (conflict(e.getValue(), other)) {
                return Relation.DISAGREE;
            }
            result = Relation.AGREE;
        }
        return result;
    }

    static Map<String, List<Quantity>> byUnit(List<Quantity> quantities) {
        Map<String, List<Quantity>> map = new TreeMap<>();
        for (Quantity q : quantities) {
            map.computeIfAbsent(q.unit(), k -> new ArrayList<>()).add(q);
        }
        return map;
    }

    /**
     * One value reported by one article.
     *
     * @param order    the article's position in the story
     * @param outlet   its outlet
     * @param quantity the value
     */
    record Reported(int order, String outlet, Quantity quantity) {
    }

    /**
     * The comparisons of one fact's values: one per unit that at least two articles report.
     *
     * @param factId the fact
     * @param values every value inside the fact's mentions, any order
     * @return comparisons sorted by unit, values in article order
     */
    List<NumberComparison> compare(String factId, List<Reported> values) {
        Map<String, List<Reported>> units = new TreeMap<>();
        for (Reported v : values) {
            units.computeIfAbsent(v.quantity().unit(), k -> new ArrayList<>()).add(v);
        }
        List<NumberComparison> result = new ArrayList<>();
        for (Map.Entry<String, List<Reported>> e : units.entrySet()) {
            List<Reported> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparingInt(Reported::order)
                    .thenComparingInt(r -> r.quantity().span().start()));
            Map<Integer, List<Quantity>> byArticle = new TreeMap<>();
            for (Reported r : list) {
                byArticle.computeIfAbsent(r.order(), k -> new ArrayList<>()).add(r.quantity());
            }
            if (byArticle.size() < 2) {
                continue;
            }
            List<List<Quantity>> sides = new ArrayList<>(byArticle.values());
            boolean agree = true;
            for (int i = 0; i < sides.size() && agree; i++) {
                for (int j = i + 1; j < sides.size() && agree; j++) {
                    agree = !conflict(sides.get(i), sides.get(j));
                }
            }
            List<ReportedValue> reported = new ArrayList<>();
            for (Reported r : list) {
                reported.add(new ReportedValue(r.quantity(), r.outlet()));
            }
            result.add(new NumberComparison(factId, e.getKey(), reported, agree));
        }
        return result;
    }
}
