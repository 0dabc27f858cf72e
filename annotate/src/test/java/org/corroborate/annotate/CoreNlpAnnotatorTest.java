package org.corroborate.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Annotator;
import org.corroborate.api.Article;
import org.corroborate.api.Entity;
import org.corroborate.api.EntityMention;
import org.corroborate.api.EntityType;
import org.corroborate.api.Sentence;
import org.corroborate.api.TimeMention;
import org.corroborate.api.Token;
import org.corroborate.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** Every CoreNLP-backed test lives here, so that the models load once per test JVM. Texts are invented. */
class CoreNlpAnnotatorTest {

    /** Shared by every CoreNLP-backed test class, so that the models load once per test JVM. */
    static final Annotator ANNOTATOR = Annotators.coreNlp();

    static Article article(String id, String published, String text) {
        return new Article(id, id + ".txt", null, null, "Test Outlet", null, List.of(), published, null, "en", text,
                List.of(), List.of());
    }

    private static final String STORY = "Grand Duke Meets Mayor, Raising Stakes for Okonkwo Meeting\n\n"
            + "President Adaeze Okonkwo said on Thursday that she would meet Mayor Lars Henriksen in Oslo "
            + "\u201cwithin two weeks or so.\u201d Mr. Okonkwo\u2019s aide said the talks, which lasted almost two "
            + "hours, were \"frank\" -- and that the U.S. would send observers to the U.S.\n\n"
            + "Okonkwo has long courted Henriksen. President Okonkwo told reporters: \u2018We will see.\u2019 "
            + "The Northern Fisheries Council (NFC) said the NFC would attend... Henriksen\u2019s office agreed.";

    @Test
    void offsetsAreExactAndWordsAreAsWritten() {
        Article a = article("offsets", "2025-10-17", STORY);
        AnnotatedArticle result = ANNOTATOR.annotate(a);
        assertThat(result.sentences()).isNotEmpty();
        int previousEnd = 0;
        for (Sentence s : result.sentences()) {
            assertThat(s.span().matches(a.text())).isTrue();
            for (Token t : s.tokens()) {
                assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(t.word()).isEqualTo(a.text().substring(t.start(), t.end()));
                assertThat(t.lemma()).isNotNull();
                assertThat(t.tag()).isNotNull();
                assertThat(t.ner()).isNotNull();
                previousEnd = t.end();
            }
        }
        List<String> words = result.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::word).toList();
        // quotes and dashes stay as written, not normalised to ``/'' or PTB escapes
        assertThat(words).contains("\u201c", "\u201d", "\"", "--", "\u2018", "\u2019", "...");
        for (EntityMention m : result.entities()) {
            assertThat(m.span().matches(a.text())).isTrue();
        }
        for (TimeMention t : result.times()) {
            assertThat(t.span().matches(a.text())).isTrue();
        }
    }

    @Test
    void mentionsOfOnePersonMergeWithinTheArticle() {
        AnnotatedArticle result = ANNOTATOR.annotate(article("merge", "2025-10-17", STORY));
        Map<String, Entity> index = result.entityIndex().stream().collect(Collectors.toMap(Entity::id, e -> e));
        assertThat(index).containsKey("person:adaeze-okonkwo");
        Entity okonkwo = index.get("person:adaeze-okonkwo");
        assertThat(okonkwo.name()).isEqualTo("Adaeze Okonkwo");
        assertThat(okonkwo.type()).isEqualTo(EntityType.PERSON);
        long okonkwoMentions = result.entities().stream().filter(m -> m.entityId().equals(okonkwo.id())).count();
        assertThat(okonkwoMentions).isGreaterThanOrEqualTo(4);
        assertThat(result.entities()).filteredOn(m -> m.span().text().contains("Okonkwo"))
                .allMatch(m -> m.entityId().equals(okonkwo.id()));
        assertThat(result.entities()).filteredOn(m -> m.span().text().contains("Henriksen"))
                .allMatch(m -> m.entityId().equals("person:lars-henriksen"));
        // pronouns and headline glue are not names
        assertThat(result.entities()).noneMatch(m -> m.span().text().equalsIgnoreCase("she"));
        assertThat(result.entities()).noneMatch(m -> m.span().text().endsWith("Meeting"));
        // every mention's id is in the index
        assertThat(result.entities()).allMatch(m -> index.containsKey(m.entityId()));
    }

    @Test
    void weekdayResolvesAgainstThePublicationDay() {
        AnnotatedArticle result = ANNOTATOR.annotate(article("thursday", "2025-10-17", STORY));
        TimeMention thursday = time(result, "Thursday");
        assertThat(thursday.type()).isEqualTo("DATE");
        assertThat(thursday.from()).isEqualTo("2025-10-16");
        assertThat(thursday.to()).isEqualTo("2025-10-16");
    }

    @Test
    void durationAfterWithinIsAForwardRange() {
        AnnotatedArticle result = ANNOTATOR.annotate(article("within", "2025-10-17", STORY));
        TimeMention twoWeeks = time(result, "two weeks");
        assertThat(twoWeeks.type()).isEqualTo("DURATION");
        assertThat(twoWeeks.value()).isEqualTo("P2W");
        assertThat(twoWeeks.from()).isEqualTo("2025-10-17");
        assertThat(twoWeeks.to()).isEqualTo("2025-10-31");
        // "lasted almost two hours" has no direction: no range
        TimeMention hours = time(result, "two hours");
        assertThat(hours.from()).isNull();
    }

    @Test
    void undatedArticleLeavesRelativeDatesUnresolved() {
        AnnotatedArticle result = ANNOTATOR.annotate(article("undated", null, STORY));
        TimeMention thursday = time(result, "Thursday");
        assertThat(thursday.from()).isNull();
        assertThat(thursday.to()).isNull();
        assertThat(time(result, "two weeks").from()).isNull();
        assertThat(result.warnings()).anyMatch(w -> w.contains("unresolved"));
    }

    @Test
    void mixedScriptsAndSymbolsDoNotBreakOffsets() {
        String text = "Министр Иван Петров said \u201cда\u201d in Kyiv. 北京 and 東京 agreed \uD83D\uDE00 today! "
                + "قال الرئيس \u00A0 non\u2011breaking caf\u00E9 na\u0308ive \u2014 end \uD83C\uDDFA\uD83C\uDDE6";
        Article a = article("scripts", "2025-10-17", text);
        AnnotatedArticle result = ANNOTATOR.annotate(a);
        assertThat(result.sentences()).isNotEmpty();
        result.sentences().forEach(s -> s.tokens().forEach(
                t -> assertThat(t.word()).isEqualTo(text.substring(t.start(), t.end()))));
        result.entities().forEach(m -> assertThat(m.span().matches(text)).isTrue());
    }

    @Test
    void textsWithoutSentencesDoNotCrashAndSaySo() {
        for (String text : List.of("", "   \n\n \t ", "... --- !!!", "\uD83D\uDE00")) {
            AnnotatedArticle result = ANNOTATOR.annotate(article("empty", "2025-10-17", text));
            assertThat(result.entities()).isEmpty();
            assertThat(result.quotes()).isEmpty();
            if (text.isBlank()) {
                assertThat(result.sentences()).isEmpty();
                assertThat(result.warnings()).contains("no sentences found");
            } else {
                assertThat(result.warnings()).as(text).anyMatch(w -> w.startsWith("no words found"));
            }
        }
    }

    @Test
    void mixedScriptsGetAWarningNamingTheScripts() {
        String text = "Министр Иван Петров said \u201cда\u201d in Kyiv. 北京 and 東京 agreed today.";
        AnnotatedArticle result = ANNOTATOR.annotate(article("scripts", "2025-10-17", text));
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("mixed scripts:") && w.contains("Cyrillic")
                && w.contains("Han"));
        AnnotatedArticle latin = ANNOTATOR.annotate(article("latin", "2025-10-17", "Mayor Lars Henriksen said "
                + "the caf\u00E9 would reopen on Friday."));
        assertThat(latin.warnings()).noneMatch(w -> w.startsWith("mixed scripts"));
    }

    @Test
    void unbalancedQuoteMarksGetAWarningAndSwallowNoMoreThanTheirParagraph() {
        String text = "Mayor Lars Henriksen said \u201cthe road will reopen soon and everyone knows it.\n\n"
                + "The council met on Friday. The budget was approved by nine votes to two.\n\n"
                + "\u201cWe are pleased,\u201d said Anna Petrenko, the council leader.";
        AnnotatedArticle result = ANNOTATOR.annotate(article("unbalanced", "2025-10-17", text));
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("unbalanced quotation marks: 1 "));
        assertThat(result.quotes()).noneMatch(q -> q.content().text().contains("budget"));
        assertThat(result.quotes()).anyMatch(q -> q.content().text().equals("We are pleased")
                && q.speaker() != null && q.speaker().name().equals("Anna Petrenko"));
        StringBuilder line = new StringBuilder("Mayor Lars Henriksen said \u201cthe road will reopen soon. ");
        while (line.length() < 20_000) {
            line.append("The council met again and the budget was not decided. ");
        }
        AnnotatedArticle oneLine = ANNOTATOR.annotate(article("unbalanced-line", "2025-10-17", line.toString()));
        assertThat(oneLine.warnings()).anyMatch(w -> w.startsWith("unbalanced quotation marks"));
        assertThat(oneLine.quotes()).allMatch(q -> q.content().length() <= QuoteMarks.MAX_UNCLOSED);
    }

    @Test
    void oneMegabyteSingleLineCompletes() {
        String[] words = {"river", "Harbor", "ledger", "amber", "seven", "Norvik", "quietly", "tariff", "grain",
            "council", "northern", "eleven"};
        StringBuilder sb = new StringBuilder(1_050_000).append("Officials said \u201c");
        for (int i = 0; sb.length() < 1_000_000; i++) {
            sb.append(words[(i * 7 + i / 13) % words.length]).append(' ');
        }
        Article a = article("huge", "2025-10-17", sb.toString());
        AnnotatedArticle result = ANNOTATOR.annotate(a);
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("text over 500000 chars truncated"));
        assertThat(result.warnings()).anyMatch(w -> w.contains("cut into pieces"));
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("unbalanced quotation marks: 1 "));
        assertThat(result.quotes()).allMatch(q -> q.content().length() <= QuoteMarks.MAX_UNCLOSED);
        assertThat(result.sentences()).allMatch(s -> s.tokens().size() <= 250);
        assertThat(result.sentences().get(result.sentences().size() - 1).span().end()).isLessThanOrEqualTo(500_000);
    }

    @Test
    void concurrentCallsGiveTheSameResult() throws Exception {
        Article a = article("threads", "2025-10-17", STORY);
        AnnotatedArticle expected = ANNOTATOR.annotate(a);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<AnnotatedArticle>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> ANNOTATOR.annotate(a)));
            }
            for (Future<AnnotatedArticle> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Reads the five seed reports (skips without ../shared), annotates and resolves them. Speed is measured by
     * {@code AnnotationBenchmark} in the bench module, not here.
     */
    @Test
    void seedReportsResolveAcrossArticles() throws IOException {
        Path seeds = SharedData.require("seeds");
        List<Path> files;
        try (Stream<Path> list = Files.list(seeds)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSize(5);
        List<AnnotatedArticle> annotated = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            annotated.add(ANNOTATOR.annotate(article(f.getFileName().toString(), "2025-10-17", text)));
        }

        List<AnnotatedArticle> resolved = Annotators.entityResolver().resolve(annotated);
        assertThat(resolved).hasSize(5);
        Set<String> zelensky = ids(resolved, "Zelensky");
        Set<String> zelenskiy = ids(resolved, "Zelenskiy");
        assertThat(zelensky).hasSize(1);
        assertThat(zelenskiy).isEqualTo(zelensky);
        Set<String> persons = resolved.stream().flatMap(a -> a.entityIndex().stream())
                .filter(e -> e.type() == EntityType.PERSON).map(Entity::name).collect(Collectors.toSet());
        assertThat(persons).contains("Donald Trump", "Vladimir Putin");
        assertThat(ids(resolved, "Ushakov")).hasSize(1);
        // headline glue ("... for Zelensky Meeting") is not part of a name
        assertThat(resolved.get(0).entities()).noneMatch(m -> m.span().text().endsWith("Meeting"));
        for (AnnotatedArticle a : resolved) {
            Set<String> indexIds = a.entityIndex().stream().map(Entity::id).collect(Collectors.toSet());
            assertThat(a.entities()).allMatch(m -> indexIds.contains(m.entityId()));
        }
    }

    private static Set<String> ids(List<AnnotatedArticle> articles, String word) {
        return articles.stream().flatMap(a -> a.entities().stream())
                .filter(m -> m.span().text().contains(word)).map(EntityMention::entityId).collect(Collectors.toSet());
    }

    private static TimeMention time(AnnotatedArticle result, String text) {
        return result.times().stream().filter(t -> t.span().text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no time mention '" + text + "' in " + result.times()));
    }
}
