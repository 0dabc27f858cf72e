package org.corroborate.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Article;
import org.corroborate.api.EntityType;
import org.corroborate.api.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden test on seed 000 (a Washington Post report on the Trump–Putin call) through the whole CoreNLP-backed
 * annotator: every double-quoted stretch of the report, with the speaker a reader gives it, and the indirect quotes of
 * Ushakov and Putin. Skipped when ../shared is absent; shares the models with {@link CoreNlpAnnotatorTest}.
 */
class QuoteSeedCoreNlpTest {

    private static Article article;
    private static AnnotatedArticle annotated;

    @BeforeAll
    static void annotate() {
        article = QuoteTestSupport.seed("000_62ebd344807f6b36.txt");
        annotated = CoreNlpAnnotatorTest.ANNOTATOR.annotate(article);
    }

    /** Every quote whose content holds {@code words} (at least one) has {@code speaker} as canonical name. */
    private static void assertSpeaker(String words, String speaker) {
        List<Quote> found = annotated.quotes().stream()
                .filter(q -> q.pieces().stream().anyMatch(p -> p.text().contains(words))).toList();
        assertThat(found).as(words).isNotEmpty();
        for (Quote q : found) {
            assertThat(q.speaker()).as(words).isNotNull();
            assertThat(q.speaker().name()).as(words).isEqualTo(speaker);
            assertThat(q.content().matches(article.text())).isTrue();
            assertThat(q.wording().matches(article.text())).isTrue();
            assertThat(q.pieces()).allSatisfy(p -> assertThat(p.matches(article.text())).isTrue());
        }
    }

    @Test
    void everyDoubleQuotedQuoteHasItsTrueSpeaker() {
        assertSpeaker("productive", "Donald Trump");
        assertSpeaker("we need Tomahawks for the United States", "Donald Trump");
        assertSpeaker("nothing has changed for Russia", "Volodymyr Zelensky");
        assertSpeaker("Russia is trying to leave this part of Europe", "Volodymyr Zelensky");
        assertSpeaker("to see if we can bring this", "Donald Trump");
        assertSpeaker("I believe great progress was made", "Donald Trump");
        assertSpeaker("being led by the nose", "Valeriy Chaly");
        assertSpeaker("tomorrows", "Valeriy Chaly");
        assertSpeaker("One of the American president’s main points", "Yuri Ushakov");
        assertSpeaker("Russian armed forces fully control", "Yuri Ushakov");
        assertSpeaker("I can state with confidence", "Oleksandr Syrsky");
        assertSpeaker("within two weeks or so", "Donald Trump");
        assertSpeaker("We have a problem.", "Donald Trump");
        assertSpeaker("This is a terrible relationship", "Donald Trump");
        assertSpeaker("I am concerned that we are now witnessing", "Iryna Gerashchenko");
        assertSpeaker("nothing about Ukraine without Ukraine", "Iryna Gerashchenko");
        assertSpeaker("No agreements or negotiations should", "Iryna Gerashchenko");
        assertSpeaker("24 hours", "Donald Trump");
        assertSpeaker("I don’t want to commit to a hard deadline", "John Thune");
        assertSpeaker("the next 30 days", "John Thune");
        assertSpeaker("I’m not against anything.", "Donald Trump");
        assertSpeaker("it’s very important that we continue", "Lindsey Graham");
        assertSpeaker("Bombing and promising to talk", "Lindsey Graham");
    }

    @Test
    void theIndirectQuotesOfUshakovAndPutinAreFound() {
        Quote ushakov = annotated.quotes().stream()
                .filter(q -> q.content().text().contains("Russia had the upper hand")).findFirst().orElseThrow();
        assertThat(ushakov.direct()).isFalse();
        assertThat(ushakov.speaker().name()).isEqualTo("Yuri Ushakov");
        assertThat(ushakov.cue().text()).isEqualTo("said");
        Quote putin = annotated.quotes().stream()
                .filter(q -> q.content().text().equals("the opposite")).findFirst().orElseThrow();
        assertThat(putin.direct()).isFalse();
        assertThat(putin.speaker().name()).isEqualTo("Vladimir Putin");
        assertThat(putin.cue().text()).isEqualTo("said");
    }

    @Test
    void placesAreNotPersons() {
        assertThat(annotated.entities()).filteredOn(m -> m.span().text().matches("Kyiv|Kryvyi Rih|Budapest"))
                .allMatch(m -> m.type() == EntityType.LOCATION);
    }
}
