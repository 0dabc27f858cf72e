package org.corroborate.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

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

    @Test
    void refusesFewerThanOneThread() {
        assertThatThrownBy(() -> new SentenceModel(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads");
    }
}
