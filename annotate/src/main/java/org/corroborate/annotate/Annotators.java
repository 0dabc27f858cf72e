package org.corroborate.annotate;

import org.corroborate.api.Annotator;
import org.corroborate.api.EntityResolver;

/**
 * Factory for the annotate stage: the CoreNLP-backed {@link Annotator} and the cross-article {@link EntityResolver}.
 *
 * <p>Every method returns a new instance; no argument may be null. Both kinds of instance are immutable after
 * construction and thread-safe. An annotator loads its CoreNLP models (a few seconds, a few hundred MB of heap) lazily,
 * on its first {@code annotate} call, and keeps them for its lifetime: the caller should create one annotator per
 * JVM and share it between threads.
 */
public final class Annotators {

    private Annotators() {
    }

    /** A CoreNLP-backed annotator with {@link Options#defaults()}. */
    public static Annotator coreNlp() {
        return coreNlp(Options.defaults());
    }

    /**
     * A CoreNLP-backed annotator (tokenize, ssplit, pos, lemma, 3-class NER with SUTime) followed by quote and
     * quantity finding and within-article entity merging.
     *
     * @param options limits; never null
     * @return a new annotator; models load on its first use
     */
    public static Annotator coreNlp(Options options) {
        if (options == null) {
            throw new NullPointerException("options");
        }
        return new CoreNlpAnnotator(options, true);
    }

    /**
     * The CoreNLP lean pipeline of {@link #coreNlp(Options)} alone (same models, same sentence cutting), returning
     * only the sentences with their tokens: no entities, quotes, quantities or times. It exists to measure the cost
     * of those rules against the pipeline (see {@code AnnotationBenchmark}); products use {@link #coreNlp(Options)}.
     *
     * @param options limits; never null
     * @return a new annotator; models load on its first use
     */
    public static Annotator coreNlpPipelineOnly(Options options) {
        if (options == null) {
            throw new NullPointerException("options");
        }
        return new CoreNlpAnnotator(options, false);
    }

    /** A stateless resolver that merges entities across articles (Zelensky/Zelenskiy, Yury/Yuri Ushakov). */
    public static EntityResolver entityResolver() {
        return new CrossArticleResolver();
    }

    /**
     * Typed settings of the CoreNLP annotator; the only place the pipeline's configuration comes from.
     *
     * @param maxChars              text beyond this many characters is not annotated (a warning says so); {@code >= 1000}
     * @param maxSentenceTokens     longer sentences are cut into pieces of at most this many tokens before tagging,
     *                              which bounds time and memory on text without sentence punctuation; {@code >= 20}
     * @param newlineEndsSentence   true: every line break ends a sentence (scraped text, where headlines, bylines and
     *                              captions stand on their own lines); false: only a blank line does
     */
    public record Options(int maxChars, int maxSentenceTokens, boolean newlineEndsSentence) {

        public Options {
            if (maxChars < 1000) {
                throw new IllegalArgumentException("maxChars must be >= 1000: " + maxChars);
            }
            if (maxSentenceTokens < 20) {
                throw new IllegalArgumentException("maxSentenceTokens must be >= 20: " + maxSentenceTokens);
            }
        }

        /** 500,000 characters, 250 tokens per sentence, every line break ends a sentence. */
        public static Options defaults() {
            return new Options(500_000, 250, true);
        }
    }
}
