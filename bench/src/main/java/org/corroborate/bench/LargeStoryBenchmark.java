package org.corroborate.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Brief;
import org.corroborate.api.Briefer;
import org.corroborate.api.Story;
import org.corroborate.api.StoryAnalysis;
import org.corroborate.api.StoryComparer;
import org.corroborate.brief.BriefOptions;
import org.corroborate.brief.Briefs;
import org.corroborate.compare.Comparers;
import org.corroborate.testkit.SyntheticStory;
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
 * Time to compare and brief one large story: every operation runs the standard comparer (facts, numbers, quotes,
 * contradictions, timeline) and the standard briefer on a generated story of {@code articles} annotated articles of
 * 30 sentences each ({@link SyntheticStory}, no language model). Run with a small heap ({@code -Xmx512m}, the
 * default here) to show that memory stays bounded, and with {@code -prof gc} for allocation per operation.
 *
 * <p>Instances are created and driven by JMH; the story is generated once per trial and shared read-only.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class LargeStoryBenchmark {

    /** The story, generated once per trial. */
    @State(Scope.Benchmark)
    public static class Pile {

        /** How many articles the story has. */
        @Param({"50", "500"})
        public int articles;

        List<AnnotatedArticle> story;
        Story group;
        final StoryComparer comparer = Comparers.standard();
        final Briefer briefer = Briefs.standard(BriefOptions.defaults());

        /** Generates the story. */
        @Setup(Level.Trial)
        public void generate() {
            story = SyntheticStory.generate(articles, 60, 11);
            group = new Story("s-large", story.stream().map(AnnotatedArticle::id).toList(), List.of(), List.of());
        }
    }

    /**
     * Compares and briefs the story.
     *
     * @return the brief, consumed by JMH
     */
    @Benchmark
    public Brief compareAndBrief(Pile pile) {
        StoryAnalysis analysis = pile.comparer.compare(pile.group, pile.story);
        return pile.briefer.brief(pile.group, pile.story, analysis);
    }
}
