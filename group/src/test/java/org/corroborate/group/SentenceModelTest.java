package org.corroborate.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SentenceModelTest {

    private static final List<String> TEXTS = List.of(
            "A fire broke out in the harbour warehouse on Thursday night.",
            "Firefighters fought the blaze at the port for six hours.",
            "The central bank raised interest rates by a quarter point.",
            "Two earthquakes struck the region a week apart.",
            "The summit ended without a joint statement.");

    @Test
    void aBatchGivesTheSameVectorsAsOneTextAtATimeInOrder() {
        SentenceModel model = new SentenceModel();
        float[][] batch = model.embed(TEXTS);
        List<float[]> single = new ArrayList<>();
        for (String text : TEXTS) {
            single.add(model.embed(List.of(text))[0]);
        }
        assertThat(batch.length).isEqualTo(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            assertThat(batch[i]).hasSize(384).containsExactly(single.get(i));
        }
    }

    @Test
    void similarSentencesAreCloserThanUnrelatedOnes() {
        LeadEmbedder embedder = new LeadEmbedder(new SentenceModel(2));
        float[][] units = embedder.embedTexts(TEXTS);
        double fireToFire = LeadEmbedder.dot(units[0], units[1]);
        double fireToBank = LeadEmbedder.dot(units[0], units[2]);
        assertThat(fireToFire).isGreaterThan(fireToBank + 0.1);
    }

    /** A map as memory, counting what it is asked to remember. */
    private static final class MapMemory implements EmbeddingMemory {
        final Map<String, float[]> vectors = new HashMap<>();
        final List<String> remembered = new ArrayList<>();

        @Override
        public synchronized Optional<float[]> recall(String text) {
            return Optional.ofNullable(vectors.get(text));
        }

        @Override
        public synchronized void remember(String text, float[] vector) {
            remembered.add(text);
            vectors.put(text, vector);
        }
    }

    @Test
    void aModelWithMemoryEmbedsOnlyWhatItDoesNotRecallAndGivesTheModelsOwnVectors() {
        SentenceModel plain = new SentenceModel();
        MapMemory memory = new MapMemory();
        memory.vectors.put(TEXTS.get(1), new float[] {1, 2, 3});
        SentenceModel remembering = plain.withMemory(memory);

        float[][] vectors = remembering.embed(TEXTS.subList(0, 3));
        assertThat(vectors[1]).containsExactly(1, 2, 3);
        assertThat(memory.remembered).containsExactly(TEXTS.get(0), TEXTS.get(2));
        float[] fresh = plain.embed(List.of(TEXTS.get(0)))[0];
        assertThat(vectors[0]).containsExactly(fresh);
        assertThat(memory.vectors.get(TEXTS.get(0))).containsExactly(fresh);

        vectors[0][0] = 99;
        assertThat(remembering.embed(List.of(TEXTS.get(0)))[0]).containsExactly(fresh);
        assertThat(memory.remembered).hasSize(2);
        assertThat(remembering.threads()).isEqualTo(plain.threads());
    }

    @Test
    void refusesFewerThanOneThread() {
        assertThatThrownBy(() -> new SentenceModel(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads");
    }
}
