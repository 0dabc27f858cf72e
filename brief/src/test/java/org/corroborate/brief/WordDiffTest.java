package org.corroborate.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void wordsTheReferenceLacksAreMarked() {
        List<WordDiff.Word> words = WordDiff.against("Nobody goes home until the air is safe to breathe",
                "No one will go home until the air is safe to breathe");
        assertThat(words).filteredOn(WordDiff.Word::changed).extracting(WordDiff.Word::text)
                .containsExactly("No", "one", "will", "go");
        assertThat(words).extracting(WordDiff.Word::text).containsExactly("No", "one", "will", "go", "home", "until",
                "the", "air", "is", "safe", "to", "breathe");
    }

    @Test
    void caseAndPunctuationDoNotCountAsChanges() {
        assertThat(WordDiff.against("We need them, too.", "we need them too"))
                .noneMatch(WordDiff.Word::changed);
        assertThat(WordDiff.against("anything", "")).isEmpty();
    }
}
