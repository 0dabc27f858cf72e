package org.corroborate.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.corroborate.annotate.Annotators;
import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Annotator;
import org.corroborate.api.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the annotate stage's rules cost on top of the CoreNLP lean pipeline, in articles per second: {@link #pipeline}
 * runs the pipeline alone ({@link Annotators#coreNlpPipelineOnly}: tokenize, ssplit, pos, lemma, 3-class NER with
 * SUTime, and the sentences), {@link #annotator} the whole annotator ({@link Annotators#coreNlp()}: the same pipeline,
 * then entities merged, times resolved, quotes with speakers, quantities). Every operation annotates one article,
 * cycling through the same pile, so the ratio of the two scores is the throughput of the annotator relative to the
 * pipeline alone. Each benchmark runs in its own JVM with a 1 GB heap ({@code -Xmx1g}), so a run that completes shows
 * that the annotator fits in 1 GB; add {@code -prof gc} for the allocation rate.
 *
 * <p>The pile is the {@code .txt} articles of the seed folder ({@code ../shared/seeds}) when present, else those of
 * {@code examples/harbour-fire} (see {@link Texts}), each dated {@link Pile#published}. Instances are created and driven
 * by JMH; each thread has its own cursor; the pile and the annotator are shared (the annotator is thread-safe).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class AnnotationBenchmark {

    /** The articles, loaded once per run and shared read-only by all threads. */
    @State(Scope.Benchmark)
    public static class Pile {

        /** Folder of {@code .txt} articles; empty means: the seeds if present, else the example pile. */
        @Param("")
        public String dir;

        /** The publication date every article is given (relative dates resolve against it). */
        @Param("2025-10-17")
        public String published;

        List<Article> articles;

        /** Loads the articles. */
        @Setup(Level.Trial)
        public void load() {
            articles = Texts.load(dir, published);
            long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
            System.out.println("# " + articles.size() + " articles, " + chars + " chars, from " + Texts.describe(dir));
        }
    }

    /** The CoreNLP lean pipeline alone; models load (outside the measurement) at set-up. */
    @State(Scope.Benchmark)
    public static class PipelineOnly {
        final Annotator annotator = Annotators.coreNlpPipelineOnly(Annotators.Options.defaults());

        /** Loads the models by annotating one article. */
        @Setup(Level.Trial)
        public void load(Pile pile) {
            annotator.annotate(pile.articles.get(0));
        }
    }

    /** The whole annotator; models load (outside the measurement) at set-up. */
    @State(Scope.Benchmark)
    public static class Full {
        final Annotator annotator = Annotators.coreNlp(Annotators.Options.defaults());

        /** Loads the models by annotating one article. */
        @Setup(Level.Trial)
        public void load(Pile pile) {
            annotator.annotate(pile.articles.get(0));
        }
    }

    /** One thread's position in the pile. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        Article next(Pile pile) {
            Article a = pile.articles.get(next);
            next = (next + 1) % pile.articles.size();
            return a;
        }
    }

    /**
     * Runs the CoreNLP lean pipeline alone on the next article.
     *
     * @return the sentences, consumed by JMH
     */
    @Benchmark
    public AnnotatedArticle pipeline(Pile pile, PipelineOnly pipeline, Cursor cursor) {
        return pipeline.annotator.annotate(cursor.next(pile));
    }

    /**
     * Annotates the next article with the whole annotator.
     *
     * @return the annotations, consumed by JMH
     */
    @Benchmark
    public AnnotatedArticle annotator(Pile pile, Full full, Cursor cursor) {
        return full.annotator.annotate(cursor.next(pile));
    }
}
