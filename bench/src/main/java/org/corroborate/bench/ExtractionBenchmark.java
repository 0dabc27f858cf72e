package org.corroborate.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.corroborate.api.Article;
import org.corroborate.api.BadInputException;
import org.corroborate.api.Extractor;
import org.corroborate.api.RawDocument;
import org.corroborate.extract.Extractors;
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
 * Throughput of the standard extractor in pages per second: every operation extracts one page, cycling through the
 * pile. The pile is the Scrapinghub article-extraction-benchmark pages ({@code ../shared/extraction-benchmark/html})
 * when present, else the bundled example pile {@code examples/harbour-fire} (see {@link Pages}). Run with
 * {@code -t 2} for the throughput of two threads (JMH sums the threads' scores).
 *
 * <p>Instances are created and driven by JMH; each thread has its own cursor, the pages are shared read-only.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ExtractionBenchmark {

    /** The pages, loaded once per benchmark run and shared by all threads (never modified after set-up). */
    @State(Scope.Benchmark)
    public static class Pile {

        /** Folder of pages; empty means: the Scrapinghub pages if present, else the example pile. */
        @Param("")
        public String dir;

        List<RawDocument> pages;
        final Extractor extractor = Extractors.standard();

        /** Loads the pages. */
        @Setup(Level.Trial)
        public void load() {
            pages = Pages.load(dir);
            System.out.println("# " + pages.size() + " pages from " + Pages.describe(dir));
        }
    }

    /** One thread's position in the pile. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    /**
     * Extracts the next page of the pile.
     *
     * @return the article (null when the page has no article text), consumed by JMH
     */
    @Benchmark
    public Article extractPage(Pile pile, Cursor cursor) {
        RawDocument page = pile.pages.get(cursor.next);
        cursor.next = (cursor.next + 1) % pile.pages.size();
        try {
            return pile.extractor.extract(page);
        } catch (BadInputException e) {
            return null;
        }
    }
}
