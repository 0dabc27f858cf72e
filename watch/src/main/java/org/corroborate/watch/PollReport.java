package org.corroborate.watch;

import java.util.List;

import org.corroborate.api.Problem;
import org.corroborate.store.AddResult;

/**
 * What one poll (or one add of URLs) did.
 *
 * @param feeds    one line per feed polled: {@code URL: N new, M updated} or {@code URL: not modified} or the failure
 * @param fetched  pages fetched (new, changed or re-checked)
 * @param stored   what the store did with the documents; null when nothing was stored
 * @param problems pages that could not be had or read, each naming its URL; never null
 */
public record PollReport(List<String> feeds, int fetched, AddResult stored, List<Problem> problems) {

    public PollReport {
        feeds = List.copyOf(feeds);
        problems = List.copyOf(problems);
    }

    /** True when some page or feed failed. */
    public boolean hadProblems() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.SKIPPED);
    }
}
