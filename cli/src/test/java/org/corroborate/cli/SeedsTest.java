package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.corroborate.api.Quote;
import org.corroborate.engine.Progress;
import org.corroborate.engine.RunResult;
import org.corroborate.engine.StoryResult;
import org.corroborate.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** The five real seed reports (../shared/seeds; skipped when absent) make one story of five outlets. */
class SeedsTest {

    @Test
    void theSeedsAreOneStoryOfFiveOutletsWithTrumpAndZelenskyQuoted() {
        Path seeds = SharedData.require("seeds");
        RunResult result = SharedEngine.get().run(List.of(seeds), Progress.NONE);

        assertThat(result.problems()).noneMatch(p -> p.severity().name().equals("SKIPPED"));
        assertThat(result.stories()).hasSize(1);
        StoryResult story = result.stories().get(0);
        assertThat(story.articles()).hasSize(5);
        assertThat(story.outletCount()).isEqualTo(5);

        List<String> speakers = story.articles().stream().flatMap(a -> a.quotes().stream())
                .map(Quote::speaker).filter(s -> s != null).map(s -> s.name()).toList();
        assertThat(speakers).anyMatch(s -> s.contains("Trump")).anyMatch(s -> s.contains("Zelensk"));
    }
}
