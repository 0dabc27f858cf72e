package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.Article;
import org.corroborate.api.ContentType;
import org.corroborate.api.DocumentHints;
import org.corroborate.api.RawDocument;
import org.junit.jupiter.api.Test;

/** Title and author rules on small hand-written pages. */
class HtmlMetadataRulesTest {

    private static final String BODY = "<p>" + "The council met on Tuesday evening and agreed the plan for the new "
            + "library after a long debate about its cost and the site by the river. ".repeat(4) + "</p>";

    private static Article extract(String head, String body) {
        String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
        return Extractors.standard().extract(new RawDocument("page.html", ContentType.HTML, html, DocumentHints.NONE));
    }

    @Test
    void theOnlyHeadingBeatsATitleThatSaysSomethingElse() {
        Article article = extract("<title>Professional design for companies | Studio North</title>",
                "<article><h1>Design</h1>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Design");
    }

    @Test
    void theFirstHeadingMarkedAsTheTitleBeatsAMetadataTitleThatSaysSomethingElse() {
        String head = "<meta property=\"og:title\" content=\"Jane gave the library 5 stars. Read the review\">";
        assertThat(extract(head, "<article><h2 class=\"review-title\">A fine new library</h2>" + BODY
                + "</article>").title()).isEqualTo("A fine new library");
        assertThat(extract(head, "<article><h2>A fine new library</h2>" + BODY + "</article>").title())
                .as("an unmarked h2 is not enough").isEqualTo("Jane gave the library 5 stars. Read the review");
        assertThat(extract(head, "<article><h2 class=\"box-title\">Contact</h2>" + BODY
                + "<h2 class=\"review-title\">A fine new library</h2></article>").title())
                .as("only the first heading counts").isEqualTo("Jane gave the library 5 stars. Read the review");
        assertThat(extract("<meta property=\"og:title\" content=\"Jane gave the library 5 stars | Reviews\">",
                "<article><h2 class=\"headline\">Opinion: Jane gave the library 5 stars</h2>" + BODY + "</article>")
                .title()).as("a heading holding the metadata title plus a kicker")
                .isEqualTo("Jane gave the library 5 stars");
    }

    @Test
    void aHeadingAfterManyTeaserHeadingsStillAgreesWithTheMetadataTitle() {
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            many.append("<h2>Teaser ").append(i).append("</h2>");
        }
        Article article = extract("<title>Library plan - what it costs</title>",
                "<div>" + many + "</div><article><h2>Library plan \u2013 what it costs</h2>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Library plan \u2013 what it costs");
    }

    @Test
    void aHeadingThatIsTheSiteNameIsNotTheTitle() {
        Article article = extract("<title>Library plan agreed | Town Notes</title>"
                        + "<meta property=\"og:site_name\" content=\"Town Notes\">",
                "<h1>Town Notes</h1><article><h2>Library plan agreed</h2>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Library plan agreed");
    }

    @Test
    void aHeadingAgreeingWithTheTitleHeadBeatsOneAgreeingWithItsSuffix() {
        Article article = extract("<title>Scissor cut (3) | gnome ad libitum</title>",
                "<h1>gnome ad libitum</h1><article><h1>Scissor cut (3)</h1>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Scissor cut (3)");
    }

    @Test
    void aTopicKickerInTheMetadataTitleGivesWayToTheVisibleHeadline() {
        Article article = extract("<meta property=\"og:title\" content=\"Chronicle: Library plan agreed\">"
                        + "<title>Chronicle: Library plan agreed - Town Notes</title>",
                "<article><h1>Library plan agreed</h1><h2>Other news</h2><h1>Weather</h1>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Library plan agreed");
    }

    @Test
    void aLogoClassOnTheBodyDoesNotMakeTheHeadingASiteName() {
        String html = "<html><head><title>Decanting wine: all you need to know</title></head>"
                + "<body class=\"menu main-menu-logo-1\"><div class=\"title-wrap\"><h1>Decanting wine: everything "
                + "about a special step</h1></div><div>" + BODY + "</div></body></html>";
        assertThat(Extractors.standard().extract(new RawDocument("page.html", ContentType.HTML, html,
                DocumentHints.NONE)).title()).isEqualTo("Decanting wine: everything about a special step");
    }

    @Test
    void copiesOfOneHeadingForSmallAndLargeScreensAreOneHeading() {
        Article article = extract("<meta property=\"og:title\" content=\"Run it on a Mac - Desktop 15 Virtual Machine"
                        + " for Mac\">",
                "<main><header class=\"visible-xs\"><h1>Desktop 15 for Mac</h1></header>"
                        + "<header class=\"visible-lg\"><h1>Desktop 15 for Mac</h1></header>" + BODY + "</main>");
        assertThat(article.title()).isEqualTo("Desktop 15 for Mac");
    }

    @Test
    void ofSeveralHeadingsTheOneWhoseWordsTheMetadataTitleHoldsIsTheTitle() {
        Article article = extract("<meta property=\"og:title\" content=\"Made up: courier flies to Singapore, "
                        + "Thailand\">",
                "<div><h1>Bangkok</h1></div><article><h1>Made up: courier flies to Singapore</h1>" + BODY
                        + "</article><div><h1>Reader comments</h1></div>");
        assertThat(article.title()).isEqualTo("Made up: courier flies to Singapore");
        assertThat(extract("<meta property=\"og:title\" content=\"Made up: courier flies to Singapore\">",
                "<div><h1>Bangkok news</h1></div><article><h1>Courier story</h1>" + BODY + "</article>").title())
                .isEqualTo("Made up: courier flies to Singapore"); // no heading is backed: the metadata title
    }

    @Test
    void amongHeadingsEquallingAMetadataTitleTheOneMoreTitlesBackWins() {
        Article article = extract("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                        + "\"headline\":\"Library plan agreed\"}</script>"
                        + "<meta property=\"og:title\" content=\"Council agrees the library plan after a long night\">"
                        + "<title>Library plan agreed | Town Notes</title>",
                "<article><h1>Library plan agreed</h1><h2>Council agrees the library plan after a long night</h2>"
                        + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Library plan agreed");
    }

    @Test
    void theOnlyHeadingGoingOnWhereALesserHeadingAndTheMetadataStopIsTheTitle() {
        Article article = extract("<meta property=\"og:title\" content=\"Library plan agreed - Town Notes\">",
                "<article><h1>Library plan agreed in Riverside</h1>" + BODY + "</article>"
                        + "<aside><h3 class=\"entry-title\">Library plan agreed</h3></aside>");
        assertThat(article.title()).isEqualTo("Library plan agreed in Riverside");
    }

    @Test
    void theOnlyPersonOfAPersonalSitesJsonLdIsTheAuthor() {
        Article article = extract("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":[\"Person\","
                        + "\"Organization\"],\"@id\":\"#me\",\"name\":\"Andrea Kal&eacute;\"},{\"@type\":\"WebPage\","
                        + "\"name\":\"Fifteen years\"}]}</script>",
                "<article><h1>Fifteen years</h1>" + BODY + "</article>");
        assertThat(article.byline()).containsExactly("Andrea Kalé");
    }

    @Test
    void postMetadataNamesTheAuthorAfterACue() {
        Article article = extract("<title>Library plan agreed</title>",
                "<article><h1>Library plan agreed</h1><div class=\"entry-meta\">Posted on September 21, 2020 by "
                        + "Adi Tzlil</div><div class=\"post-date\">Tuesday</div>" + BODY + "</article>");
        assertThat(article.byline()).containsExactly("Adi Tzlil");
    }

    @Test
    void userNamesWithDigitsAreKeptButLabelsAndDatesAreNot() {
        assertThat(Bylines.clean(List.of("freeman1984"), null)).containsExactly("freeman1984");
        assertThat(Bylines.clean(List.of("Posted on"), null)).isEmpty();
        assertThat(Bylines.clean(List.of("Eingestellt von der Michel"), null)).containsExactly("der Michel");
        assertThat(Bylines.clean(List.of("Isabella.DiBiase am Samstag"), null)).containsExactly("Isabella.DiBiase");
        assertThat(Bylines.clean(List.of("\u00a9 Kathrin Meier"), null)).containsExactly("Kathrin Meier");
        assertThat(Bylines.clean(List.of("Williams Perdomo @wperdomod"), null)).containsExactly("Williams Perdomo");
        assertThat(Bylines.clean(List.of("Jun12"), null, Bylines.Source.POST_META)).isEmpty();
        assertThat(Bylines.clean(List.of("Mittwoch"), null, Bylines.Source.POST_META)).isEmpty();
    }

    @Test
    void anAuthorElementIsReadWhenTheMetaTagsNameNobody() {
        Article article = extract("<meta name=\"author\" content=\"Posted on\">",
                "<article><h1>Library plan agreed</h1><span class=\"author vcard\"><a rel=\"author\" "
                        + "href=\"/author/freeman1984/\">freeman1984</a></span>" + BODY + "</article>");
        assertThat(article.byline()).containsExactly("freeman1984");
    }

    @Test
    void aLinkToAnAuthorPageInAnotherLanguageIsAnAuthorElement() {
        Article article = extract("", "<article><h1>Library plan agreed</h1><p><a href=\"/autoren/erika-muster-17\">"
                + "Erika Muster</a></p>" + BODY + "</article>");
        assertThat(article.byline()).containsExactly("Erika Muster");
    }

    @Test
    void aBylineMarkedByItsTestIdIsReadWithoutTheWeekdayOfTheDateAfterIt() {
        Article article = extract("", "<article><h1>Library plan agreed</h1><div data-testid=\"story-byline\">"
                + "<span>Jane Roe</span> <span>Thursday, May 4, 2023</span></div>" + BODY + "</article>");
        assertThat(article.byline()).containsExactly("Jane Roe");
    }

    @Test
    void aNameWrittenTwiceInARowIsOneName() {
        assertThat(Bylines.clean(List.of("Jane Roe Jane Roe"), null, Bylines.Source.AUTHOR_ELEMENT))
                .containsExactly("Jane Roe");
        assertThat(Bylines.clean(List.of("R. R."), null, Bylines.Source.AUTHOR_ELEMENT)).containsExactly("R. R.");
    }

    @Test
    void theNameAfterAnAuthorLabelIsTheAuthor() {
        Article inline = extract("", "<article><h1>Library plan agreed</h1>" + BODY
                + "<p><strong>Author:</strong> <a href=\"/people/12\">Erika Muster</a><br>Photos: Max Bild</p></article>");
        assertThat(inline.byline()).containsExactly("Erika Muster");
        Article heading = extract("", "<article><h1>Library plan agreed</h1>" + BODY
                + "</article><aside><h4>Autor</h4><p><a href=\"/people/12\">Erika Muster</a></p></aside>");
        assertThat(heading.byline()).containsExactly("Erika Muster");
    }

    @Test
    void anAuthorLabelInTheCommentsNamesACommenter() {
        Article article = extract("", "<article><h1>Library plan agreed</h1>" + BODY + "</article>"
                + "<ol class=\"commentlist\"><li>Kommentar <small>von</small> <cite>Erika Muster</cite></li></ol>");
        assertThat(article.byline()).isEmpty();
    }

    @Test
    void anAgencyGluedAfterTheNameIsNotPartOfIt() {
        assertThat(Bylines.clean(List.of("Autor: Jane Roe/SP-X"), null, Bylines.Source.POST_META))
                .containsExactly("Jane Roe");
        assertThat(Bylines.clean(List.of("Ana Lima/Porto"), null, Bylines.Source.METADATA))
                .containsExactly("Ana Lima/Porto");
    }

    @Test
    void aCommenterIsNotTheAuthorButACommentByThePostAuthorNamesThem() {
        String comments = "<div id=\"comments\"><ol><li class=\"comment\"><div class=\"comment-author vcard\">"
                + "<cite class=\"fn\">Max Leser</cite> sagt:</div><p>Great post.</p></li>";
        Article stranger = extract("", "<article><h1>Library plan agreed</h1>" + BODY + "</article>" + comments
                + "</ol></div>");
        assertThat(stranger.byline()).isEmpty();
        Article owner = extract("", "<article><h1>Library plan agreed</h1>" + BODY + "</article>" + comments
                + "<li class=\"comment bypostauthor\"><div class=\"comment-author vcard\"><cite class=\"fn\">"
                + "Erika Muster</cite> sagt:</div><p>Thank you.</p></li></ol></div>");
        assertThat(owner.byline()).containsExactly("Erika Muster");
    }

    @Test
    void aPublishedByLabelIsNoName() {
        assertThat(Bylines.clean(List.of("Published by"), null, Bylines.Source.AUTHOR_ELEMENT)).isEmpty();
    }

    @Test
    void aShortLineOfADateAndANameNamesTheAuthor() {
        Article article = extract("", "<article><h1>Library plan agreed</h1><p class=\"muted\">03.11.2021 - Erika "
                + "Muster</p>" + BODY + "</article>");
        assertThat(article.byline()).containsExactly("Erika Muster");
    }

    @Test
    void aListOfOtherPagesWithTheirDatesNamesNoAuthor() {
        Article article = extract("", "<article><h1>Library plan agreed</h1>" + BODY + "</article><ul><li>"
                + "<a href=\"/news/bridge\">Bridge Works, Harbour Lights - Report</a> <span>May 2, 2021</span>"
                + "</li></ul>");
        assertThat(article.byline()).isEmpty();
    }

    @Test
    void aShortLineStartingWithAByCueNamesTheAuthor() {
        Article article = extract("", "<article><h1>Library plan agreed</h1>" + BODY
                + "<p><em>Written by: <a href=\"https://example.org/people\">Erika Muster</a></em></p></article>");
        assertThat(article.byline()).containsExactly("Erika Muster");
        Article teaser = extract("", "<article><h1>Library plan agreed</h1>" + BODY + "</article>"
                + "<a href=\"/other\"><span>By Max Leser</span></a>");
        assertThat(teaser.byline()).isEmpty();
    }

    @Test
    void photoCreditsDegreesAndLinkLabelsAreNoAuthors() {
        assertThat(Bylines.clean(List.of("Foto: Max Bild"), null, Bylines.Source.POST_META)).isEmpty();
        assertThat(Bylines.clean(List.of("Jane Roe, PhD"), null, Bylines.Source.METADATA)).containsExactly("Jane Roe");
        assertThat(Bylines.clean(List.of("Jane Roe Alle Artikel"), null, Bylines.Source.AUTHOR_ELEMENT))
                .containsExactly("Jane Roe");
        assertThat(Bylines.clean(List.of("Datum"), null, Bylines.Source.AUTHOR_ELEMENT)).isEmpty();
    }

    @Test
    void aSeparatorBeforeTheCueAndTwoTrailingClausesAreCleaned() {
        assertThat(Bylines.clean(List.of("| Autor: jdoe"), null, Bylines.Source.AUTHOR_ELEMENT)).containsExactly("jdoe");
        assertThat(Bylines.clean(List.of("jdoe said, on May 3, 2019 at 10:00"), null, Bylines.Source.AUTHOR_ELEMENT))
                .containsExactly("jdoe");
    }

    @Test
    void twitterCardDataLabelledAsAuthorIsRead() {
        Article article = extract("<meta name=\"twitter:label1\" content=\"Written by\">"
                + "<meta name=\"twitter:data1\" content=\"Jane Roe\">", "<article><h1>Library plan</h1>" + BODY
                + "</article>");
        assertThat(article.byline()).containsExactly("Jane Roe");
    }

    @Test
    void datesInFrenchAndSpanishInShortYearDateElementsInMicroformatsAndInScriptData() {
        assertThat(extract("", "<article><span class=\"date\">, le 15 septembre 2009</span>" + BODY + "</article>")
                .published()).isEqualTo("2009-09-15");
        assertThat(extract("", "<article><p class=\"fecha\">Publicado el 3 de mayo de 2022</p><div class=\"date\">"
                + "3 de mayo de 2022</div>" + BODY + "</article>").published()).isEqualTo("2022-05-03");
        assertThat(extract("", "<article><span class=\"post-created\"> 28.01.22</span>" + BODY + "</article>")
                .published()).isEqualTo("2022-01-28");
        assertThat(extract("", "<article><span class=\"updated\" title=\"2013-04-04T18:52:11+00:00\"></span>"
                + BODY + "</article>").published()).startsWith("2013-04-04");
        assertThat(extract("<script>window.state = {\"review\":{\"publishedDate\":\"2016-11-04T20:37:27Z\"}};"
                + "</script>", "<article>" + BODY + "</article>").published()).isEqualTo("2016-11-04");
    }

    @Test
    void withoutDateTagsOrDateElementsALabelledPublicationDateBeatsTheFirstDateInTheText() {
        assertThat(extract("", "<article><p>Peter says: 24. August 2019, nice episode</p>" + BODY
                + "<p>Veröffentlicht am 16.08.2019 Dauer: 1 Stunde</p></article>").published())
                .isEqualTo("2019-08-16");
        assertThat(extract("", "<article><p>Recorded 19.10.2019; out on 22. Oktober 2019</p>" + BODY
                + "</article>").published()).isEqualTo("2019-10-19");
    }

    @Test
    void aHeadlineWithItsOwnSubtitleAndASectionFirstTitleAreReadWhole() {
        assertThat(extract("<title>Library plan agreed \u2013 what changes for readers \u2013 Town Notes</title>",
                "<article><h1>Library plan agreed \u2013 what changes for readers</h1>" + BODY + "</article>").title())
                .isEqualTo("Library plan agreed \u2013 what changes for readers");
        assertThat(extract("<title>News - Library plan agreed after a long night</title>",
                "<article><h1>Library plan agreed after a long night</h1>" + BODY + "</article>").title())
                .isEqualTo("Library plan agreed after a long night");
        assertThat(extract("<meta property=\"og:title\" content=\"Corsets - shops, designers, buying online\">"
                + "<meta property=\"og:site_name\" content=\"Pinup Fashion\">", "<div>" + BODY + "</div>").title())
                .isEqualTo("Corsets - shops, designers, buying online");
        assertThat(extract("<title>Beef liver with apple and onion | Love goes through the stomach</title>",
                "<h1>Love goes through the stomach</h1><div>" + BODY + "</div>").title())
                .isEqualTo("Beef liver with apple and onion");
    }

    @Test
    void aKickerInsideTheHeadlineAndItsHiddenSeparatorAreNotTheTitle() {
        Article article = extract("<title>Climate: Drilling until it gets hot | Town Notes</title>",
                "<article><h1><span class=\"article-heading__kicker\">Climate</span><span class=\"visually-hidden\">:"
                        + " </span><span class=\"article-heading__title\">Drilling until it gets hot</span></h1>" + BODY
                        + "</article>");
        assertThat(article.title()).isEqualTo("Drilling until it gets hot");

        Article plain = extract("<title>Drilling until it gets hot | Town Notes</title>",
                "<article><h1>Drilling <span class=\"highlight\">until</span> it gets hot</h1>" + BODY + "</article>");
        assertThat(plain.title()).isEqualTo("Drilling until it gets hot");
    }

    @Test
    void aBarePipeSeparatesTheSiteNameAndRubyAnnotationsAreNotInTheHeadline() {
        Article article = extract("<title>NHK|\u5b50\u3069\u3082\u3092\u5b88\u308b\u6cd5\u5f8b</title>",
                "<article><h1><ruby>\u5b50<rt>\u3053</rt></ruby>\u3069\u3082\u3092\u5b88\u308b\u6cd5\u5f8b</h1>" + BODY
                        + "</article>");
        assertThat(article.title()).isEqualTo("\u5b50\u3069\u3082\u3092\u5b88\u308b\u6cd5\u5f8b");
    }

    @Test
    void aHeadlineTypedWithTypographicDashesAndQuotesAgreesWithAPlainlyTypedTitle() {
        Article article = extract("<title>Library plan agreed - \"a long night\" | Town Notes</title>",
                "<article><h1>Library plan agreed \u2013 \u201ea long night\u201c</h1>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Library plan agreed \u2013 \u201ea long night\u201c");
    }

    private static Article extractAt(String url, String head, String body) {
        String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
        return Extractors.standard().extract(new RawDocument("page.html", ContentType.HTML, html,
                new DocumentHints(null, url, null, null, List.of(), null, null)));
    }

    @Test
    void aTitlePartOrHeadingNamedLikeTheHostIsTheSiteName() {
        String url = "https://www.town-notes.example/2024/05/library-plan/";
        assertThat(extractAt(url, "<title>Town Notes \u00bb Library plan agreed</title>",
                "<h1>Town Notes</h1><div><h2>Library plan agreed</h2>" + BODY + "</div>").title())
                .isEqualTo("Library plan agreed");
        assertThat(extractAt(url, "<title>Town Notes \u00bb Blog Archive \u00bb Library plan agreed</title>",
                "<div>" + BODY + "</div>").title()).isEqualTo("Library plan agreed");
        assertThat(extractAt(url, "<title>Library plan agreed | Town Notes</title>", "<div>" + BODY + "</div>")
                .title()).isEqualTo("Library plan agreed");
        assertThat(extractAt("https://web.archive.org/web/20140226054445/http://www.town-notes.example/plan/",
                "<title>Town Notes \u00bb Library plan agreed</title>", "<div>" + BODY + "</div>").title())
                .isEqualTo("Library plan agreed");
        assertThat(extractAt("https://www.library.example/plan/", "<title>Library plan agreed</title>",
                "<div>" + BODY + "</div>").title()).isEqualTo("Library plan agreed"); // a headline naming the host
    }

    @Test
    void aHeadingThatCopiesTheWholeTitleWithTheSiteNameIsNotTheHeadline() {
        Article article = extractAt("https://www.town-notes.example/plan/",
                "<title>Library plan agreed | Town Notes</title>"
                        + "<meta property=\"og:title\" content=\"Library plan agreed\">",
                "<header><h1 class=\"visually-hidden\">Library plan agreed | Town Notes</h1></header>"
                        + "<article><h2>Library plan agreed</h2>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Library plan agreed");
    }

    @Test
    void aDateAndATimeInAdjacentInlineElementsDoNotRunTogether() {
        Article article = extract("<title>Library plan agreed</title>", "<article><h1>Library plan agreed</h1>"
                + "<div class=\"post-date\"><span>28.09.19</span><span>12:44</span></div>" + BODY + "</article>");
        assertThat(article.published()).isEqualTo("2019-09-28");
    }

    @Test
    void aDateLineUnderTheHeadlineAndATimeElementOutvoteAMetaTag() {
        Article article = extract("<title>Library plan agreed</title><meta name=\"date\" content=\"2022-01-15\">",
                "<article><header><h1>Library plan agreed</h1><p class=\"meta-info\">25.01.2022 15:34</p>"
                        + "<time datetime=\"2022-01-25\">25 January</time></header>" + BODY + "</article>");
        assertThat(article.published()).isEqualTo("2022-01-25");
    }

    @Test
    void datesInTheCommentsDoNotVote() {
        Article article = extract("<title>Library plan agreed</title>"
                        + "<meta property=\"article:published_time\" content=\"2012-06-30T10:00:00+00:00\">",
                "<article><h1>Library plan agreed</h1>" + BODY + "</article><div id=\"comments\"><div class=\"comment\">"
                        + "<time datetime=\"2014-01-15T23:36:38+01:00\">15 January 2014</time>"
                        + "<div class=\"comment-metadata\">15.01.2014</div><p>Well said.</p></div></div>");
        assertThat(article.published()).isEqualTo("2012-06-30T10:00:00+00:00");
    }

    @Test
    void theOnlyHeadingThatContinuesTheMetadataHeadlineIsTheTitle() {
        assertThat(extract("<title>Lemon cake from the tray | Baking Joy</title>",
                "<article><h1>Lemon cake from the tray: simply delicious!</h1>" + BODY + "</article>").title())
                .isEqualTo("Lemon cake from the tray: simply delicious!");
        assertThat(extract("<title>Lemon cake from the tray | Baking Joy</title>",
                "<article><h1>Lemon cake from the tray 02.02.2022 \u2022 Recipes</h1>" + BODY + "</article>").title())
                .isEqualTo("Lemon cake from the tray");
        assertThat(extract("<title>Chronicle: Library plan agreed | Town Notes</title>",
                "<article><h1>Today: Chronicle: Library plan agreed</h1>" + BODY + "</article>").title())
                .isEqualTo("Chronicle: Library plan agreed");
    }

    @Test
    void aSiteNameHeadingInTheHeaderDoesNotHideTheArticlesOnlyHeading() {
        Article article = extract("<title>Minions painted with stencils - with roller and paint</title>",
                "<header class=\"site-header\"><h1>Papa Blog</h1></header><article><h1>Minions painted with stencils"
                        + " \u2013 with a roller and bright paint</h1>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Minions painted with stencils \u2013 with a roller and bright paint");
    }

    @Test
    void aHeadingIsNotAKickerPlusTheTitleWhenTheTitleIsOnlyTheEndOfOneOfItsWords() {
        Article article = extract("<title>Geschichte - Town Choir</title>",
                "<article><h1>Chorgeschichte</h1>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Chorgeschichte");
    }

    @Test
    void aHeadingThatMerelyContainsTheTitleHeadInItsSentenceIsTheTitle() {
        assertThat(extract("<title>Witch hazel in winter \u00bb When does it bloom?</title>",
                "<article><h1>How do I care for my witch hazel in winter?</h1>" + BODY + "</article>").title())
                .isEqualTo("How do I care for my witch hazel in winter?");
        assertThat(extract("<title>Yoghurt | Dairy Farm</title>",
                "<article><h1>Our lactose-free yoghurts</h1>" + BODY + "</article>").title())
                .isEqualTo("Our lactose-free yoghurts");
        assertThat(extract("<title>Cyber attacks: spend a fifth on security - Trade Mag</title>",
                "<article><h1><span>Investing in security</span> Cyber attacks: spend a fifth on security</h1>" + BODY
                        + "</article>").title()).isEqualTo("Cyber attacks: spend a fifth on security");
    }

    @Test
    void aDateLineUnderTheHeadlineBeatsATeaserDateAboveIt() {
        Article article = extract("<title>Library plan agreed</title>",
                "<div class=\"news\"><span class=\"news-date\">04.11.2021</span> Other story</div>"
                        + "<article><h1>Library plan agreed</h1><span class=\"date\">12.11.2021</span>" + BODY
                        + "</article>");
        assertThat(article.published()).isEqualTo("2021-11-12");
    }

    @Test
    void aDateLineAboveTheHeadlineIsTakenWhenNoneFollowsIt() {
        Article article = extract("<title>Library plan agreed</title>",
                "<span class=\"date\">03.11.2021</span><span class=\"date\">12.11.2021</span>"
                        + "<article><h1>Library plan agreed</h1>" + BODY + "</article>");
        assertThat(article.published()).isEqualTo("2021-11-12");
    }

    @Test
    void teaserAndRelatedDatesAreOtherPages() {
        Article article = extract("<title>Library plan agreed</title>",
                "<h1>Library plan agreed</h1><div class=\"teaser__text\"><span class=\"date\">16.02.2022</span>"
                        + "</div><ul class=\"vw-related-posts\"><li class=\"post-date\">17.02.2022</li></ul>"
                        + "<nav><span class=\"date\">18.02.2022</span></nav>"
                        + "<div class=\"no-sidebars\"><p class=\"post-meta\">Posted 02.11.2021</p>" + BODY
                        + "</div>");
        assertThat(article.published()).isEqualTo("2021-11-02");
    }

    @Test
    void aTitlePushedIntoTheBodyByOutputBeforeTheHtmlIsStillThePageTitle() {
        String html = "<b>Warning</b>: Creating default object in classes.php on line 407\n<html><head>"
                + "<script>var doc = '<title>' + name + '</title>';</script>"
                + "<title>Malaga, a lively city in the south</title></head><body>"
                + "<div class=\"sidebar\"><h2 class=\"cat\">General</h2></div>"
                + "<div class=\"post\"><h2 class=\"post_name\">Malaga, a lively city in the south</h2>" + BODY
                + "</div><svg><title>Logo</title></svg></body></html>";
        Article article = Extractors.standard().extract(
                new RawDocument("page.html", ContentType.HTML, html, DocumentHints.NONE));
        assertThat(article.title()).isEqualTo("Malaga, a lively city in the south");
        assertThat(extract("", "<svg><title>Logo</title></svg><article><h2>Library plan agreed</h2>" + BODY
                + "</article>").title()).as("an SVG's title names the picture, not the page")
                .isNotEqualTo("Logo");
    }

    @Test
    void aFirstHeadingThatMicrodataNamesTheHeadlineBeatsATitleThatSaysSomethingElse() {
        String head = "<title>Writing style - Studio North - Web design</title>";
        assertThat(extract(head, "<div itemscope itemtype=\"https://schema.org/Article\"><h2 itemprop=\"headline\">"
                + "Write for the people who read you</h2>" + BODY + "</div>").title())
                .isEqualTo("Write for the people who read you");
        assertThat(extract(head, "<div><h2>Write for the people who read you</h2>" + BODY + "</div>").title())
                .as("an unmarked h2 is not enough").isEqualTo("Writing style");
    }

    @Test
    void aHeadingAgreesWithAMetadataTitleThatOnlyAddsAnAsideInBrackets() {
        String head = "<title>The historic somersault (2021/5): Town Notes</title>"
                + "<meta property=\"og:title\" content=\"The historic somersault (2021/5)\">";
        assertThat(extract(head, "<div class=\"sidebar\"><h2>Latest issues</h2></div><article>"
                + "<h2 class=\"\">The historic somersault</h2>" + BODY + "</article>").title())
                .isEqualTo("The historic somersault");
        assertThat(extract(head, "<article><h2>The somersault</h2>" + BODY + "</article>").title())
                .as("the words before the aside must be the heading's").isEqualTo("The historic somersault (2021/5)");
    }

    @Test
    void aHeadingThatRepeatsTheLaterPartsOfTheTitleIsTheSectionNotTheHeadline() {
        Article article = extract("<title>Enchufla figures - Salsa figures - Rueda in Berlin</title>",
                "<h1>Salsa figures - Rueda in Berlin</h1><div class=\"content\">" + BODY + "</div>");
        assertThat(article.title()).isEqualTo("Enchufla figures");
    }

    @Test
    void theHeadingOfANewsletterBoxIsNotASecondHeadline() {
        String head = "<title>Gift guide | Town Notes | Discover now!</title>";
        String box = "<div class=\"newsletter_teaser_block\"><h1>Love in your inbox: our newsletter!</h1></div>";
        assertThat(extract(head, "<article class=\"post category-no-newsletter\"><h1>My cosy home gift guide</h1>"
                + BODY + "</article>" + box).title()).isEqualTo("My cosy home gift guide");
        assertThat(extract(head, "<div class=\"post\"><h1>My cosy home gift guide</h1>" + BODY + "</div>"
                + "<div class=\"promo\"><h1>Love in your inbox: our newsletter!</h1></div>").title())
                .as("two headings of equal standing: neither is taken").isEqualTo("Gift guide");
    }

    @Test
    void theHeadlinePartOfAHeadingLeavesTheLabelAroundItOut() {
        Article article = extract("<meta property=\"og:title\" content=\"Budget, libraries: Council cuts funds\">",
                "<article><h1><span class=\"fake-h5\">Budget – libraries</span><span class=\"invisible\">: </span>"
                        + "<span class=\"headline\">Council cuts funds, readers protest</span></h1>" + BODY
                        + "</article>");
        assertThat(article.title()).isEqualTo("Council cuts funds, readers protest");
        assertThat(extract("", "<article><h1><span class=\"headlines-label\">Budget</span> Council cuts funds</h1>"
                + BODY + "</article>").title()).as("only the class word 'headline' marks the part")
                .isEqualTo("Budget Council cuts funds");
    }

    @Test
    void aTitleWithNothingAfterItsSeparatorNamesNoPage() {
        Article article = extract("<title>Rail Enquiries -</title>",
                "<h1 class=\"logo\"></h1><div class=\"content\"><h2>Replacement buses: travel advice</h2>" + BODY
                        + "</div>");
        assertThat(article.title()).isEqualTo("Replacement buses: travel advice");
        assertThat(extract("<title>« Privatisation serves private interests »</title>",
                "<div>" + BODY + "</div>").title()).as("a closing guillemet is no separator")
                .isEqualTo("« Privatisation serves private interests »");
    }

    @Test
    void aHeaderWithoutNavigationOrLogoHeadsContentAndItsHeadingMayBeTheHeadline() {
        String head = "<meta property=\"og:title\" content=\"Hazardous goods service\">";
        assertThat(extract(head, "<div class=\"frame\"><header class=\"frame-header\"><h1>Managing hazardous goods "
                + "for makers and importers</h1></header>" + BODY + "</div>").title())
                .isEqualTo("Managing hazardous goods for makers and importers");
        assertThat(extract(head, "<header><img src=\"/img/logo.svg\" alt=\"\"><h1>Qualis Services</h1></header>"
                + "<div class=\"frame\">" + BODY + "</div>").title()).as("a header with the logo is the site's")
                .isEqualTo("Hazardous goods service");
    }

    @Test
    void theOnlyHeadingWithAKickerBeforeAMetadataTitleGivesThatTitleNotAnother() {
        Article article = extract("<title>Vaccination stays possible everywhere until February</title>"
                        + "<meta property=\"og:title\" content=\"Press releases\">",
                "<article><h1><span class=\"label\">Press release of the health department</span> "
                        + "Vaccination stays possible everywhere until February</h1>" + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Vaccination stays possible everywhere until February");
    }

    @Test
    void aPartOfTheHeadingSetSmallerThanTheRestIsAKicker() {
        Article article = extract("<title>Energy initiative - free power check | Green Building</title>",
                "<article><h1><span class=\"h1small\">Energy initiative</span> Free power check for households</h1>"
                        + BODY + "</article>");
        assertThat(article.title()).isEqualTo("Free power check for households");
    }
}
