package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.Article;
import org.corroborate.api.ContentType;
import org.corroborate.api.DocumentHints;
import org.corroborate.api.RawDocument;
import org.junit.jupiter.api.Test;

class PlainTextExtractionTest {

    private static Article extract(String source, String text) {
        return Extractors.standard().extract(new RawDocument(source, ContentType.PLAIN_TEXT, text, DocumentHints.NONE));
    }

    private static final String SCRAPED = """
            Skip to main content
            ____
            -----

            Lighthouse keeper retires after forty years on the rock

            After four decades, the last keeper hands the lamp to an automatic system

            Nora Quill / The Island Courier

            Lighthouse keeper Hal Brennan climbed the 112 steps of the tower for the last time on Sunday, ending a
            career that began when the lamp still ran on paraffin.

            Brennan, 67, said he would miss the storms more than the calm days. "You never sleep better than when the
            wind is trying to take the roof off," he said.
            Share this article
            The keeper's cottage at dusk (Photo: Ivo Marsh/Island Courier)

            – A life by the lamp –

            The harbour board said an automatic beacon would take over on Monday, and the cottage will become a small museum.

            Sign up for our weekly newsletter to get island news in your inbox.

            Brennan plans to move to the mainland to live near his daughter.

            Disclaimer: The views of readers do not reflect those of the publisher.

            Comments
            Be the first to comment
            Leave a comment
            """;

    @Test
    void scrapedPageLosesItsFurnitureAndKeepsEverySentence() {
        Article article = extract("pile/keeper.txt", SCRAPED);
        assertThat(article.title()).isEqualTo("Lighthouse keeper retires after forty years on the rock");
        assertThat(article.byline()).containsExactly("Nora Quill");
        assertThat(article.outlet()).isEqualTo("The Island Courier");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.paragraphs()).extracting(s -> s.text()).containsExactly(
                "Lighthouse keeper Hal Brennan climbed the 112 steps of the tower for the last time on Sunday, ending a"
                        + " career that began when the lamp still ran on paraffin.",
                "Brennan, 67, said he would miss the storms more than the calm days. \"You never sleep better than"
                        + " when the wind is trying to take the roof off,\" he said.",
                "\u2013 A life by the lamp \u2013",
                "The harbour board said an automatic beacon would take over on Monday, and the cottage will become a"
                        + " small museum.",
                "Brennan plans to move to the mainland to live near his daughter.");
        List<String> explain = Extractors.explain(new RawDocument("k.txt", ContentType.PLAIN_TEXT, SCRAPED, null));
        assertThat(explain).contains("removed: navigation: Skip to main content",
                "removed: standfirst (metadata): After four decades, the last keeper hands the lamp to an automatic"
                        + " system",
                "removed: byline (metadata): Nora Quill / The Island Courier",
                "removed: after comment widget: Be the first to comment",
                "removed: disclaimer: Disclaimer: The views of readers do not reflect those of the publisher.");
        assertThat(explain).anyMatch(l -> l.startsWith("removed: photo caption: The keeper's cottage"));
    }

    @Test
    void oneParagraphPerLineBecomesBlankLineSeparated() {
        Article article = extract("in/wire.txt", """
                The river rose two metres overnight and flooded the lower town, officials said on Wednesday.
                About 300 residents spent the night in the school gym.
                "We lost everything on the ground floor," said a shop owner.
                jk/ab
                (Reporting by Pia Lund; Editing by Karl Moe)
                \u00a9 Northern Wire Agency 2025
                """);
        assertThat(article.text()).isEqualTo("The river rose two metres overnight and flooded the lower town, officials"
                + " said on Wednesday.\n\nAbout 300 residents spent the night in the school gym.\n\n"
                + "\"We lost everything on the ground floor,\" said a shop owner.");
        assertThat(article.credits()).containsExactly("jk/ab", "(Reporting by Pia Lund; Editing by Karl Moe)",
                "\u00a9 Northern Wire Agency 2025");
        assertThat(article.title()).isNull();
        assertThat(article.byline()).isEmpty();
        assertThat(article.outlet()).isEqualTo("unknown: wire.txt");
        assertThat(article.id()).isEqualTo(extract("elsewhere.txt", article.text()).id());
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        Article article = extract("wrapped.txt", """
                The committee met for six hours on Tuesday and agreed, after a long debate,
                to postpone the vote on the new stadium until the spring, its chair said.

                Opponents of the project said the delay showed that the plan had no majority
                and that the money would be better spent on schools and the hospital.
                """);
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.text()).contains("after a long debate, to postpone").doesNotContain("\n\n\n");
    }

    @Test
    void paywallBlocksInOtherLanguagesGo() {
        Article article = extract("de.txt", """
                Die Stadt baut eine neue Br\u00fccke \u00fcber den Fluss, sagte der B\u00fcrgermeister am Montag.

                Die Arbeiten sollen im Herbst beginnen und zwei Jahre dauern.

                Ihr Abo wird auf einem anderen Ger\u00e4t genutzt.

                Warum sehe ich das?

                Melden Sie sich mit Ihrem Konto an oder \u00e4ndern Sie Ihr Passwort.
                """);
        assertThat(article.text()).isEqualTo("Die Stadt baut eine neue Br\u00fccke \u00fcber den Fluss, sagte der"
                + " B\u00fcrgermeister am Montag.\n\nDie Arbeiten sollen im Herbst beginnen und zwei Jahre dauern.");
        assertThat(article.language()).isEqualTo("de");
    }

    @Test
    void datelineAndTagLinesAreMetadata() {
        Article article = extract("x/tides.txt", """
                Record tide floods the seafront promenade

                Harbour Daily 03-14

                Mayor Ilse Brandt

                The highest tide in thirty years flooded the seafront promenade on Thursday, and Mayor Ilse Brandt
                said the sea wall would be raised.

                Intense night

                Volunteers filled sandbags until dawn, the fire brigade said.

                Ilse Brandt, Tom Weller

                More stories
                Pier reopens
                """);
        assertThat(article.outlet()).isEqualTo("Harbour Daily");
        assertThat(article.byline()).isEmpty();
        assertThat(article.title()).isEqualTo("Record tide floods the seafront promenade");
        assertThat(article.paragraphs()).extracting(s -> s.text()).containsExactly(
                "The highest tide in thirty years flooded the seafront promenade on Thursday, and Mayor Ilse Brandt"
                        + " said the sea wall would be raised.",
                "Intense night",
                "Volunteers filled sandbags until dawn, the fire brigade said.");
    }

    @Test
    void bylineLinesAreCleaned() {
        Article article = extract("b.txt", """
                Council approves budget for new library

                By Ana Ruiz and Ben Okafor, Metro News Desk

                October 3, 2024

                The council approved the budget for the new library on Thursday by nine votes to two, after a debate
                that lasted most of the afternoon.
                """);
        assertThat(article.byline()).containsExactly("Ana Ruiz", "Ben Okafor");
        assertThat(article.outlet()).isEqualTo("Metro News Desk");
        assertThat(article.published()).isEqualTo("2024-10-03");
        assertThat(article.text()).startsWith("The council approved");
    }

    @Test
    void aMenuBarIsNavigationNotTheHeadlineAndWrittenByIsStripped() {
        Article article = extract("pile/menu.txt", """
                Home | World | Business | Markets | Sport

                Ferry strike halts island crossings for a second day

                Written by Ada Lind

                Ferry crews stayed off work for a second day on Tuesday, leaving hundreds of travellers stranded at the
                port, the operator said.

                The union said the strike would go on until the operator returned to talks.
                """);
        assertThat(article.title()).isEqualTo("Ferry strike halts island crossings for a second day");
        assertThat(article.byline()).containsExactly("Ada Lind");
        assertThat(article.text()).doesNotContain("Markets").startsWith("Ferry crews stayed off work");
    }

    @Test
    void aSiteNoticeIsFlaggedAsNoArticle() {
        Article notice = extract("pile/notice.txt", """
                JavaScript is disabled

                You need to enable JavaScript in your browser to use this player. Please try again later.
                """);
        assertThat(notice.warnings()).anyMatch(w -> w.startsWith("not an article: site notice (")
                && w.contains("javascript"));
        Article news = extract("pile/ferry.txt", """
                Ferry crews stayed off work for a second day on Tuesday, leaving hundreds of travellers stranded at the
                port, the operator said. The booking page of its web site showed no sailings until Thursday.
                """);
        assertThat(news.warnings()).noneMatch(w -> w.startsWith("not an article"));
    }

    @Test
    void readAlsoHeadingsScriptNoticesNumberRowsAndReviewWidgetsGoButTheArticleAroundThemStays() {
        Article article = extract("mixed.txt", """
                Die Stadt baut eine neue Br\u00fccke \u00fcber den Fluss, sagte der B\u00fcrgermeister am Montag.

                Lesen Sie auch:

                Die Arbeiten sollen im Herbst beginnen und zwei Jahre dauern, wie die Stadt mitteilte.

                Das k\u00f6nnte Sie auch interessieren

                This slideshow requires JavaScript.

                Advert

                1 2 3 4 5

                \u0427\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u0436\u0435

                Der Bau kostet nach Angaben der Stadt rund zw\u00f6lf Millionen Euro, sagte er weiter.

                \u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u043e\u0442\u0437\u044b\u0432

                Toller Artikel!
                """);
        assertThat(article.text()).isEqualTo("Die Stadt baut eine neue Br\u00fccke \u00fcber den Fluss, sagte der"
                + " B\u00fcrgermeister am Montag.\n\nDie Arbeiten sollen im Herbst beginnen und zwei Jahre dauern, wie"
                + " die Stadt mitteilte.\n\nDer Bau kostet nach Angaben der Stadt rund zw\u00f6lf Millionen Euro,"
                + " sagte er weiter.");
    }
}
