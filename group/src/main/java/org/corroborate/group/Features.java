package org.corroborate.group;

import org.corroborate.text.SparseVector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.EntityMention;
import org.corroborate.api.Sentence;
import org.corroborate.api.Token;
import org.corroborate.text.ContentWords;

/**
 * TF-IDF vectors of a batch of articles. Features are the content lemmas of the body (see {@link Lexicon}), title
 * words (mapped to the lemma the body gives the same word, counted {@code titleBoost} times) and canonical entity ids
 * (prefixed {@code "@"}, weighted by {@code entityWeight}). Term weight is {@code (1 + ln tf) * idf} with
 * {@code idf = ln((N + 1) / (df + 1)) + 1}, the document frequencies taken over the whole batch: the batch is the
 * corpus, so the same article can get a different vector in a different batch.
 *
 * <p>Stateless apart from its configuration; thread-safe.
 */
final class Features {

    private static final String ENTITY_PREFIX = "@";

    private final double titleBoost;
    private final double entityWeight;

    Features(double titleBoost, double entityWeight) {
        this.titleBoost = titleBoost;
        this.entityWeight = entityWeight;
    }

    /** Unit-length TF-IDF vectors, one per article, in the order given. */
    List<SparseVector> vectors(List<AnnotatedArticle> articles) {
        List<TreeMap<String, Double>> counts = new ArrayList<>(articles.size());
        TreeSet<String> vocabulary = new TreeSet<>();
        for (AnnotatedArticle a : articles) {
            TreeMap<String, Double> tf = termCounts(a);
            counts.add(tf);
            vocabulary.addAll(tf.keySet());
        }
        Map<String, Integer> ids = new HashMap<>();
        for (String term : vocabulary) {
            ids.put(term, ids.size());
        }
        int[] df = new int[ids.size()];
        for (TreeMap<String, Double> tf : counts) {
            for (String term : tf.keySet()) {
                df[ids.get(term)]++;
            }
        }
        int n = articles.size();
        List<SparseVector> vectors = new ArrayList<>(n);
        for (TreeMap<String, Double> tf : counts) {
            Map<Integer, Double> weights = new HashMap<>();
            for (Map.Entry<String, Double> e : tf.entrySet()) {
                int id = ids.get(e.getKey());
                double idf = Math.log((n + 1.0) / (df[id] + 1.0)) + 1.0;
                double w = (1.0 + Math.log(e.getValue())) * idf;
                if (e.getKey().startsWith(ENTITY_PREFIX)) {
                    w *= entityWeight;
                }
                weights.put(id, w);
            }
            vectors.add(SparseVector.of(weights).normalized());
        }
        return vectors;
    }

    /** Raw term counts of one article (title words boosted), sorted by term. */
    TreeMap<String, Double> termCounts(AnnotatedArticle article) {
        TreeMap<String, Double> tf = new TreeMap<>();
        Map<String, String> lemmaOfWord = new HashMap<>();
        for (Sentence sentence : article.sentences()) {
            for (Token token : sentence.tokens()) {
                String lemma = ContentWords.NEWS.contentLemma(token);
                if (lemma != null) {
                    tf.merge(lemma, 1.0, Double::sum);
                    if (token.word() != null) {
                        lemmaOfWord.putIfAbsent(token.word().toLowerCase(Locale.ROOT), lemma);
                    }
                }
            }
        }
        String title = article.article().title();
        if (title != null) {
            for (String word : ContentWords.words(title)) {
                String lemma = lemmaOfWord.getOrDefault(word, ContentWords.NEWS.contentWord(word));
                if (lemma != null) {
                    tf.merge(lemma, titleBoost, Double::sum);
                }
            }
        }
        for (EntityMention mention : article.entities()) {
            tf.merge(ENTITY_PREFIX + mention.entityId(), 1.0, Double::sum);
        }
        return tf;
    }
}
