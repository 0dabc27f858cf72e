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
 * words (mapped to the lemma the body gives the same word, counted {@code titleBoost} times), phrases (two content
 * words next to each other in one sentence or in the title, with no stopword between them: "neil gorsuch",
 * "oil price"; weighted by {@code phraseWeight}, title phrases counted {@code titleBoost} times) and
 * canonical entity ids (prefixed {@code "@"}, weighted by {@code entityWeight}). Term weight is
 * {@code (1 + ln tf) * idf^e} with {@code idf = ln((N + 1) / (df + 1)) + 1} and {@code e = idfExponent}, the document
 * frequencies taken over the whole batch: the batch is the corpus, so the same article can get a different vector in
 * a different batch. An exponent above 1 lets the rare words and phrases that name one event (people, places,
 * figures) count for more against the topic words that look-alike stories share.
 *
 * <p>Stateless apart from its configuration; thread-safe.
 */
final class Features {

    private static final String ENTITY_PREFIX = "@";
    /** Joins the two words of a phrase feature; no word feature contains it. */
    private static final String PHRASE_JOINER = " ";

    private final double titleBoost;
    private final double entityWeight;
    private final double phraseWeight;
    private final double idfExponent;

    /** The features of {@code options} ({@link GroupOptions#titleBoost()} and the other weights). */
    Features(GroupOptions options) {
        this.titleBoost = options.titleBoost();
        this.entityWeight = options.entityWeight();
        this.phraseWeight = options.phraseWeight();
        this.idfExponent = options.idfExponent();
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
        double[] idfWeight = new double[df.length];
        for (int id = 0; id < df.length; id++) {
            idfWeight[id] = Math.pow(Math.log((n + 1.0) / (df[id] + 1.0)) + 1.0, idfExponent);
        }
        List<SparseVector> vectors = new ArrayList<>(n);
        for (TreeMap<String, Double> tf : counts) {
            Map<Integer, Double> weights = new HashMap<>();
            for (Map.Entry<String, Double> e : tf.entrySet()) {
                int id = ids.get(e.getKey());
                double w = (1.0 + Math.log(e.getValue())) * idfWeight[id];
                if (e.getKey().startsWith(ENTITY_PREFIX)) {
                    w *= entityWeight;
                } else if (e.getKey().contains(PHRASE_JOINER)) {
                    w *= phraseWeight;
                }
                if (w > 0) {
                    weights.put(id, w);
                }
            }
            vectors.add(SparseVector.of(weights).normalized());
        }
        return vectors;
    }

    /** Raw term counts of one article (title words and phrases boosted), sorted by term. */
    TreeMap<String, Double> termCounts(AnnotatedArticle article) {
        TreeMap<String, Double> tf = new TreeMap<>();
        Map<String, String> lemmaOfWord = new HashMap<>();
        boolean phrases = phraseWeight > 0;
        for (Sentence sentence : article.sentences()) {
            String previous = null;
            for (Token token : sentence.tokens()) {
                String lemma = ContentWords.NEWS.contentLemma(token);
                if (lemma != null && phrases && previous != null) {
                    tf.merge(previous + PHRASE_JOINER + lemma, 1.0, Double::sum);
                }
                previous = lemma;
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
            String previous = null;
            for (String word : ContentWords.words(title)) {
                String lemma = lemmaOfWord.getOrDefault(word, ContentWords.NEWS.contentWord(word));
                if (lemma != null && phrases && previous != null) {
                    tf.merge(previous + PHRASE_JOINER + lemma, titleBoost, Double::sum);
                }
                previous = lemma;
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
