package org.corroborate.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corroborate.text.ContentWords;

/**
 * Word-level helpers of the briefer: content terms, word counts and TF-IDF vectors over terms. The words themselves
 * come from the shared tokenizer ({@link ContentWords#words}); the stopword list is the briefer's own (shorter than
 * {@link ContentWords#GENERAL}'s, which the summary scores were measured with). Stateless and thread-safe.
 */
final class Words {

    /** Function words that carry no topic; they are left out of term vectors and overlap measures. */
    private static final Set<String> STOPWORDS = Set.of(
            "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
            "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
            "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
            "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of",
            "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "said", "same", "says",
            "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then",
            "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "us", "very",
            "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
            "would", "you", "your");

    private Words() {
    }

    /**
     * The content terms of {@code text}: its words ({@link ContentWords#words}: lower-cased runs of letters and
     * digits) without stopwords and one-letter words (a one-digit number stays).
     */
    static List<String> terms(String text) {
        List<String> result = new ArrayList<>();
        for (String word : ContentWords.words(text)) {
            if (!STOPWORDS.contains(word) && (word.length() > 1 || Character.isDigit(word.charAt(0)))) {
                result.add(word);
            }
        }
        return result;
    }

    /** The number of whitespace-separated words in {@code text}; this is what the word budget counts. */
    static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** {@code text} with every run of whitespace replaced by one space, trimmed. */
    static String oneLine(String text) {
        return text.trim().replaceAll("\\s+", " ");
    }

    /** Inverse document frequencies over a set of documents (each a list of terms). */
    static final class Idf {

        private final Map<String, Integer> documentFrequency = new HashMap<>();
        private final int documents;

        Idf(List<List<String>> docs) {
            this.documents = docs.size();
            for (List<String> doc : docs) {
                for (String term : Set.copyOf(doc)) {
                    documentFrequency.merge(term, 1, Integer::sum);
                }
            }
        }

        /** Smoothed idf: {@code ln((1 + N) / (1 + df)) + 1}, so unseen and ubiquitous terms keep a small weight. */
        double idf(String term) {
            int df = documentFrequency.getOrDefault(term, 0);
            return Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
        }

        /** The TF-IDF vector of {@code terms}, with sublinear term frequency {@code 1 + ln(tf)}. */
        Map<String, Double> vector(List<String> terms) {
            Map<String, Integer> tf = new HashMap<>();
            for (String term : terms) {
                tf.merge(term, 1, Integer::sum);
            }
            Map<String, Double> result = new HashMap<>();
            tf.forEach((term, count) -> result.put(term, (1.0 + Math.log(count)) * idf(term)));
            return result;
        }
    }

    /** Cosine similarity of two sparse vectors, 0 when either is empty. */
    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        return cosine(a, b, norm(b));
    }

    /** {@link #cosine(Map, Map)} with the norm of {@code b} computed once by the caller ({@link #norm(Map)}). */
    static double cosine(Map<String, Double> a, Map<String, Double> b, double normOfB) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        double norm = norm(a) * normOfB;
        return norm == 0 ? 0 : dot / norm;
    }

    /** The Euclidean norm of a sparse vector. */
    static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double x : v.values()) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
