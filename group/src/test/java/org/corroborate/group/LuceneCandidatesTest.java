package org.corroborate.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Grouping;
import org.corroborate.api.Story;
import org.corroborate.text.SparseVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneCandidatesTest {

    private static SparseVector vector(int... ids) {
        Map<Integer, Double> weights = new java.util.HashMap<>();
        for (int id : ids) {
            weights.merge(id, 1.0, Double::sum);
        }
        return SparseVector.of(weights).normalized();
    }

    private static float[] unit(int dimension, int hot) {
        float[] e = new float[8];
        e[dimension] = 1;
        if (hot >= 0) {
            e[hot] = 1;
        }
        float norm = (float) Math.sqrt(hot >= 0 ? 2 : 1);
        for (int i = 0; i < e.length; i++) {
            e[i] /= norm;
        }
        return e;
    }

    /** Refreshing after every article puts everything in the index, so the buffer cannot hide a retrieval miss. */
    @Test
    void findsStoriesByTermsAndByEmbeddingFromTheIndex(@TempDir Path dir) {
        Path index = dir.resolve("index");
        try (LuceneCandidates candidates = new LuceneCandidates(new LuceneCandidates.IndexOptions(8, 2, 1, 1, 1, 0, 4,
                8), index)) {
            candidates.add(0, vector(1, 2, 3), unit(0, -1));
            candidates.add(1, vector(10, 11, 12), unit(1, -1));
            candidates.add(2, vector(20, 21, 22), unit(2, -1));
            candidates.add(1, vector(10, 13), unit(1, 3));
            assertThat(Files.exists(index)).isTrue();

            assertThat(candidates.candidates(vector(11, 12, 99), new float[0])).containsExactly(1);
            assertThat(candidates.candidates(vector(99), unit(2, -1))).containsExactly(2);
            assertThat(candidates.candidates(vector(1, 2), unit(2, -1))).containsExactly(0, 2);
            assertThat(candidates.candidates(vector(98, 99), new float[0])).isEmpty();
        }
        assertThat(Files.exists(index)).isTrue();
    }

    @Test
    void recentArticlesAreFoundBeforeARefreshAndTheTemporaryIndexIsDeleted() {
        LuceneCandidates candidates = new LuceneCandidates(LuceneCandidates.IndexOptions.defaults(), null);
        candidates.add(0, vector(1, 2, 3), unit(0, -1));
        candidates.add(1, vector(10, 11, 12), unit(1, -1));
        assertThat(candidates.candidates(vector(11), new float[0])).containsExactly(1);
        assertThat(candidates.candidates(vector(50), unit(0, 4))).containsExactly(0);
        candidates.close();
    }

    /** Batches of 2 adopted 2 batches later: an article is found whether it sits in the buffer or in the index. */
    @Test
    void articlesAreFoundAcrossBatchesStillBeingIndexedAndRunsRepeat(@TempDir Path dir) {
        LuceneCandidates.IndexOptions lagging = new LuceneCandidates.IndexOptions(8, 2, 1, 1, 2, 2, 4, 8);
        List<List<Integer>> first = placeAndQuery(lagging, dir.resolve("one"));
        List<List<Integer>> second = placeAndQuery(lagging, dir.resolve("two"));
        assertThat(first).isEqualTo(second);
        for (int story = 0; story < first.size(); story++) {
            assertThat(first.get(story)).as("story %d", story).contains(story);
        }
    }

    /** Places 11 articles in 11 stories (some batches still pending at the end) and asks for each one's story. */
    private static List<List<Integer>> placeAndQuery(LuceneCandidates.IndexOptions options, Path index) {
        List<List<Integer>> found = new ArrayList<>();
        try (LuceneCandidates candidates = new LuceneCandidates(options, index)) {
            for (int story = 0; story < 11; story++) {
                candidates.add(story, vector(100 * story + 1, 100 * story + 2), unit(story % 8, (story + 3) % 8));
            }
            for (int story = 0; story < 11; story++) {
                found.add(java.util.Arrays.stream(candidates.candidates(vector(100 * story + 1, 100 * story + 2),
                        new float[0])).boxed().toList());
            }
        }
        return found;
    }

    @Test
    void indexedGroupingEqualsExactGroupingOnTheFixtures() {
        List<AnnotatedArticle> in = new ArrayList<>(StandardGrouperTest.damAndTransfer());
        in.addAll(LookAlikeEvents.articles());
        Grouping exact = new StandardGrouper(GroupOptions.defaults().withIndexFrom(Integer.MAX_VALUE)).group(in);
        Grouping indexed = new StandardGrouper(GroupOptions.defaults().withIndexFrom(0)).group(in);
        // the explanations may differ ("no story to join" where the exact search saw a story at similarity 0)
        assertThat(indexed.stories()).extracting(Story::id, Story::articleIds, Story::copies)
                .isEqualTo(exact.stories().stream().map(s -> tuple(s.id(), s.articleIds(), s.copies())).toList());
        assertThat(Groupers.standard(Groupers.CandidateSearch.INDEX).group(in)).isEqualTo(indexed);
    }
}
