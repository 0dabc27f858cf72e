package org.corroborate.api;

import java.util.List;
import java.util.Objects;

/**
 * What the articles of one story agree and disagree on.
 *
 * @param storyId            the story
 * @param facts              facts, most widely carried first
 * @param numbers            quantities compared across articles
 * @param quoteGroups        utterances with each outlet's wording
 * @param timeline           dated events in date order
 * @param independentSources independent sources in the whole story
 * @param notes              caveats ("no article is dated: no timeline")
 * @param contradictions     slots (who, when, where, how many) that outlets fill with incompatible values
 */
public record StoryAnalysis(String storyId, List<Fact> facts, List<NumberComparison> numbers,
                            List<QuoteGroup> quoteGroups, List<TimelineEntry> timeline, int independentSources,
                            List<String> notes, List<Contradiction> contradictions) {

    /** An analysis without contradictions. */
    public StoryAnalysis(String storyId, List<Fact> facts, List<NumberComparison> numbers,
                         List<QuoteGroup> quoteGroups, List<TimelineEntry> timeline, int independentSources,
                         List<String> notes) {
        this(storyId, facts, numbers, quoteGroups, timeline, independentSources, notes, List.of());
    }

    public StoryAnalysis {
        Objects.requireNonNull(storyId, "storyId");
        facts = List.copyOf(facts);
        numbers = List.copyOf(numbers);
        quoteGroups = List.copyOf(quoteGroups);
        timeline = List.copyOf(timeline);
        notes = List.copyOf(notes);
        contradictions = contradictions == null ? List.of() : List.copyOf(contradictions);
    }
}
