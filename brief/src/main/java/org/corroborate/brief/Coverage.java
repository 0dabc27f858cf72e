package org.corroborate.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.corroborate.api.ArticleSummary;
import org.corroborate.api.Brief;
import org.corroborate.api.Fact;

/**
 * The outlet × fact matrix of a brief: which outlet carries which fact. Rows are the facts carried by at least two
 * outlets (most widely carried first, as the analysis orders them), at most {@link #MAX_ROWS}; columns are the
 * outlets in alphabetical order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outlets the columns
 * @param facts   the rows
 * @param omitted how many facts carried by two or more outlets did not fit
 */
record Coverage(List<String> outlets, List<Fact> facts, int omitted) {

    static final int MAX_ROWS = 20;

    Coverage {
        outlets = List.copyOf(outlets);
        facts = List.copyOf(facts);
    }

    static Coverage of(Brief brief) {
        TreeSet<String> outlets = new TreeSet<>();
        for (ArticleSummary a : brief.articles()) {
            outlets.add(a.outlet());
        }
        List<Fact> shared = new ArrayList<>();
        for (Fact f : brief.analysis().facts()) {
            if (f.outlets().size() >= 2) {
                shared.add(f);
            }
        }
        int rows = Math.min(MAX_ROWS, shared.size());
        return new Coverage(List.copyOf(outlets), shared.subList(0, rows), shared.size() - rows);
    }

    /** True when outlet {@code column} carries fact {@code row}. */
    boolean carries(int row, int column) {
        return facts.get(row).outlets().contains(outlets.get(column));
    }

    /** A short label of a fact: its id and first words. */
    static String label(Fact fact) {
        String[] words = Words.oneLine(fact.text()).split(" ");
        StringBuilder b = new StringBuilder(fact.id()).append(": ");
        for (int i = 0; i < Math.min(8, words.length); i++) {
            b.append(i == 0 ? "" : " ").append(words[i]);
        }
        return words.length > 8 ? b.append(" \u2026").toString() : b.toString();
    }
}
