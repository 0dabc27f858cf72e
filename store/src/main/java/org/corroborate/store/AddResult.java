package org.corroborate.store;

import java.util.List;

import org.corroborate.api.Problem;

/**
 * What one {@link Store#add} did.
 *
 * @param added     ids of articles stored for the first time
 * @param updated   ids of articles whose content changed (a new version was stored)
 * @param unchanged ids of articles read again with the same content
 * @param stories   the number of stories after recomputing
 * @param problems  every problem met: skipped inputs and warnings, in input order; never null
 */
public record AddResult(List<String> added, List<String> updated, List<String> unchanged, int stories,
                        List<Problem> problems) {

    public AddResult {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        unchanged = List.copyOf(unchanged);
        problems = List.copyOf(problems);
    }
}
