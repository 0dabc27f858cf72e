package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.corroborate.api.Article;
import org.corroborate.api.BadInputException;
import org.corroborate.api.ContentType;
import org.corroborate.api.DocumentHints;
import org.corroborate.api.RawDocument;
import org.junit.jupiter.api.Test;

class HtmlExtractionTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <title>Harbour bridge reopens after repairs | The Coastal Gazette</title>
            <meta property="og:title" content="Harbour bridge reopens after repairs | The Coastal Gazette">
            <meta property="og:url" content="https://gazette.example/news/bridge?utm_source=tw&amp;id=7&amp;fbclid=x">
            <link rel="canonical" href="https://Gazette.example/news/bridge?utm_campaign=a&amp;page=2&amp;gclid=9#top">
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
             {"@type":"NewsArticle","headline":"Harbour bridge reopens after repairs",
              "datePublished":"2024-03-05T09:30:00Z","dateModified":"2024-03-06",
              "author":[{"@type":"Person","name":"By Mira Holt"},{"@type":"Person","name":"Tom\\u00e1s Reyes"},
                        {"@type":"Organization","name":"Gazette Staff"}],
              "publisher":{"@id":"#org"}},
             {"@type":"NewsMediaOrganization","@id":"#org","name":"The Coastal Gazette"}]}
            </script>
            <script>var tracking = "a long script that is no article text, really, not at all";</script>
            </head>
            <body>
            <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
            <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
            <main>
            <article class="story">
            <h1>Harbour bridge reopens after repairs</h1>
            <div class="article-meta"><span class="byline">By Mira Holt</span> <time datetime="2024-03-05">5 March</time></div>
            <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
            <figure><img src="b.jpg"><figcaption>The bridge at dawn, seen from the north pier.</figcaption></figure>
            <div class="article-body">
            <p>The old harbour bridge reopened to traffic on Tuesday morning, eleven months after
               engineers closed it over fears that its steel cables had corroded.</p>
            <p>Crews replaced 140 cables, repainted the towers and resurfaced the deck, the council said.</p>
            <div class="ad-slot">Advertisement <a href="#">Buy a boat today</a></div>
            <h2>Traffic relief</h2>
            <p>Commuters who had faced a long detour welcomed the news. "It has been a long year," said a ferry worker.</p>
            <blockquote><p>We expect the bridge to serve the town for another fifty years.</p></blockquote>
            <ul><li>Cyclists get a new protected lane on the east side.</li><li>Heavy lorries remain banned.</li></ul>
            <p>Read more: <a href="/a">Council budget</a> <a href="/b">Port expansion plans</a></p>
            <div class="newsletter-signup"><p>Sign up for our morning newsletter and get the news in your inbox.</p></div>
            <p>The council will hold a public meeting on the next phase of repairs in April.</p>
            </div>
            <section id="comments"><h3>Comments (3)</h3><p>Great news, finally, after all this time and money!</p></section>
            </article>
            <aside class="related"><h3>Related</h3><ul><li><a href="/x">Pier closes for winter</a></li></ul></aside>
            </main>
            <footer><p>Contact us, jobs, terms and conditions, privacy policy, all in one place.</p></footer>
            </body></html>
            """;

    private static Article extract(String html, DocumentHints hints) {
        return Extractors.standard().extract(new RawDocument("pages/bridge.html", ContentType.HTML, html, hints));
    }

    @Test
    void bodyIsTheArticleOnly() {
        Article article = extract(PAGE, DocumentHints.NONE);
        assertThat(article.paragraphs()).extracting(s -> s.text()).containsExactly(
                "The old harbour bridge reopened to traffic on Tuesday morning, eleven months after engineers closed"
                        + " it over fears that its steel cables had corroded.",
                "Crews replaced 140 cables, repainted the towers and resurfaced the deck, the council said.",
                "Traffic relief",
                "Commuters who had faced a long detour welcomed the news. \"It has been a long year,\" said a ferry"
                        + " worker.",
                "We expect the bridge to serve the town for another fifty years.",
                "Cyclists get a new protected lane on the east side.",
                "Heavy lorries remain banned.",
                "The council will hold a public meeting on the next phase of repairs in April.");
        assertThat(article.text()).doesNotContain("\n\n\n").doesNotContain("Harbour bridge reopens")
                .doesNotContain("cookies").doesNotContain("Share").doesNotContain("Advertisement")
                .doesNotContain("newsletter").doesNotContain("Great news").doesNotContain("Pier closes")
                .doesNotContain("north pier").doesNotContain("Read more").doesNotContain("tracking");
    }

    @Test
    void metadataComesFromJsonLdOpenGraphAndLinks() {
        Article article = extract(PAGE, DocumentHints.NONE);
        assertThat(article.title()).isEqualTo("Harbour bridge reopens after repairs");
        assertThat(article.outlet()).isEqualTo("The Coastal Gazette");
        assertThat(article.byline()).containsExactly("Mira Holt", "Tom\u00e1s Reyes");
        assertThat(article.published()).isEqualTo("2024-03-05T09:30:00Z");
        assertThat(article.modified()).isEqualTo("2024-03-06");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.canonicalUrl()).isEqualTo("https://gazette.example/news/bridge?page=2");
        assertThat(article.url()).startsWith("https://gazette.example/news/bridge?utm_source=tw");
        assertThat(article.id()).matches("a[0-9a-f]{12}").isEqualTo(extract(PAGE, DocumentHints.NONE).id());
        assertThat(article.source()).isEqualTo("pages/bridge.html");
    }

    @Test
    void hintsWin() {
        DocumentHints hints = new DocumentHints("given-id", "https://other.example/x?fbclid=1", "Given title",
                "Given Outlet", List.of("Ann Lee"), "2024-01-01", "de");
        Article article = extract(PAGE, hints);
        assertThat(article.id()).isEqualTo("given-id");
        assertThat(article.title()).isEqualTo("Given title");
        assertThat(article.outlet()).isEqualTo("Given Outlet");
        assertThat(article.byline()).containsExactly("Ann Lee");
        assertThat(article.published()).isEqualTo("2024-01-01");
        assertThat(article.language()).isEqualTo("de");
        assertThat(article.url()).isEqualTo("https://other.example/x?fbclid=1");
    }

    @Test
    void fallbacksWithoutStructuredData() {
        String html = """
                <html><head><title>Night market returns to the old square - Riverside Times</title>
                <meta name="application-name" content="Riverside Times"></head>
                <body><div id="menu"><a href="/">Home</a></div>
                <div class="content"><h1>Night market returns to the old square</h1>
                <p>By Lena Ortiz and Sam Park</p>
                <p>The night market came back to the old square on Friday, with sixty stalls, two bands and a queue
                that wound around the fountain, the organisers said.</p>
                <p>Traders said the rent was fair this year, and most of them plan to return in the autumn.</p>
                <p>&copy; Riverside Wire Service</p>
                </div></body></html>
                """;
        Article article = Extractors.standard().extract(new RawDocument("https://news.example/2023/09/01/market",
                ContentType.HTML, html, new DocumentHints(null, "https://news.example/2023/09/01/market?utm_medium=x",
                null, null, List.of(), null, null)));
        assertThat(article.title()).isEqualTo("Night market returns to the old square");
        assertThat(article.outlet()).isEqualTo("Riverside Times");
        assertThat(article.byline()).containsExactly("Lena Ortiz", "Sam Park");
        assertThat(article.published()).isEqualTo("2023-09-01");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.canonicalUrl()).isEqualTo("https://news.example/2023/09/01/market");
        assertThat(article.credits()).containsExactly("\u00a9 Riverside Wire Service");
        assertThat(article.text()).startsWith("The night market came back").endsWith("in the autumn.")
                .doesNotContain("Lena Ortiz");
    }

    @Test
    void outletFromTitleSuffixAndUnknownOtherwise() {
        String body = "<p>A quiet day ended with a small fire in the bakery on Mill Lane, which the crew put out "
                + "within minutes, the fire service said.</p>";
        Article suffixed = extract("<html><head><title>Small fire at bakery | Valley Post</title></head><body>" + body
                + "</body></html>", DocumentHints.NONE);
        assertThat(suffixed.outlet()).isEqualTo("Valley Post");
        assertThat(suffixed.title()).isEqualTo("Small fire at bakery");
        Article bare = extract("<html><body>" + body + "</body></html>", DocumentHints.NONE);
        assertThat(bare.outlet()).isEqualTo("unknown: bridge.html");
        assertThat(bare.title()).isNull();
    }

    @Test
    void deepNestingDoesNotOverflow() {
        int depth = 20_000;
        String html = "<html><body>" + "<div>".repeat(depth)
                + "<p>Deep inside the page, this sentence survives, as it should, without any trouble.</p>"
                + "</div>".repeat(depth) + "</body></html>";
        Article article = extract(html, DocumentHints.NONE);
        assertThat(article.text()).isEqualTo(
                "Deep inside the page, this sentence survives, as it should, without any trouble.");
    }

    @Test
    void jsonLdArticleBodyIsAFallback() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Dam opens","articleBody":"The new dam opened on Monday, the ministry said.\\nIt will power ten thousand homes."}
                </script></head><body><div id="app"></div></body></html>
                """;
        Article article = extract(html, DocumentHints.NONE);
        assertThat(article.text()).isEqualTo("The new dam opened on Monday, the ministry said.\n\n"
                + "It will power ten thousand homes.");
        assertThat(article.warnings()).anyMatch(w -> w.contains("JSON-LD"));
    }

    @Test
    void noTextIsBadInput() {
        RawDocument empty = new RawDocument("empty.html", ContentType.HTML,
                "<html><body><nav><a href='/'>Home</a></nav></body></html>", DocumentHints.NONE);
        assertThatThrownBy(() -> Extractors.standard().extract(empty)).isInstanceOf(BadInputException.class)
                .hasMessage("empty.html: no article text found");
        assertThat(Extractors.explain(empty)).last().isEqualTo("error: no article text found");
    }

    @Test
    void explainNamesRemovedElements() {
        List<String> lines = Extractors.explain(new RawDocument("p.html", ContentType.HTML, PAGE, DocumentHints.NONE));
        assertThat(lines).anyMatch(l -> l.startsWith("removed: element <div> (class/id \"share\"): Share on Facebook"));
        assertThat(lines).anyMatch(l -> l.startsWith("removed: element <section> (class/id \"comments\")"));
        assertThat(lines).anyMatch(l -> l.startsWith("removed: mostly links: Read more"));
        assertThat(lines).allMatch(l -> l.startsWith("removed: "));
    }

    @Test
    void aLongHiddenCookieDialogIsNeverTheArticle() {
        String consent = "<p>We may request cookies to be set on your device, to tell us when you visit our websites, "
                + "how you interact with us, and to enrich your user experience on every page you read.</p>";
        String html = "<html><body><div class=\"post\"><h1>Cells plant grows</h1><p>The plant in Spring Hill will "
                + "grow from 35 to 50 gigawatt hours a year, the joint venture said on Tuesday.</p>"
                + "<p>Production is due to start at the end of next year, after a second investment.</p></div>"
                + "<div class=\"site-cookie-consent-wrap\" aria-hidden=\"true\"><div class=\"modal\">"
                + consent.repeat(6) + "</div></div></body></html>";
        Article article = extract(html, DocumentHints.NONE);
        assertThat(article.text()).contains("Spring Hill").doesNotContain("cookies");
    }

    @Test
    void aHeadingWhoseAnchorIdHoldsAFurnitureWordIsKept() {
        String html = "<html><body><article><p>" + "The council met on Tuesday and agreed the budget. ".repeat(4)
                + "</p><h3 id=\"nav_only_the_film_remains_1\">Only the film remains</h3><p>"
                + "The recycling step leaves nothing but the thin film behind, the engineers said. ".repeat(3)
                + "</p></article></body></html>";
        assertThat(extract(html, DocumentHints.NONE).paragraphs()).extracting(p -> p.text())
                .contains("Only the film remains");
    }

    /** Two paragraphs of article body about a town budget, long enough to be the page's main content. */
    private static String budgetParagraphs() {
        return "<p>" + "The council met on Tuesday and agreed the budget for the new harbour works. ".repeat(4)
                + "</p><p>" + "Work will start in May and should end before the winter storms arrive. ".repeat(3)
                + "</p>";
    }

    @Test
    void theLeadParagraphBetweenHeadlineAndBodyIsKeptButNotTheDek() {
        String body = budgetParagraphs();
        String html = "<html><body><header class=\"site\"><p>Welcome to the Coastal Gazette, your town's paper since"
                + " 1901.</p></header><main><article><header class=\"article-header\"><h1>Budget agreed</h1>"
                + "<h2 class=\"sub-headline\">A long night in the town hall ends with a vote.</h2>"
                + "<p class=\"intro\">After six hours of debate, the council approved the harbour budget by nine votes"
                + " to four.</p></header><div class=\"article-body\">" + body + "</div></article></main></body></html>";
        Article article = extract(html, DocumentHints.NONE);
        assertThat(article.paragraphs()).extracting(p -> p.text()).first().asString()
                .startsWith("After six hours of debate");
        assertThat(article.text()).contains("Work will start in May").doesNotContain("A long night")
                .doesNotContain("Welcome to the Coastal Gazette");
    }

    @Test
    void hiddenLabelsResponsiveClassesAndNoscriptContentDoNotHideTheText() {
        String sentence = "The council met on Tuesday and agreed the budget for the new harbour works. ";
        String html = "<html><body><article>"
                + "<div class=\"field field--label-hidden\"><p>" + sentence.repeat(3) + "</p></div>"
                + "<div class=\"hidden-xs\"><p>Work will start in May and should end before the winter storms.</p></div>"
                + "<div class=\"d-none d-print-block\"><p>Citation: Budget agreed, retrieved from the Gazette.</p></div>"
                + "<div class=\"print-button\"><a href=\"#\">Print</a></div>"
                + "<div class=\"hidden\"><p>This text is hidden until a reader opens the gallery.</p></div>"
                + "</article></body></html>";
        Article article = extract(html, DocumentHints.NONE);
        assertThat(article.text()).contains("agreed the budget", "Work will start in May")
                .doesNotContain("Citation", "Print", "gallery");

        String scripted = "<html><body><div class=\"post\"><h1>Budget agreed</h1><noscript><div class=\"body\"><p>"
                + sentence.repeat(4) + "</p><p>" + sentence.repeat(3) + "</p></div></noscript>"
                + "<noscript><img src=\"pixel.gif\"> Please enable JavaScript.</noscript></div></body></html>";
        assertThat(extract(scripted, DocumentHints.NONE).text()).contains("agreed the budget")
                .doesNotContain("enable JavaScript");
    }

    @Test
    void textWrittenBesideBlocksMakesItsBlockTheContainer() {
        StringBuilder links = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            links.append("<li><a href=\"/archive/").append(i).append("\">Archive month number ").append(i)
                    .append("</a></li>");
        }
        String html = "<html><body><div class=\"row\"><div class=\"col-3\"><ul>" + links + "</ul></div>"
                + "<div class=\"col-9\"><p class=\"titulo\">Budget agreed</p><small>05/10/2018 - Town hall</small>"
                + "<br>The council met on Tuesday, after a long night of debate, and agreed the budget for the new"
                + " harbour works, the mayor said.<br><br>Work will start in May, weather permitting, and should end"
                + " before the winter storms arrive.<br><div class=\"share\"><a href=\"#\">Facebook</a></div></div>"
                + "</div><div class=\"bottom\"><div><div>Town hall - Harbour Street 1, 1234 Harbourtown, phone"
                + " (012) 345 6789</div></div></div></body></html>";
        Article article = extract(html, DocumentHints.NONE);
        assertThat(article.text()).contains("agreed the budget", "Work will start in May")
                .doesNotContain("Harbour Street", "Archive month");
    }

    @Test
    void rubyAnnotationsAreNotText() {
        String html = "<html><body><article><p>" + "<ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもを守る法律ができました。".repeat(6)
                + "</p></article></body></html>";
        assertThat(extract(html, DocumentHints.NONE).text()).startsWith("子どもを守る法律ができました。").doesNotContain("こ");
    }

    @Test
    void anH2HoldingThePageTitleHeadsTheLeadWhenNoH1Does() {
        String body = budgetParagraphs();
        String html = "<html><head><title>Budget agreed after a long night - Coastal Gazette</title></head><body>"
                + "<div class=\"page\"><div class=\"top\"><div class=\"head\"><h2>Budget agreed after a long night</h2>"
                + "<p>After six hours of debate, the council approved the harbour budget by nine votes to four.</p>"
                + "</div></div><div class=\"main\"><div class=\"article-body\">" + body + body + "</div></div></div>"
                + "</body></html>";
        Article article = extract(html, DocumentHints.NONE);
        assertThat(article.paragraphs()).extracting(p -> p.text()).first().asString()
                .startsWith("After six hours of debate");

        String untitled = html.replace("<h2>Budget agreed after a long night</h2>", "<h2>More from the town</h2>");
        assertThat(extract(untitled, DocumentHints.NONE).text()).doesNotContain("After six hours of debate");
    }

    @Test
    void aBylineUnderTheLeadIsMetadata() {
        String html = "<html><head><title>Budget agreed</title></head><body><article><h1>Budget agreed</h1>"
                + "<p class=\"lead\">After six hours of debate, the council approved the harbour budget by nine votes"
                + " to four.</p><div class=\"body\"><p>By Mira Holt</p><p>"
                + "The council met on Tuesday and agreed the budget for the new harbour works. ".repeat(4)
                + "</p></div></article></body></html>";
        Article article = extract(html, DocumentHints.NONE);
        assertThat(article.byline()).containsExactly("Mira Holt");
        assertThat(article.text()).contains("After six hours of debate").doesNotContain("By Mira Holt");
    }

    @Test
    void anArticleSplitIntoSeveralContainersIsTakenWhole() {
        String[] parts = {"The council met on Tuesday, after a long night of debate, and agreed the budget for the new"
                + " harbour works, the mayor said.", "Work will start in May, weather permitting, and should end before"
                + " the winter storms arrive, the engineers said.", "The old quay, built in 1890, will be repaired first,"
                + " then the breakwater, and finally the ferry landing.", "Local shops, hotels and the sailing club,"
                + " which lose trade during the works, will get a small grant, the council added."};
        StringBuilder chunks = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            // each chunk is named apart, so none is a twin of another
            chunks.append("<div class=\"richtext column\"><div id=\"anchor").append(i).append("\" class=\"rte-").append(i)
                    .append("\"><h2>Step</h2><p>").append((parts[i] + " ").repeat(3)).append("</p></div></div>");
        }
        String html = "<html><body><main><div class=\"row\"><div class=\"intro\"><h1>Harbour works</h1><p>"
                + "The harbour, which is a hundred years old, gets new quays, a new breakwater, and a new landing.</p>"
                + "</div><div><div class=\"grid\">" + chunks + "</div></div></div></main></body></html>";
        Article article = extract(html, DocumentHints.NONE);
        assertThat(article.text()).contains("agreed the budget", "Work will start in May", "The old quay",
                "Local shops");
    }

    @Test
    void aBlockHeadedAsAListOfOtherPagesIsDropped() {
        // the teasers are long sentences, so the line rules alone would keep them: the heading drops the block
        String html = """
                <html><head><title>Ferry timetable changes in May</title></head><body><div class="post">
                <p>The island ferry will leave the harbour half an hour earlier from the first of May, the operator
                said on Friday, so that commuters can reach the mainland trains in time for the morning shift.</p>
                <p>The last boat of the evening keeps its old time, and the fares stay the same until the autumn, when
                the operator will review them together with the harbour board and the island council.</p>
                <p>Season tickets bought before May remain valid, and the operator will refund the difference to
                anyone who bought a ticket for a crossing that no longer exists under the new timetable.</p>
                <p>Islanders had asked for the change for years, the harbour master said, because the first train
                to the city used to leave before the ferry arrived, and many of them had to drive round the bay
                instead, which took twice as long and cost far more than the crossing itself.</p>
                <p>The operator expects more passengers on the early boat and will add a second deck crew in the
                mornings, paid from the savings of a quieter midday sailing that will run only on weekdays.</p>
                <div class="more"><h3>Você pode gostar...</h3>
                <div><p>The night market returns to the old square this summer, with more stalls than ever before and a
                band playing every Saturday evening from the start of June until the end of the season in September.</p></div>
                <div><p>After forty years on the rock, the lighthouse keeper hands the lamp to an automatic system and
                moves to the mainland to live near his daughter and grandchildren, who run a bakery there.</p></div>
                <div><p>The town band celebrates its hundredth year with a concert on the pier, where it first played
                in the summer of its founding year, and every former member has been invited to join in.</p></div>
                </div>
                </div></body></html>
                """;
        Article article = extract(html, DocumentHints.NONE);
        assertThat(article.text()).contains("half an hour earlier", "keeps its old time", "Season tickets")
                .doesNotContain("night market", "lighthouse keeper", "town band");
    }
}
