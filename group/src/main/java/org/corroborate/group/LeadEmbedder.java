package org.corroborate.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Sentence;

/**
 * Sentence embeddings of article leads with the quantised all-MiniLM-L6-v2 model (384 dimensions), run in-process
 * by ONNX Runtime through langchain4j; the model ships inside the langchain4j jar, nothing is downloaded.
 *
 * <p>The lead of an article is its title and its first {@value #LEAD_SENTENCES} sentences, cut at
 * {@value #MAX_CHARS} characters (MiniLM reads at most 256 word pieces; the lead is what tells one event from
 * another, the rest of the body is left to TF-IDF). Vectors are L2-normalised, so a dot product is a cosine.
 *
 * <p>The model (about 23 MB, ~1.7 s to load on 2 cores) is created on the first call to {@link #embed(List)} and kept for the
 * life of this object; the engine keeps one grouper, hence one embedder, per process. Thread-safe: loading is
 * guarded, and the ONNX session may be used concurrently. Inference runs on the calling thread (a same-thread
 * executor), so the output does not depend on scheduling.
 */
final class LeadEmbedder {

    /** Sentences of the body that go into the lead after the title. */
    static final int LEAD_SENTENCES = 2;
    /** The longest lead in characters. */
    static final int MAX_CHARS = 1000;

    private final SentenceModel model;

    /** An embedder with its own model. */
    LeadEmbedder() {
        this(new SentenceModel());
    }

    /** An embedder over a model shared with other users in the process. */
    LeadEmbedder(SentenceModel model) {
        this.model = model;
    }

    /**
     * Embeds the leads of {@code articles}.
     *
     * @param articles the articles; never null
     * @return one unit vector per article, in order; an article with no text gets the zero vector
     * @throws IllegalStateException when the model cannot be loaded
     */
    float[][] embed(List<AnnotatedArticle> articles) {
        List<String> leads = new ArrayList<>(articles.size());
        for (AnnotatedArticle a : articles) {
            leads.add(lead(a));
        }
        return embedTexts(leads);
    }

    /** Unit-length embeddings of {@code texts} (blank ones give zero vectors); never null. */
    float[][] embedTexts(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<String> batch = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            if (t == null || t.isBlank()) {
                out[i] = new float[0];
            } else {
                batch.add(t);
                where.add(i);
            }
        }
        if (!batch.isEmpty()) {
            float[][] embeddings = model.embed(batch);
            for (int k = 0; k < where.size(); k++) {
                out[where.get(k)] = unit(embeddings[k]);
            }
        }
        return out;
    }

    /** The lead text of {@code article}: title, then the first sentences, at most {@value #MAX_CHARS} chars. */
    static String lead(AnnotatedArticle article) {
        StringBuilder sb = new StringBuilder();
        String title = article.article().title();
        if (title != null && !title.isBlank()) {
            sb.append(title.strip());
        }
        String text = article.article().text();
        int taken = 0;
        for (Sentence s : article.sentences()) {
            if (taken == LEAD_SENTENCES || sb.length() >= MAX_CHARS) {
                break;
            }
            String sentence = s.span().text().strip();
            if (sentence.isEmpty() || sentence.equals(title == null ? null : title.strip())) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(sb.charAt(sb.length() - 1) == '.' ? " " : ". ");
            }
            sb.append(sentence);
            taken++;
        }
        if (sb.length() == 0 && text != null) {
            sb.append(text.strip());
        }
        return sb.length() > MAX_CHARS ? sb.substring(0, MAX_CHARS) : sb.toString();
    }

    private static float[] unit(float[] v) {
        Objects.requireNonNull(v, "vector");
        double sq = 0;
        for (float x : v) {
            sq += (double) x * x;
        }
        float[] u = new float[v.length];
        if (sq == 0) {
            return u;
        }
        double norm = Math.sqrt(sq);
        for (int i = 0; i < v.length; i++) {
            u[i] = (float) (v[i] / norm);
        }
        return u;
    }

    /** The dot product of two vectors (0 when either is empty). */
    static double dot(float[] a, float[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }
}
