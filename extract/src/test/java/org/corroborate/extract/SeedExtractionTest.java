package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

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

        void startsAndEndsWith(int first, int last) {
            assertThat(paragraphs.get(0)).isEqualTo(lines.get(first));
            assertThat(paragraphs.get(paragraphs.size() - 1)).isEqualTo(lines.get(last));
        }
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
    }

    @Test
    void seed001BodyOnlyOneParagraphPerLine() throws IOException {
        Seed s = seed("001_");
        Article a = s.article();
        assertThat(a.outlet()).isEqualTo("unknown: 001_67db911ebd6f24f1.txt");
        assertThat(a.title()).isNull();
        assertThat(s.paragraphs()).isEqualTo(s.lines());
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
