package org.corroborate.api;

/**
 * One token of an article's clean text.
 *
 * @param start character offset, inclusive
 * @param end   character offset, exclusive
 * @param word  the token as written
 * @param lemma its lemma (lower case for common words)
 * @param tag   part-of-speech tag (Penn Treebank)
 * @param ner   named-entity class, {@code "O"} when none
 */
public record Token(int start, int end, String word, String lemma, String tag, String ner) {
}
