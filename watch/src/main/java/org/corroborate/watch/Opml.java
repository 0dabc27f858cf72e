package org.corroborate.watch;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads the feed URLs of an OPML subscription list (every {@code outline} with an {@code xmlUrl}). Stateless. */
public final class Opml {

    private Opml() {
    }

    /**
     * @throws IllegalArgumentException when the document is not OPML
     */
    public static List<String> feedUrls(String xml) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        if (doc.getElementsByTag("opml").isEmpty()) {
            throw new IllegalArgumentException("not an OPML document (no <opml> element)");
        }
        List<String> urls = new ArrayList<>();
        for (Element outline : doc.getElementsByTag("outline")) {
            String url = outline.attr("xmlUrl").strip();
            if (!url.isEmpty() && !urls.contains(url)) {
                urls.add(url);
            }
        }
        return urls;
    }
}
