package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corroborate.api.Story;
import org.junit.jupiter.api.Test;

class StoryIdentityTest {

    private static Story story(String id, String... articles) {
        return new Story(id, List.of(articles), List.of(), List.of());
    }

    @Test
    void aGrowingStoryKeepsItsIdAndAMergeIsReported() {
        Map<String, Set<String>> old = Map.of("sOld1", Set.of("a", "b"), "sOld2", Set.of("c"), "sOld3", Set.of("d"));

        StoryIdentity.Assignment assignment = StoryIdentity.assign(old, List.of(
                story("sNew1", "a", "b", "c", "e"), story("sNew2", "d", "f"), story("sNew3", "g")));

        assertThat(assignment.idByComputedId()).containsEntry("sNew1", "sOld1").containsEntry("sNew2", "sOld3")
                .containsEntry("sNew3", "sNew3");
        assertThat(assignment.mergedByStableId()).containsOnlyKeys("sOld1").containsEntry("sOld1", List.of("sOld2"));
    }

    @Test
    void aSplitStoryKeepsItsIdForTheLargerPartAndMergesNothing() {
        Map<String, Set<String>> old = Map.of("sOld", Set.of("a", "b", "c"));

        StoryIdentity.Assignment assignment = StoryIdentity.assign(old, List.of(story("sX", "a"),
                story("sY", "b", "c")));

        assertThat(assignment.idByComputedId()).containsEntry("sY", "sOld").containsEntry("sX", "sX");
        assertThat(assignment.mergedByStableId()).isEmpty();
    }
}
