package org.corroborate.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.CopyEdge;
import org.corroborate.api.Grouping;
import org.corroborate.api.Story;
import org.corroborate.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class StandardGrouperTest {

    private static AnnotatedArticle art(String id, String outlet, String title, String text, String published) {
        return Fixtures.annotated(Fixtures.article(id, outlet, title, text, published));
    }

    static List<AnnotatedArticle> damAndTransfer() {
        return List.of(
                art("dam1", "Harbour Post", "Dam fails above Vellmoor, villages flooded",
                        "The Kessel dam above the town of Vellmoor failed early on Tuesday, sending a wall of water "
                        + "through three villages in the valley. Rescue teams evacuated hundreds of residents from "
                        + "flooded homes. Officials said the reservoir had been rising for days after heavy rain.",
                        "2031-04-08T07:00:00Z"),
                art("xfer1", "Sports Daily", "Dorrin signs for Calloway Athletic",
                        "Midfielder Jonas Dorrin has signed a four-year contract with Calloway Athletic after a "
                        + "transfer fee of 40 million was agreed with his old club Rivermark. Dorrin passed his "
                        + "medical on Monday and will wear the number eight shirt.",
                        "2031-04-08T09:00:00Z"),
                art("dam2", "Valley Times", "Vellmoor dam collapse: residents evacuated",
                        "Residents of Vellmoor were evacuated after the Kessel dam collapsed on Tuesday morning. "
                        + "Water from the reservoir flooded three villages downstream, and rescue teams used boats "
                        + "to reach stranded families. Engineers had warned about the dam after weeks of rain.",
                        "2031-04-08T10:30:00Z"),
                art("dam3", "National Wire", "Hundreds flee as Kessel dam breaks",
                        "Hundreds of people fled their homes when the Kessel dam near Vellmoor broke. The flood "
                        + "water swept through villages in the valley, officials said, and rescue teams searched "
                        + "flooded streets. The reservoir was full after heavy rain.",
                        "2031-04-08T12:00:00Z"),
                art("xfer2", "Football Weekly", "Calloway Athletic complete Dorrin transfer",
                        "Calloway Athletic have completed the transfer of midfielder Jonas Dorrin from Rivermark. "
                        + "The fee is reported at 40 million and Dorrin signed a contract for four years after his "
                        + "medical.", "2031-04-08T15:00:00Z"),
                art("dam4", "Evening Courier", "Inquiry into Vellmoor dam failure",
                        "The regional government opened an inquiry into the failure of the Kessel dam at Vellmoor. "
                        + "Flood water from the reservoir damaged homes in three villages and rescue teams are still "
                        + "working in the valley. Heavy rain had filled the reservoir.",
                        "2031-04-09T08:00:00Z"));
    }

    @Test
    void twoStoriesStayApartAndGroupFully() {
        Grouping g = Groupers.standard().group(damAndTransfer());
        assertThat(g.stories()).hasSize(2);
        assertThat(g.stories().get(0).articleIds()).containsExactly("dam1", "dam2", "dam3", "dam4");
        assertThat(g.stories().get(1).articleIds()).containsExactly("xfer1", "xfer2");
        assertThat(g.stories().get(0).copies()).isEmpty();
        assertThat(g.stories().get(0).explanation()).hasSize(4);
        assertThat(g.stories().get(0).explanation().get(0)).startsWith("dam1: new story:");
        assertThat(g.stories().get(0).explanation().get(1)).startsWith("dam2: joined: ");
    }

    @Test
    void identicalSiteNoticesScrapedUnderTwoStoriesStayAloneAndGlueNothing() {
        String notice = "This page is not available right now. The archived copy could not be loaded: the crawl "
                + "of this site has not been added to the web archive yet. Please try again later.";
        List<AnnotatedArticle> in = new ArrayList<>(damAndTransfer());
        in.add(art("notice-dam", "Valley Times", "Vellmoor dam collapse: residents evacuated", notice,
                "2031-04-08T11:00:00Z"));
        in.add(art("notice-xfer", "Football Weekly", "Calloway Athletic complete Dorrin transfer", notice,
                "2031-04-08T16:00:00Z"));
        Grouping g = Groupers.standard().group(in);
        assertThat(g.stories()).hasSize(4);
        assertThat(g.stories().get(0).articleIds()).containsExactly("dam1", "dam2", "dam3", "dam4");
        assertThat(g.stories().get(1).articleIds()).containsExactly("xfer1", "xfer2");
        for (Story alone : g.stories().subList(2, 4)) {
            assertThat(alone.articleIds()).hasSize(1);
            assertThat(alone.copies()).isEmpty();
            assertThat(alone.explanation().get(0)).contains(": new story: not an article, site notice (")
                    .endsWith("; kept alone");
        }
    }

    @Test
    void onlyArticlesThatAreNeitherCopiesNorNoticesAreEmbedded() {
        CopyEdge[] copies = {null, new CopyEdge("b", "a", 0.9), null, null};
        String[] notices = {null, null, "site notice (archive)", null};
        assertThat(StandardGrouper.positionsToEmbed(copies, notices)).containsExactly(0, 3);
    }

    @Test
    void verbatimCopyWithDifferentHeaderIsCopyOfOriginal() {
        String body = "Water poured out of the reservoir at Vellmoor when the Kessel dam gave way before dawn on "
                + "Tuesday. Three villages in the valley were flooded within an hour, and rescue teams carried "
                + "hundreds of residents to safety. Engineers had inspected the dam wall twice in the past month "
                + "without finding any fault, the regional water authority said.";
        List<AnnotatedArticle> in = new ArrayList<>(damAndTransfer());
        in.add(art("copy", "Coastal Gazette", null, "VELLMOOR (Agency) -\n\n" + body
                + "\n\nCopyright Coastal Gazette. All rights reserved.", "2031-04-08T11:00:00Z"));
        in.add(0, art("orig", "Agency", null, body + "\n\nReporting by the Agency desk.", "2031-04-08T06:00:00Z"));
        Grouping g = Groupers.standard().group(in);
        Story dam = g.stories().get(0);
        assertThat(dam.articleIds()).contains("orig", "copy", "dam1", "dam2", "dam3", "dam4");
        assertThat(dam.copies()).extracting(CopyEdge::articleId, CopyEdge::copyOf)
                .contains(org.assertj.core.groups.Tuple.tuple("copy", "orig"));
        assertThat(dam.copyOf("copy")).contains("orig");
        assertThat(dam.copies()).allSatisfy(c -> assertThat(c.similarity()).isGreaterThan(0.6));
        assertThat(dam.copyOf("dam1")).isEmpty();
    }

    @Test
    void undatedTiesPickTheEarlierInputAsOriginal() {
        String body = "Calloway Athletic have completed the transfer of midfielder Jonas Dorrin from Rivermark for "
                + "a fee reported at 40 million after he passed a medical on Monday.";
        Grouping g = Groupers.standard().group(List.of(art("b", "X", null, body, null), art("a", "Y", null, body,
                null)));
        assertThat(g.stories()).hasSize(1);
        assertThat(g.stories().get(0).articleIds()).containsExactly("b", "a");
        assertThat(g.stories().get(0).copyOf("a")).contains("b");
    }

    @Test
    void lookAlikeEventsTenDaysApartStayApart() {
        List<AnnotatedArticle> in = List.of(
                art("f1", "Valley Times", "Warehouse fire in Vellmoor",
                        "A fire destroyed a timber warehouse on the harbour road in Vellmoor on Monday night. "
                        + "Firefighters fought the blaze for six hours and two workers were treated for smoke.",
                        "2031-05-05"),
                art("f2", "Harbour Post", "Vellmoor warehouse destroyed by fire",
                        "Firefighters in Vellmoor fought a blaze at a timber warehouse near the harbour road for six "
                        + "hours. Two workers were treated for smoke, the fire service said.", "2031-05-06"),
                art("g1", "Valley Times", "Another warehouse fire in Vellmoor",
                        "A fire broke out in a grain warehouse by the harbour road in Vellmoor on Thursday. "
                        + "Firefighters brought the blaze under control within an hour and nobody was hurt.",
                        "2031-05-15"),
                art("g2", "Harbour Post", "Grain warehouse fire in Vellmoor",
                        "Firefighters in Vellmoor controlled a fire at a grain warehouse near the harbour road "
                        + "within an hour. Nobody was hurt.", "2031-05-15"));
        Grouping g = Groupers.standard().group(in);
        assertThat(g.stories()).extracting(Story::articleIds)
                .containsExactlyInAnyOrder(List.of("f1", "f2"), List.of("g1", "g2"));
        Story later = g.stories().stream().filter(s -> s.articleIds().contains("g1")).findFirst().orElseThrow();
        assertThat(later.explanation().get(0)).contains("days away");
    }

    @Test
    void shuffledInputGivesTheSameGrouping() {
        Grouping expected = Groupers.standard().group(damAndTransfer());
        for (long seed = 1; seed <= 5; seed++) {
            List<AnnotatedArticle> shuffled = new ArrayList<>(damAndTransfer());
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(Groupers.standard().group(shuffled)).isEqualTo(expected);
        }
    }

    @Test
    void storyIdsDeriveFromSortedMembers() {
        assertThat(StandardGrouper.storyId(List.of("b", "a"))).isEqualTo(StandardGrouper.storyId(List.of("a", "b")))
                .matches("s[0-9a-f]{10}");
        Grouping g = Groupers.standard().group(damAndTransfer());
        for (Story s : g.stories()) {
            assertThat(s.id()).isEqualTo(StandardGrouper.storyId(s.articleIds()));
        }
    }

    @Test
    void emptyInputAndDuplicates() {
        assertThat(Groupers.standard().group(List.of()).stories()).isEmpty();
        AnnotatedArticle a = art("a", "X", null, "Some text about nothing in particular.", null);
        assertThat(Groupers.standard().group(List.of(a)).stories()).hasSize(1);
        assertThatThrownBy(() -> Groupers.standard().group(List.of(a, a)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lookAlikeSummitsAndEarthquakesDaysApartStayApart() {
        Grouping g = Groupers.standard().group(LookAlikeEvents.articles());
        assertThat(g.stories()).hasSize(4);
        for (Story s : g.stories()) {
            assertThat(s.articleIds()).extracting(LookAlikeEvents::event).containsOnly(
                    LookAlikeEvents.event(s.articleIds().get(0))).hasSize(2);
            assertThat(s.copies()).isEmpty();
        }
    }

    @Test
    void aMergeOfOnlineStoriesIsReported() {
        GroupOptions defaults = GroupOptions.defaults();
        GroupOptions strictJoin = new GroupOptions(defaults.shingleSize(), defaults.copyThreshold(),
                GroupOptions.Decision.threshold(0.99), defaults.merge(), defaults.shortMerge(), defaults.shortTerms(),
                defaults.maxGapDays(), defaults.titleBoost(), defaults.entityWeight(), defaults.phraseWeight(),
                defaults.idfExponent(), false, Integer.MAX_VALUE);
        Grouping g = new StandardGrouper(strictJoin).group(damAndTransfer());
        Story dam = g.stories().stream().filter(s -> s.articleIds().contains("dam1")).findFirst().orElseThrow();
        assertThat(dam.articleIds()).hasSizeGreaterThan(1);
        assertThat(dam.mergedFrom()).containsOnlyKeys(dam.articleIds());
        assertThat(dam.mergedFrom("dam1")).contains(StandardGrouper.storyId(List.of("dam1")));
        assertThat(dam.explanation()).anyMatch(l -> l.startsWith("merged: story of "));
        Grouping defaultGrouping = Groupers.standard().group(damAndTransfer());
        assertThat(defaultGrouping.stories()).allMatch(s -> s.mergedFrom().isEmpty());
    }
}
