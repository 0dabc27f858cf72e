package org.corroborate.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.corroborate.api.EntityType;
import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreLabel;

/** {@link PlaceContexts} on hand-made token lists (no models). */
class PlaceContextsTest {

    /** The tokens of a sentence split on spaces, with character offsets. */
    private static List<CoreLabel> sentence(String text) {
        List<CoreLabel> tokens = new ArrayList<>();
        int pos = 0;
        for (String w : text.split(" ")) {
            CoreLabel t = new CoreLabel();
            t.setWord(w);
            t.setValue(w);
            t.setBeginPosition(pos);
            t.setEndPosition(pos + w.length());
            tokens.add(t);
            pos += w.length() + 1;
        }
        return tokens;
    }

    /** Retypes the PERSON mentions {@code [from, to)} (word indexes) of each sentence; returns the new types. */
    private static List<EntityType> retype(List<List<CoreLabel>> sentences, int[][] spans) {
        List<List<CoreLabel>> candidates = new ArrayList<>();
        List<EntityType> types = new ArrayList<>();
        List<List<CoreLabel>> contexts = new ArrayList<>();
        for (int i = 0; i < spans.length; i++) {
            List<CoreLabel> s = sentences.get(spans[i][0]);
            candidates.add(s.subList(spans[i][1], spans[i][2]));
            types.add(EntityType.PERSON);
            contexts.add(s);
        }
        PlaceContexts.retype(candidates, types, contexts);
        return types;
    }

    @Test
    void aNameUsedOnlyAsAPlaceBecomesALocation() {
        List<List<CoreLabel>> s = List.of(
                sentence("Drones struck his hometown of Kryvyi Rih overnight ."),
                sentence("Missiles could hit Moscow from Kyiv ."),
                sentence("The Kyiv regime protested ."));
        List<EntityType> types = retype(s, new int[][] {{0, 5, 7}, {1, 5, 6}, {2, 1, 2}});
        assertThat(types).containsExactly(EntityType.LOCATION, EntityType.LOCATION, EntityType.LOCATION);
    }

    @Test
    void aNameWithAPersonContextAnywhereStaysAPerson() {
        List<List<CoreLabel>> s = List.of(
                sentence("Voters lost faith in Miller ."),
                sentence("Miller said the plan was fine ."),
                sentence("Crowds gathered in Petrenko ."),
                sentence("It was Mr. Petrenko ."));
        List<EntityType> types = retype(s, new int[][] {{0, 4, 5}, {1, 0, 1}, {2, 3, 4}, {3, 3, 4}});
        assertThat(types).containsOnly(EntityType.PERSON);
    }

    @Test
    void aPossessiveOrNoContextIsNoPlace() {
        List<List<CoreLabel>> s = List.of(
                sentence("They had confidence in Okonkwo ’s plan ."),
                sentence("Okonkwo arrived late ."));
        assertThat(retype(s, new int[][] {{0, 4, 5}, {1, 0, 1}})).containsOnly(EntityType.PERSON);
    }
}
