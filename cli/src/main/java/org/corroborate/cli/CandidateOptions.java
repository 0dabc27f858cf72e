package org.corroborate.cli;

import org.corroborate.api.StoryGrouper;
import org.corroborate.group.Groupers;

import picocli.CommandLine.Option;

/**
 * The {@code --candidates} option of the commands that group stories, as a picocli mixin. Not thread-safe (filled by
 * picocli, read by one command).
 */
final class CandidateOptions {

    @Option(names = "--candidates", paramLabel = "HOW", defaultValue = "auto",
            description = "How an article finds the stories it may join: all (every story, exact), index (a Lucene "
                    + "index on disk: BM25 and nearest embeddings), auto (all below 10,000 articles). "
                    + "Default: ${DEFAULT-VALUE}.")
    CandidateOption candidates;

    /** The standard grouper with this way of finding candidates. */
    StoryGrouper grouper() {
        return Groupers.standard(candidates.search());
    }
}
