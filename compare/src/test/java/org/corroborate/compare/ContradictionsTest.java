package org.corroborate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Contradiction;
import org.corroborate.api.EntityType;
import org.corroborate.api.FactStatus;
import org.corroborate.api.QuoteRendering;
import org.corroborate.api.SlotValue;
import org.corroborate.api.Story;
import org.corroborate.api.StoryAnalysis;
import org.corroborate.api.TimelineEntry;
import org.junit.jupiter.api.Test;

/** Slots filled with incompatible values, conflicting dates on the timeline, and quote flags. */
class ContradictionsTest {

    private static StoryAnalysis compare(AnnotatedArticle... articles) {
        List<String> ids = List.of(articles).stream().map(AnnotatedArticle::id).toList();
        return Comparers.standard().compare(new Story("s", ids, List.of(), List.of()), List.of(articles));
    }

    private static Contradiction slot(StoryAnalysis analysis, String slot) {
        return analysis.contradictions().stream().filter(c -> c.slot().equals(slot)).findFirst().orElse(null);
    }

    @Test
    void sameEventOnDifferentDaysIsAWhenContradictionAndATimelineConflict() {
        AnnotatedArticle a = Build.article("a", "Harbour Post", "2031-04-09",
                "The Kessel dam above Vellmoor failed on Tuesday and flooded three villages.")
                .date("Tuesday", "2031-04-08").done();
        AnnotatedArticle b = Build.article("b", "Valley Times", "2031-04-09",
                "The Kessel dam above Vellmoor failed on Monday and flooded three villages.")
                .date("Monday", "2031-04-07").done();
        StoryAnalysis analysis = compare(a, b);
        Contradiction when = slot(analysis, Contradiction.WHEN);
        assertThat(when).as(analysis.toString()).isNotNull();
        assertThat(when.values()).extracting(SlotValue::value).containsExactly("2031-04-08", "2031-04-07");
        assertThat(when.values()).extracting(v -> v.span().text()).containsExactly("Tuesday", "Monday");
        assertThat(analysis.facts().get(0).status()).isEqualTo(FactStatus.DISPUTED);
        assertThat(analysis.timeline()).hasSize(2).allSatisfy(t -> assertThat(t.conflict()).isTrue());
        assertThat(analysis.timeline()).extracting(TimelineEntry::factId).containsOnly("f1");
        assertThat(analysis.notes()).contains(StandardComparer.CONFLICTING_DATES_NOTE);
    }

    @Test
    void aDayInsideTheSameMonthIsNoConflict() {
        AnnotatedArticle a = Build.article("a", "Harbour Post", "2031-04-09",
                "The Kessel dam above Vellmoor failed in April and flooded three villages.")
                .date("April", "2031-04").done();
        AnnotatedArticle b = Build.article("b", "Valley Times", "2031-04-09",
                "The Kessel dam above Vellmoor failed on Monday and flooded three villages.")
                .date("Monday", "2031-04-07").done();
        StoryAnalysis analysis = compare(a, b);
        assertThat(slot(analysis, Contradiction.WHEN)).isNull();
        assertThat(analysis.timeline()).noneMatch(TimelineEntry::conflict);
    }

    @Test
    void differentPlacesNeitherArticleNamesAreAWhereContradiction() {
        AnnotatedArticle a = Build.article("a", "Harbour Post", "2031-04-09",
                "The chemical warehouse fire in Saltmere forced hundreds of families from their homes.")
                .entity("Saltmere", EntityType.LOCATION, "location:saltmere").done();
        AnnotatedArticle b = Build.article("b", "Valley Times", "2031-04-09",
                "The chemical warehouse fire in Dunmore forced hundreds of families from their homes.")
                .entity("Dunmore", EntityType.LOCATION, "location:dunmore").done();
        Contradiction where = slot(compare(a, b), Contradiction.WHERE);
        assertThat(where).isNotNull();
        assertThat(where.values()).extracting(v -> v.span().text()).containsExactly("Saltmere", "Dunmore");
    }

    @Test
    void aPlaceTheOtherArticleAlsoNamesIsNoContradiction() {
        AnnotatedArticle a = Build.article("a", "Harbour Post", "2031-04-09",
                "The chemical warehouse fire in Saltmere forced hundreds of families from their homes.")
                .entity("Saltmere", EntityType.LOCATION, "location:saltmere").done();
        AnnotatedArticle b = Build.article("b", "Valley Times", "2031-04-09",
                "The chemical warehouse fire in Eastmark county forced hundreds of families from their homes. "
                        + "Saltmere is the county's largest town.")
                .entity("Eastmark", EntityType.LOCATION, "location:eastmark")
                .entity("Saltmere", EntityType.LOCATION, "location:saltmere").done();
        assertThat(slot(compare(a, b), Contradiction.WHERE)).isNull();
    }

    @Test
    void differentPeopleInTheSameFactAreAWhoContradiction() {
        AnnotatedArticle a = Build.article("a", "Harbour Post", "2031-04-09",
                "Fire chief Tomas Reed ordered the evacuation of the harbour district late on Tuesday night.")
                .entity("Tomas Reed", EntityType.PERSON, "person:tomas-reed").done();
        AnnotatedArticle b = Build.article("b", "Valley Times", "2031-04-09",
                "Mayor Helena Varga ordered the evacuation of the harbour district late on Tuesday night.")
                .entity("Helena Varga", EntityType.PERSON, "person:helena-varga").done();
        Contradiction who = slot(compare(a, b), Contradiction.WHO);
        assertThat(who).isNotNull();
        assertThat(who.values()).extracting(SlotValue::value)
                .containsExactly("person:tomas-reed", "person:helena-varga");
    }

    @Test
    void aShortenedQuoteIsFlaggedTruncatedAndAnIndirectRenderingAttaches() {
        AnnotatedArticle a = Build.article("a", "Harbour Post", "2031-04-09",
                "Mayor Anna Brill said \"nobody goes home until the air is safe to breathe again\" on Tuesday.")
                .quote("nobody goes home until the air is safe to breathe again", "Anna Brill",
                        "person:anna-brill", "Anna Brill").done();
        AnnotatedArticle b = Build.article("b", "Valley Times", "2031-04-09",
                "\"Nobody goes home until the air is safe,\" Mayor Anna Brill said.")
                .quote("Nobody goes home until the air is safe,", "Anna Brill", "person:anna-brill", "Anna Brill")
                .done();
        AnnotatedArticle c = Build.article("c", "Coastal Gazette", "2031-04-09",
                "Anna Brill said residents would not go home until the air was safe to breathe.")
                .indirect("residents would not go home until the air was safe to breathe", "Anna Brill",
                        "person:anna-brill", "Anna Brill").done();
        StoryAnalysis analysis = compare(a, b, c);
        assertThat(analysis.quoteGroups()).hasSize(1);
        List<QuoteRendering> renderings = analysis.quoteGroups().get(0).renderings();
        assertThat(renderings).extracting(QuoteRendering::outlet)
                .containsExactly("Harbour Post", "Valley Times", "Coastal Gazette");
        assertThat(renderings).extracting(QuoteRendering::flags)
                .containsExactly(List.of(), List.of(QuoteRendering.TRUNCATED), List.of());
    }

    @Test
    void theSameWordsGivenToAnotherSpeakerAreAWhoContradictionButAnAideRelayingIsNot() {
        AnnotatedArticle a = Build.article("a", "Harbour Post", "2031-04-09",
                "\"The harbour will stay closed until the inquiry ends,\" Anna Brill said.")
                .quote("The harbour will stay closed until the inquiry ends,", "Anna Brill", "person:anna-brill",
                        "Anna Brill").done();
        AnnotatedArticle b = Build.article("b", "Valley Times", "2031-04-09",
                "\"The harbour will stay closed until the inquiry ends,\" Tomas Reed said.")
                .quote("The harbour will stay closed until the inquiry ends,", "Tomas Reed", "person:tomas-reed",
                        "Tomas Reed").done();
        Contradiction who = slot(compare(a, b), Contradiction.WHO);
        assertThat(who).isNotNull();
        assertThat(who.factId()).isEqualTo("q1");
        assertThat(who.values()).extracting(SlotValue::value).containsExactly("person:anna-brill",
                "person:tomas-reed");

        AnnotatedArticle direct = Build.article("d", "Lakeshore Times", "2031-04-09",
                "Anna Brill said: \"The harbour will stay closed until the inquiry ends.\" Tomas Reed agreed.")
                .quote("The harbour will stay closed until the inquiry ends.", "Anna Brill", "person:anna-brill",
                        "Anna Brill").entity("Tomas Reed", org.corroborate.api.EntityType.PERSON,
                        "person:tomas-reed").done();
        AnnotatedArticle both = Build.article("e", "Radio Eastmark", "2031-04-09",
                "Anna Brill said, relayed by Tomas Reed: \"The harbour will stay closed until the inquiry ends.\"")
                .quote("The harbour will stay closed until the inquiry ends.", "Anna Brill", "person:anna-brill",
                        "Anna Brill").done();
        assertThat(slot(compare(both, direct), Contradiction.WHO)).isNull();
    }
}
