package org.corroborate.group;

import java.util.List;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.testkit.Fixtures;

/**
 * Invented look-alike events (written for these tests): pairs of events of the same kind, with the same actors or
 * places, a few days apart, each reported by two or three outlets. Each event is one story; no two may merge.
 */
final class LookAlikeEvents {

    private LookAlikeEvents() {
    }

    private static AnnotatedArticle art(String id, String outlet, String title, String text, String published) {
        return Fixtures.annotated(Fixtures.article(id, outlet, title, text, published));
    }

    /** The articles; ids start with the event's name ({@code summit1-}, {@code summit2-}, {@code quake1-}, ...). */
    static List<AnnotatedArticle> articles() {
        return List.of(
                art("summit1-a", "Harbour Post", "Varga and Okafor meet in Brenmouth for trade talks",
                        "Prime minister Helena Varga met president Daniel Okafor in Brenmouth on Monday for talks on "
                        + "steel tariffs and fishing rights. The two leaders agreed to set up a joint working group "
                        + "and promised to meet again before the end of the year.", "2031-06-02T10:00:00Z"),
                art("summit1-b", "Valley Times", "Brenmouth summit: tariff working group agreed",
                        "Helena Varga and Daniel Okafor agreed in Brenmouth to create a working group on steel "
                        + "tariffs. Fishing rights were also discussed at the summit, officials said, and the leaders "
                        + "will meet again later this year.", "2031-06-02T15:00:00Z"),
                art("quake1-a", "National Wire", "Earthquake shakes Tarsa valley",
                        "A magnitude 5.8 earthquake struck the Tarsa valley early on Wednesday, damaging houses in "
                        + "the town of Ostrel. Two people were injured and rescue teams checked the old bridge over "
                        + "the river, the civil protection agency said.", "2031-06-04T06:00:00Z"),
                art("quake1-b", "Evening Courier", "Ostrel houses damaged in 5.8 quake",
                        "Houses in Ostrel were damaged when a 5.8 magnitude earthquake hit the Tarsa valley on "
                        + "Wednesday morning. Two people were hurt. Civil protection teams inspected the bridge over "
                        + "the river.", "2031-06-04T09:30:00Z"),
                art("summit2-a", "Harbour Post", "Varga and Okafor meet again in Brenmouth",
                        "Prime minister Helena Varga and president Daniel Okafor met in Brenmouth on Tuesday for a "
                        + "second round of talks on steel tariffs and fishing rights. The joint working group "
                        + "presented its first report to the two leaders.", "2031-06-10T10:00:00Z"),
                art("summit2-b", "Valley Times", "Second Brenmouth summit hears working group report",
                        "The working group on steel tariffs reported to Helena Varga and Daniel Okafor at a second "
                        + "summit in Brenmouth. Fishing rights were again on the table, officials said.",
                        "2031-06-10T16:00:00Z"),
                art("quake2-a", "National Wire", "Second earthquake hits Tarsa valley",
                        "A magnitude 5.6 earthquake struck the Tarsa valley on Thursday, a week after the last one, "
                        + "damaging houses in the town of Ostrel. Nobody was injured, the civil protection agency "
                        + "said, and teams inspected the bridge over the river again.", "2031-06-12T07:00:00Z"),
                art("quake2-b", "Evening Courier", "New 5.6 quake damages Ostrel houses",
                        "Another earthquake, of magnitude 5.6, damaged houses in Ostrel in the Tarsa valley on "
                        + "Thursday. Nobody was hurt. Civil protection teams checked the bridge over the river.",
                        "2031-06-12T11:00:00Z"));
    }

    /** The event of an article: the part of its id before the dash. */
    static String event(String id) {
        return id.substring(0, id.indexOf('-'));
    }
}
