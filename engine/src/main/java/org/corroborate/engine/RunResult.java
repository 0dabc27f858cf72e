package org.corroborate.engine;

import java.util.List;

import org.corroborate.api.Problem;

/**
 * The outcome of a run: stories, and every problem met on the way. Inputs that were skipped are named in
 * {@code problems}; everything else was processed.
 *
 * @param stories  stories, largest first
 * @param problems problems in input order
 */
public record RunResult(List<StoryResult> stories, List<Problem> problems) {

    public RunResult {
        stories = List.copyOf(stories);
        problems = List.copyOf(problems);
    }

    /** True when at least one input was skipped. */
    public boolean anySkipped() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.SKIPPED);
    }
}
