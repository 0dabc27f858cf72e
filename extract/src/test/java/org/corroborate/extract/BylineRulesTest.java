package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.Article;
import org.corroborate.api.ContentType;
import org.corroborate.api.DocumentHints;
import org.corroborate.api.RawDocument;
import org.junit.jupiter.api.Test;

/** Author rules on small hand-written pages: site and institution names, copyright holders, labels, signatures. */
class BylineRulesTest {

    private static final String BODY = "<p>" + "The council met on Tuesday evening and agreed the plan for the new "
            + "library after a long debate about its cost and the site by the river. ".repeat(4) + "</p>";

    /** A page at {@code address} whose meta author is {@code metaAuthor}, with {@code byline} above the text. */
    private static Article page(String address, String metaAuthor, String byline) {
        String html = "<html><head><link rel=\"canonical\" href=\"" + address + "\">"
                + "<meta name=\"author\" content=\"" + metaAuthor + "\"></head><body><article>"
                + "<h1>Library plan agreed</h1>" + byline + BODY + "</article></body></html>";
        return Extractors.standard().extract(new RawDocument("page.html", ContentType.HTML, html, DocumentHints.NONE));
    }

    @Test
    void aHostNameIsNoAuthorAndThePagesBylineIsReadInstead() {
        Article article = page("https://www.stadtblatt.de/news/1", "stadtblatt.de",
                "<p class=\"byline\">Von Erika Muster</p>");
        assertThat(article.byline()).containsExactly("Erika Muster");
    }

    @Test
    void aNameOfSeveralWordsThatTheHostNamesIsTheSitesNotAPersons() {
        Article article = page("https://www.stadtpost.at/politik/1", "Die STADTPOST",
                "<p class=\"byline\">Von Erika Muster</p>");
        assertThat(article.byline()).containsExactly("Erika Muster");
    }

    @Test
    void aNameThatTheHostAbbreviatesIsThePublisher() {
        Article article = page("https://www.rw.com/en/a-1", "Rheinische Welle", "");
        assertThat(article.byline()).isEmpty();
    }

    @Test
    void anInstitutionIsNoAuthorEvenWhenItsNameHoldsAnAnd() {
        assertThat(page("https://www.muster.de/1", "Hanns-Muster-Stiftung e.V.",
                "<p class=\"byline\">Von Erika Muster</p>").byline()).containsExactly("Erika Muster");
        assertThat(Bylines.clean(List.of("Landesanstalt f\u00fcr Wald und Forstwirtschaft - LWF"), null)).isEmpty();
        assertThat(Bylines.clean(List.of("Deutscher Musterverband e. V."), null)).isEmpty();
    }

    @Test
    void aLabelWithAPluralMarkIsNoName() {
        assertThat(Bylines.clean(List.of("Auteur(s) :"), null, Bylines.Source.POST_META)).isEmpty();
        assertThat(Bylines.clean(List.of("Autor(in):"), null, Bylines.Source.POST_META)).isEmpty();
    }

    @Test
    void theOwnersNameOnTheirOwnSiteIsKept() {
        assertThat(page("https://wolfgangmuster.eu/2019/post", "Wolfgang Muster", "").byline())
                .containsExactly("Wolfgang Muster");
        assertThat(page("https://nebelfee.wordpress.com/2019/post", "nebelfee", "").byline())
                .containsExactly("nebelfee");
        assertThat(page("https://heiko-muster.de/laufen", "Heiko", "").byline()).containsExactly("Heiko");
    }

    @Test
    void theCopyrightHolderOfAPersonsOwnSiteIsItsAuthorOfLastResort() {
        String html = "<html><head><meta property=\"og:site_name\" content=\"Erika Muster\"></head><body><article>"
                + "<h1>Library plan agreed</h1>" + BODY + "</article><div class=\"footer-credits\"><p>&copy; 2020 "
                + "<a href=\"/\">Erika Muster</a></p></div></body></html>";
        assertThat(extract(html).byline()).containsExactly("Erika Muster");
    }

    @Test
    void aCopyrightHolderWhoIsNotTheSiteAndAPhotoCreditAreNoAuthors() {
        String other = "<html><head><meta property=\"og:site_name\" content=\"Town Notes\"></head><body><article>"
                + "<h1>Library plan agreed</h1>" + BODY + "</article><footer><p>\u00a9 2020 Max Beispiel</p></footer>"
                + "</body></html>";
        assertThat(extract(other).byline()).isEmpty();
        String credit = "<html><head><meta property=\"og:site_name\" content=\"Erika Muster\"></head><body>"
                + "<article><h1>Library plan agreed</h1><figure><img src=\"a.jpg\"><figcaption><span>\u00a9 Erika "
                + "Muster</span></figcaption></figure>" + BODY + "</article></body></html>";
        assertThat(extract(credit).byline()).isEmpty();
        assertThat(CopyrightNotice.holder(org.jsoup.Jsoup.parse("<footer><p>Copyright (c) 2012- Jane Roe. All rights "
                + "reserved. Design by Studio</p></footer>").body())).contains("Jane Roe");
    }

    @Test
    void aLineOpenedByAnAuthorLabelAndAColonNamesTheAuthor() {
        Article article = extract("<html><body><article><h1>Library plan agreed</h1>" + BODY
                + "<p><strong>Autorin: Erika Muster, Projektleiterin der Stiftung in Tunis.</strong></p>"
                + "</article></body></html>");
        assertThat(article.byline()).containsExactly("Erika Muster");
        assertThat(extract("<html><body><article><h1>Library plan agreed</h1>" + BODY
                + "<div><p>Auteur : Jean Exemple </p><p>Edition : M-A. Autre</p></div></article></body></html>")
                .byline()).containsExactly("Jean Exemple");
    }

    @Test
    void anIllustratorNamedAfterTheAuthorIsNoPartOfTheName() {
        assertThat(extract("<html><body><article><h1>Library plan agreed</h1><p><em>Text von Erika Muster "
                + "Illustration von Max Bild</em></p>" + BODY + "</article></body></html>").byline())
                .containsExactly("Erika Muster");
    }

    @Test
    void anEmphasisedNameRightAfterTheTextSignsTheArticle() {
        assertThat(extract("<html><body><article><h1>Library plan agreed</h1>" + BODY
                + "<p><b><i>Erika Muster</i></b></p></article></body></html>").byline())
                .containsExactly("Erika Muster");
        assertThat(extract("<html><body><article><h1>Library plan agreed</h1>" + BODY
                + "<p align=\"right\">Erika Muster</p></article></body></html>").byline())
                .containsExactly("Erika Muster");
        // a name as a heading of its own, not after text, and a plain paragraph of a name sign nothing
        assertThat(extract("<html><body><article><h1>Library plan agreed</h1><p><strong>Erika Muster</strong></p>"
                + BODY + "<p>Erika Muster</p></article></body></html>").byline()).isEmpty();
    }

    @Test
    void aRoleAfterTheNameALoneWeekdayAndAProfileLinkAreCleaned() {
        assertThat(Bylines.clean(List.of("Erika Muster Chefredakteurin"), null, Bylines.Source.AUTHOR_ELEMENT))
                .containsExactly("Erika Muster");
        assertThat(Bylines.clean(List.of("Donnerstag"), null, Bylines.Source.POST_META)).isEmpty();
        assertThat(Bylines.clean(List.of("Zum Profil von jdoe77 jdoe77"), null, Bylines.Source.POST_META))
                .containsExactly("jdoe77");
        assertThat(Bylines.clean(List.of("R. R."), null, Bylines.Source.AUTHOR_ELEMENT)).containsExactly("R. R.");
    }

    @Test
    void onAPersonalSiteThePublishingPersonMayBeTheAuthor() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"Article\",\"headline\":\"Library plan agreed\",\"author\":{\"@id\":"
                + "\"#me\"},\"publisher\":{\"@id\":\"#me\"}},{\"@type\":[\"Person\",\"Organization\"],\"@id\":"
                + "\"#me\",\"name\":\"Erika Muster\"}]}</script></head><body><article><h1>Library plan agreed</h1>"
                + BODY + "</article></body></html>";
        Article article = extract(html);
        assertThat(article.outlet()).isEqualTo("Erika Muster");
        assertThat(article.byline()).containsExactly("Erika Muster");
    }

    @Test
    void aPostedByLineAndAnUnderscoredMetaClassNameTheAuthor() {
        assertThat(extract("<html><body><article><h1>Library plan agreed</h1><div class=\"postdata\"><span "
                + "class=\"category\">Posted by Erika</span></div>" + BODY + "</article></body></html>").byline())
                .containsExactly("Erika");
        assertThat(extract("<html><body><article><h1>Library plan agreed</h1><div class=\"article_meta_info\">"
                + "<span>new!</span> <span>| By </span> <span>Erika Muster</span> | <time>April 13, 2020</time></div>"
                + BODY + "</article></body></html>").byline()).containsExactly("Erika Muster");
    }

    private static Article extract(String html) {
        return Extractors.standard().extract(new RawDocument("page.html", ContentType.HTML, html, DocumentHints.NONE));
    }
}
