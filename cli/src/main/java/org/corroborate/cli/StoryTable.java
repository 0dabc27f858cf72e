package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.corroborate.engine.StoryResult;

/** The table of stories that {@code brief} prints. */
final class StoryTable {

    private static final int HEADLINE_WIDTH = 70;

    private StoryTable() {
    }

    static void print(List<StoryResult> stories, PrintWriter out) {
        String format = "%-12s %8s %8s %12s  %s%n";
        out.printf(Locale.ROOT, format, "STORY", "ARTICLES", "OUTLETS", "INDEPENDENT", "HEADLINE");
        for (StoryResult story : stories) {
            String headline = story.brief().headline();
            if (headline.length() > HEADLINE_WIDTH) {
                headline = headline.substring(0, HEADLINE_WIDTH - 1) + "…";
            }
            out.printf(Locale.ROOT, format, story.story().id(), story.articles().size(), story.outletCount(),
                    story.analysis().independentSources(), headline);
        }
    }
}
