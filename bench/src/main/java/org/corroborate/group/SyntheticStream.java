package org.corroborate.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Article;
import org.corroborate.text.SparseVector;

/**
 * A synthetic, seeded stream of articles for the assignment benchmarks: stories of about four articles each that
 * arrive interleaved over a sliding window, each article a unit TF-IDF-like vector (a few of its story's topic
 * features plus Zipf-distributed background features from a 50,000-term vocabulary, weighted by the IDF the rank
 * implies; two articles of a story have a TF-IDF cosine of about 0.34, of different stories about 0.01)
 * and a unit 384-dimension "lead embedding" near its story's random centre. Not language: the figures it gives are
 * the cost of retrieval and scoring at scale, not quality.
 *
 * <p>Immutable after construction; thread-safe for reading.
 */
final class SyntheticStream {

    static final int DIMENSIONS = 384;
    private static final int VOCABULARY = 50_000;
    private static final int TOPIC_TERMS = 12;
    private static final int TOPIC_PER_ARTICLE = 8;
    private static final int BACKGROUND_PER_ARTICLE = 60;
    private static final int ARTICLES_PER_STORY = 4;
    private static final int WINDOW = 400;
    /** A topic feature weighs this much more than a background one (it is repeated in the article). */
    private static final double TOPIC_WEIGHT = 1.5;

    final List<Chronology.Entry> entries;
    final List<SparseVector> vectors;
    final float[][] embeddings;
    /** The true story of each article, numbered in order of first appearance. */
    final int[] truth;

    SyntheticStream(int articles, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int stories = articles / ARTICLES_PER_STORY + WINDOW;
        truth = new int[articles];
        int[] number = new int[stories];
        java.util.Arrays.fill(number, -1);
        int numbered = 0;
        int[][] topics = new int[stories][];
        float[][] centres = new float[stories][];
        entries = new ArrayList<>(articles);
        vectors = new ArrayList<>(articles);
        embeddings = new float[articles][];
        double[] cumulative = zipf();
        double harmonic = 0;
        for (int r = 0; r < VOCABULARY; r++) {
            harmonic += 1.0 / (r + 1);
        }
        double[] idf = new double[VOCABULARY];
        for (int r = 0; r < VOCABULARY; r++) {
            idf[r] = idf(r, harmonic);
        }
        for (int i = 0; i < articles; i++) {
            int story = (i + random.nextInt(WINDOW)) / ARTICLES_PER_STORY;
            if (topics[story] == null) {
                topics[story] = new int[TOPIC_TERMS];
                for (int k = 0; k < TOPIC_TERMS; k++) {
                    topics[story][k] = 1000 + random.nextInt(VOCABULARY - 1000);
                }
                centres[story] = gaussianUnit(random, null, 0);
                number[story] = numbered++;
            }
            truth[i] = number[story];
            Map<Integer, Double> weights = new HashMap<>();
            for (int k = 0; k < TOPIC_PER_ARTICLE; k++) {
                int term = topics[story][random.nextInt(TOPIC_TERMS)];
                weights.merge(term, TOPIC_WEIGHT * idf[term], Double::sum);
            }
            for (int k = 0; k < BACKGROUND_PER_ARTICLE; k++) {
                int term = draw(cumulative, random.nextDouble());
                weights.merge(term, idf[term], Double::sum);
            }
            vectors.add(SparseVector.of(weights).normalized());
            embeddings[i] = gaussianUnit(random, centres[story], 0.7);
            String id = "a" + i;
            Article article = new Article(id, "synthetic", null, null, "outlet" + (i % 50), null, List.of(), null,
                    null, "en", "synthetic", List.of(), List.of());
            entries.add(new Chronology.Entry(new AnnotatedArticle(article, List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of()), i, null, null));
        }
    }

    /**
     * The IDF a feature of this Zipf rank would get in such a corpus: ln of one over the share of articles that draw
     * it at least once among {@value #BACKGROUND_PER_ARTICLE} draws, plus 0.1.
     */
    private static double idf(int rank, double harmonic) {
        double share = 1 - Math.exp(-BACKGROUND_PER_ARTICLE / ((rank + 1.0) * harmonic));
        return Math.log(1 / share) + 0.1;
    }

    private static double[] zipf() {
        double[] cumulative = new double[VOCABULARY];
        double sum = 0;
        for (int r = 0; r < VOCABULARY; r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        for (int r = 0; r < VOCABULARY; r++) {
            cumulative[r] /= sum;
        }
        return cumulative;
    }

    private static int draw(double[] cumulative, double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A random unit vector, or {@code centre} plus {@code spread} times random noise, made unit. */
    private static float[] gaussianUnit(SplittableRandom random, float[] centre, double spread) {
        double[] v = new double[DIMENSIONS];
        double sq = 0;
        for (int d = 0; d < DIMENSIONS; d++) {
            double noise = gaussian(random) / Math.sqrt(DIMENSIONS);
            v[d] = centre == null ? noise : centre[d] + spread * noise;
            sq += v[d] * v[d];
        }
        float[] u = new float[DIMENSIONS];
        double norm = Math.sqrt(sq);
        for (int d = 0; d < DIMENSIONS; d++) {
            u[d] = (float) (v[d] / norm);
        }
        return u;
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Synthetic English-like leads of about 60 words (title and two sentences), for embedding cost. */
    static List<String> leads(int count, long seed) {
        String[] words = ("the a of to in and said on for with at by from police minister government city "
                + "council people year week new two three after over more than fire flood election court "
                + "president company report officials told reporters residents mayor hospital workers school "
                + "million percent prices bank market team match season players coach storm road bridge river "
                + "village state border talks deal agreement vote parliament party leader health water power "
                + "emergency rescue service investigation announced expected warned killed injured arrested "
                + "charged").split(" ");
        SplittableRandom random = new SplittableRandom(seed);
        List<String> leads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            int[] lengths = {9, 25, 26};
            for (int length : lengths) {
                for (int w = 0; w < length; w++) {
                    sb.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
                }
                sb.append(". ");
            }
            leads.add(sb.toString().strip());
        }
        return leads;
    }
}
