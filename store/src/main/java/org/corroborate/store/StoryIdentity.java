package org.corroborate.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corroborate.api.Story;

/**
 * Keeps story ids stable across recomputation: a recomputed story takes the id of the stored story it shares the
 * most articles with (largest stories first; each old id is given once), so a story's address does not change when
 * an article joins it. A story that takes in articles of other stored stories records them as merged. Stateless.
 */
final class StoryIdentity {

    private StoryIdentity() {
    }

    /** The id each recomputed story keeps, and the old stories merged into it. */
    record Assignment(Map<String, String> idByComputedId, Map<String, List<String>> mergedByStableId) {
    }

    /**
     * @param oldMembers stored story id → its article ids
     * @param stories    the recomputed stories
     */
    static Assignment assign(Map<String, Set<String>> oldMembers, List<Story> stories) {
        Map<String, String> oldStoryOfArticle = new HashMap<>();
        oldMembers.forEach((story, articles) -> articles.forEach(a -> oldStoryOfArticle.put(a, story)));
        List<Story> order = new ArrayList<>(stories);
        order.sort(Comparator.comparingInt((Story s) -> -s.articleIds().size()).thenComparing(Story::id));
        Set<String> taken = new HashSet<>();
        Map<String, String> ids = new HashMap<>();
        Map<String, Set<String>> contributors = new HashMap<>();
        for (Story story : order) {
            Map<String, Integer> overlap = new HashMap<>();
            for (String article : story.articleIds()) {
                String old = oldStoryOfArticle.get(article);
                if (old != null) {
                    overlap.merge(old, 1, Integer::sum);
                }
            }
            String best = overlap.entrySet().stream()
                    .filter(e -> !taken.contains(e.getKey()))
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                            Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(null);
            String id = best != null ? best : story.id();
            if (taken.contains(id)) {
                id = story.id();
            }
            taken.add(id);
            ids.put(story.id(), id);
            contributors.put(id, overlap.keySet());
        }
        Map<String, List<String>> merged = new HashMap<>();
        contributors.forEach((id, olds) -> {
            List<String> gone = olds.stream().filter(o -> !taken.contains(o)).sorted().toList();
            if (!gone.isEmpty()) {
                merged.put(id, gone);
            }
        });
        return new Assignment(ids, merged);
    }
}
