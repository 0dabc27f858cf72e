package org.corroborate.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.api.EntityType.LOCATION;
import static org.corroborate.api.EntityType.ORGANIZATION;
import static org.corroborate.api.EntityType.PERSON;

import java.util.List;

import org.corroborate.api.Article;
import org.corroborate.api.Entity;
import org.corroborate.api.EntityMention;
import org.corroborate.api.Quote;
import org.corroborate.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Speakers and attributions on a real report (skipped when ../shared is absent); mentions are built by name search. */
class QuoteSeedTest {

    static final List<Entity> ENTITIES_000 = List.of(
            QuoteTestSupport.entity(PERSON, "Donald Trump", "Trump"),
            QuoteTestSupport.entity(PERSON, "Vladimir Putin", "Putin"),
            QuoteTestSupport.entity(PERSON, "Volodymyr Zelensky", "Zelensky"),
            QuoteTestSupport.entity(PERSON, "Yuri Ushakov", "Ushakov"),
            QuoteTestSupport.entity(PERSON, "Valeriy Chaly", "Chaly"),
            QuoteTestSupport.entity(PERSON, "Oleksandr Syrsky", "Syrsky"),
            QuoteTestSupport.entity(PERSON, "Iryna Gerashchenko", "Gerashchenko"),
            QuoteTestSupport.entity(PERSON, "John Thune", "Thune"),
            QuoteTestSupport.entity(PERSON, "Lindsey Graham", "Graham"),
            QuoteTestSupport.entity(PERSON, "Richard Blumenthal", "Blumenthal"),
            QuoteTestSupport.entity(PERSON, "Marco Rubio", "Rubio"),
            QuoteTestSupport.entity(PERSON, "Sergei Lavrov", "Lavrov"),
            QuoteTestSupport.entity(PERSON, "Viktor Orban", "Orban"),
            QuoteTestSupport.entity(PERSON, "Michael Birnbaum"),
            QuoteTestSupport.entity(ORGANIZATION, "Kremlin"),
            QuoteTestSupport.entity(ORGANIZATION, "The Washington Post"),
            QuoteTestSupport.entity(LOCATION, "Ukraine"),
            QuoteTestSupport.entity(LOCATION, "Russia"),
            QuoteTestSupport.entity(LOCATION, "Budapest"),
            QuoteTestSupport.entity(LOCATION, "Washington"),
            QuoteTestSupport.entity(LOCATION, "Moscow"));

    private static List<Quote> quotes000() {
        Article a = QuoteTestSupport.seed("000_62ebd344807f6b36.txt");
        List<EntityMention> mentions = QuoteTestSupport.mentions(a, ENTITIES_000);
        return new QuoteFinder().find(a, Fixtures.sentences(a), mentions, ENTITIES_000);
    }

    private static void assertSpeaker(List<Quote> quotes, String words, String speaker) {
        Quote q = QuoteTestSupport.quoteWith(quotes, words);
        assertThat(q.speaker()).as(words).isNotNull();
        assertThat(q.speaker().name()).as(words).isEqualTo(speaker);
        assertThat(q.content().matches(QuoteTestSupport.seed("000_62ebd344807f6b36.txt").text())).isTrue();
    }

    @Test
    void everyDoubleQuotedQuoteOf000HasItsTrueSpeaker() {
        List<Quote> quotes = quotes000();
        assertSpeaker(quotes, "we need Tomahawks for", "Donald Trump");
        assertSpeaker(quotes, "nothing has changed for Russia", "Volodymyr Zelensky");
        assertSpeaker(quotes, "Russia is trying to leave", "Volodymyr Zelensky");
        assertSpeaker(quotes, "bring this ‘inglorious’ War", "Donald Trump");
        assertSpeaker(quotes, "I believe great progress", "Donald Trump");
        assertSpeaker(quotes, "being led by the nose", "Valeriy Chaly");
        assertSpeaker(quotes, "One of the American president’s", "Yuri Ushakov");
        assertSpeaker(quotes, "Russian armed forces fully control", "Yuri Ushakov");
        assertSpeaker(quotes, "I can state with confidence", "Oleksandr Syrsky");
        assertSpeaker(quotes, "within two weeks or so", "Donald Trump");
        assertSpeaker(quotes, "We have a problem.", "Donald Trump");
        assertSpeaker(quotes, "This is a terrible relationship", "Donald Trump");
        assertSpeaker(quotes, "I am concerned that we", "Iryna Gerashchenko");
        assertSpeaker(quotes, "No agreements or negotiations should", "Iryna Gerashchenko");
        assertSpeaker(quotes, "commit to a hard deadline", "John Thune");
        assertSpeaker(quotes, "I’m not against anything.", "Donald Trump");
        assertSpeaker(quotes, "it’s very important that we", "Lindsey Graham");
        assertSpeaker(quotes, "Bombing and promising to talk", "Lindsey Graham");
        assertSpeaker(quotes, "productive", "Donald Trump");
        assertSpeaker(quotes, "24 hours", "Donald Trump");
        assertSpeaker(quotes, "tomorrows", "Valeriy Chaly");
    }

    @Test
    void directQuotesOf000AreDirectAndMarkFree() {
        List<Quote> quotes = quotes000();
        for (String words : List.of("being led by the nose", "One of the American president’s", "We have a problem.",
                "Bombing and promising to talk", "I can state with confidence")) {
            Quote q = QuoteTestSupport.quoteWith(quotes, words);
            assertThat(q.direct()).as(words).isTrue();
            assertThat(q.content().text()).doesNotStartWith("“").doesNotEndWith("”");
        }
        assertThat(QuoteTestSupport.quoteWith(quotes, "Bombing and promising").speaker().span().text())
                .isEqualTo("He");
        assertThat(quotes).extracting(q -> q.content().text()).doesNotContain("inglorious");
        Quote productive = QuoteTestSupport.quoteWith(quotes, "productive");
        assertThat(productive.content().text()).isEqualTo("productive");
        assertThat(productive.speaker().name()).isEqualTo("Donald Trump");
        assertThat(productive.cue().text()).isEqualTo("called");
    }

    @Test
    void indirectAttributionsOf000AreFound() {
        List<Quote> quotes = quotes000();
        Quote ushakov = QuoteTestSupport.quoteWith(quotes, "Russia had the upper hand");
        assertThat(ushakov.direct()).isFalse();
        assertThat(ushakov.speaker().name()).isEqualTo("Yuri Ushakov");
        assertThat(ushakov.cue().text()).isEqualTo("said");
        Quote putin = QuoteTestSupport.quoteWith(quotes, "the opposite");
        assertThat(putin.direct()).isFalse();
        assertThat(putin.speaker().name()).isEqualTo("Vladimir Putin");
        Quote halt = QuoteTestSupport.quoteWith(quotes, "Russia should halt its attacks");
        assertThat(halt.speaker().name()).isEqualTo("Lindsey Graham");
        assertThat(QuoteTestSupport.quoteWith(quotes, "could broker peace in Ukraine").speaker().name())
                .isEqualTo("Donald Trump");
        assertThat(QuoteTestSupport.quoteWith(quotes, "the legislation may not be necessary").speaker().name())
                .isEqualTo("Donald Trump");
        assertThat(QuoteTestSupport.quoteWith(quotes, "to lay the groundwork").speaker().name())
                .isEqualTo("Donald Trump");
    }

    @Test
    void quotesOf000AreInTextOrder() {
        List<Quote> quotes = quotes000();
        for (int i = 1; i < quotes.size(); i++) {
            assertThat(quotes.get(i).content().start()).isGreaterThanOrEqualTo(quotes.get(i - 1).content().start());
        }
    }
}
