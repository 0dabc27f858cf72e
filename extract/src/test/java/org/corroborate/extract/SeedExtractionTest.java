package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.corroborate.api.Article;
import org.corroborate.api.ContentType;
import org.corroborate.api.DocumentHints;
import org.corroborate.api.RawDocument;
import org.corroborate.api.Span;
import org.corroborate.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The five real scraped reports in {@code ../shared/seeds}. Their text is read at test time and never copied here:
 * the assertions locate lines by short markers and check that whole ranges of body lines survive.
 */
class SeedExtractionTest {

    private record Seed(Article article, List<String> lines, List<String> paragraphs) {

        int indexOf(String marker) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(marker)) {
                    return i;
                }
            }
            throw new AssertionError("marker not found: " + marker);
        }

        /** Every line in [from, to) is one paragraph of the body, except those listed. */
        void keepsLines(int from, int to, String... except) {
            for (int i = from; i < to; i++) {
                String line = lines.get(i);
                if (!Arrays.asList(except).contains(line)) {
                    assertThat(paragraphs).as("line %d kept", i).contains(line);
                }
            }
        }

        /**
         * Line by line: every line whose index is in {@code removed} is absent from the body (not a paragraph, and
         * when it is long enough to be distinctive, not inside one either); every other line is a paragraph.
         */
        void everyLineIsBodyOrRemoved(Set<Integer> removed) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (removed.contains(i)) {
                    assertThat(paragraphs).as("line %d removed", i).doesNotContain(line);
                    if (line.split(" ").length >= DISTINCTIVE_WORDS) {
                        assertThat(article.text()).as("line %d removed", i).doesNotContain(line);
                    }
                } else {
                    assertThat(paragraphs).as("line %d kept", i).contains(line);
                }
            }
            assertThat(paragraphs).as("no paragraph that is not a line of the file").isSubsetOf(lines);
        }

        /** The indices {@code from} (inclusive) to {@code to} (exclusive). */
        static Set<Integer> range(int from, int to) {
            return IntStream.range(from, to).boxed().collect(Collectors.toSet());
        }

        void startsAndEndsWith(int first, int last) {
            assertThat(paragraphs.get(0)).isEqualTo(lines.get(first));
            assertThat(paragraphs.get(paragraphs.size() - 1)).isEqualTo(lines.get(last));
        }
    }

    /** Lines of at least this many words are checked to be absent from the whole body, not only as paragraphs. */
    private static final int DISTINCTIVE_WORDS = 6;

    private static Set<Integer> union(Set<Integer> first, Set<Integer> second) {
        Set<Integer> all = new TreeSet<>(first);
        all.addAll(second);
        return all;
    }

    private static Seed seed(String prefix) throws IOException {
        Path dir = SharedData.require("seeds");
        Path file;
        try (var files = Files.list(dir)) {
            file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        String content = Files.readString(file, StandardCharsets.UTF_8);
        Article article = Extractors.standard().extract(new RawDocument("seeds/" + file.getFileName(),
                ContentType.PLAIN_TEXT, content, DocumentHints.NONE));
        List<String> lines = content.lines().map(TextUnit::collapse).filter(l -> !l.isEmpty()).toList();
        assertThat(article.text()).doesNotContain("\n\n\n").doesNotStartWith(" ").doesNotEndWith("\n");
        List<String> paragraphs = article.paragraphs().stream().map(Span::text).toList();
        assertThat(paragraphs).allMatch(p -> !p.contains("\n") && p.equals(p.strip()) && !p.contains("  "));
        return new Seed(article, lines, paragraphs);
    }

    @Test
    void seed000RepostWithCaptionAndCommentFooter() throws IOException {
        Seed s = seed("000_");
        Article a = s.article();
        assertThat(a.outlet()).isEqualTo("The Washington Post");
        assertThat(a.title()).isEqualTo(s.lines().get(0));
        assertThat(a.byline()).containsExactly("Michael Birnbaum");
        int footer = s.indexOf("DISQUS");
        s.keepsLines(s.indexOf("After what he called"), footer);
        assertThat(s.paragraphs().get(s.paragraphs().size() - 1)).isEqualTo(s.lines().get(footer - 1));
        assertThat(a.text()).doesNotContain("(photo:").doesNotContain("DISQUS").doesNotContain("send to friend")
                .doesNotContain("form code").doesNotContain("/ The Washington Post")
                .doesNotStartWith(s.lines().get(0));
        assertThat(s.paragraphs()).doesNotContain("Close", s.lines().get(0));
        // top: headline, "name / outlet" byline, photo caption (the summary line after the caption is a sentence of
        // the report and stays); bottom: comment widget and share links
        int caption = s.indexOf("(photo:");
        s.everyLineIsBodyOrRemoved(union(Seed.range(0, caption + 1), Seed.range(footer, s.lines().size())));
    }

    @Test
    void seed001BodyOnlyOneParagraphPerLine() throws IOException {
        Seed s = seed("001_");
        Article a = s.article();
        assertThat(a.outlet()).isEqualTo("unknown: 001_67db911ebd6f24f1.txt");
        assertThat(a.title()).isNull();
        assertThat(s.paragraphs()).isEqualTo(s.lines());
        s.everyLineIsBodyOrRemoved(Set.of());
    }

    @Test
    void seed002AgencyCopyWithSectionHeadsAndCredits() throws IOException {
        Seed s = seed("002_");
        Article a = s.article();
        assertThat(a.outlet()).isEqualTo("Agence France-Presse");
        assertThat(a.credits()).containsExactly("dk/mlm", "\u00a9 Agence France-Presse");
        int desk = s.indexOf("dk/mlm");
        s.keepsLines(0, desk);
        s.startsAndEndsWith(0, desk - 1);
        assertThat(s.paragraphs()).contains("\u2013 \u2018Momentum\u2019 \u2013");
        assertThat(a.text()).doesNotContain("dk/mlm").doesNotContain("\u00a9");
        s.everyLineIsBodyOrRemoved(Seed.range(desk, s.lines().size())); // desk initials, agency copyright
    }

    @Test
    void seed003PaywallAndRecommendationsGone() throws IOException {
        Seed s = seed("003_");
        Article a = s.article();
        int headline = s.indexOf("Trump announces meeting");
        assertThat(a.title()).isEqualTo(s.lines().get(headline));
        assertThat(a.byline()).containsExactly("Iker Seisdedos");
        int firstBody = s.indexOf("Iker Seisdedos") + 1;
        int signUp = s.indexOf("Sign up for our");
        s.keepsLines(firstBody, signUp, "Donald Trump, Vladimir Putin");
        s.startsAndEndsWith(firstBody, signUp - 1);
        assertThat(s.paragraphs()).contains("Intense week").doesNotContain("Donald Trump", "_",
                "Donald Trump, Vladimir Putin", s.lines().get(headline + 1));
        assertThat(a.text()).doesNotContain("Skip to content").doesNotContain("suscripci\u00f3n")
                .doesNotContain("dispositivo").doesNotContain("Flecha").doesNotContain("Archived In")
                .doesNotContain("Recomendaciones").doesNotContain("newsletter").doesNotContain("More information");
        // top: skip link, underscore rules, headline, deck, photo tag, byline; inside: a photo caption; bottom:
        // sign-up prompt, Spanish paywall block, "More information", "Archived In", recommendations, rules
        Set<Integer> removed = union(Seed.range(0, firstBody), Seed.range(signUp, s.lines().size()));
        removed.add(s.lines().indexOf("Donald Trump, Vladimir Putin"));
        s.everyLineIsBodyOrRemoved(removed);
    }

    @Test
    void seed004DatelineDisclaimerAndCommentPrompt() throws IOException {
        Seed s = seed("004_");
        Article a = s.article();
        assertThat(a.outlet()).isEqualTo("Deep News");
        assertThat(a.title()).isEqualTo(s.lines().get(0));
        int disclaimer = s.indexOf("Disclaimer:");
        s.keepsLines(2, disclaimer);
        s.startsAndEndsWith(2, disclaimer - 1);
        assertThat(a.text()).doesNotContain("Deep News").doesNotContain("Disclaimer")
                .doesNotContain("Leave a comment").doesNotContain("fill this gap");
        assertThat(s.paragraphs()).doesNotContain("Comments");
        // top: headline, outlet glued to the "10-17" dateline; bottom: disclaimer and comment prompts
        s.everyLineIsBodyOrRemoved(union(Seed.range(0, 2), Seed.range(disclaimer, s.lines().size())));
    }

    @Test
    void explainListsTheRemovedLines() throws IOException {
        Path dir = SharedData.require("seeds");
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = Extractors.explain(new RawDocument(file.toString(), ContentType.PLAIN_TEXT,
                        Files.readString(file), DocumentHints.NONE));
                assertThat(lines).allMatch(l -> l.startsWith("removed: "));
            }
        }
    }
}
