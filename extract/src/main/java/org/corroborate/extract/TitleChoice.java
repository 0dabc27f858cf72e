package org.corroborate.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.corroborate.extract.HeadingElements.headlineText;
import static org.corroborate.extract.HeadingElements.inSignUpBox;
import static org.corroborate.extract.HeadingElements.inSiteHeader;
import static org.corroborate.extract.HeadingElements.isMarkedTitle;
import static org.corroborate.extract.TitleParts.SEPARATOR;
import static org.corroborate.extract.TitleParts.endsWithSiteName;
import static org.corroborate.extract.TitleParts.head;
import static org.corroborate.extract.TitleParts.key;
import static org.corroborate.extract.TitleParts.usable;
import static org.corroborate.extract.TitleParts.withoutHostParts;
import static org.corroborate.extract.TitleParts.withoutSiteName;

/**
 * Chooses a page's headline by agreement between its sources: a visible headline element ({@code <h1>}, an element
 * marked as the entry or article title) wins when it equals one of the parts of the metadata titles (JSON-LD
 * headline, Open Graph or Twitter title, {@code <title>}) split at site-name separators (among equally good ones, the
 * one more metadata titles back, then the longest; the page's one {@code <h1>} instead when it goes on where such a
 * lesser heading stops); otherwise the JSON-LD headline, then the page's first heading when its class names it the
 * title, then the first part of the Open Graph title, then of {@code <title>}, then the first headline element.
 * The text of titles (separators, site-name parts, comparison keys) is {@link TitleParts}' business. Stateless; all
 * methods are pure functions of their arguments.
 */
final class TitleChoice {

    private static final int MAX_HEADLINE_WORDS = 40;
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_HEADLINE_ELEMENTS = 32;
    /** How the rest of a heading that starts with the metadata headline begins when it is the headline's own words. */
    private static final Pattern SUBTITLE_START = Pattern.compile("\\s*(?:[:,!?(\"'\u2013\u2014-]|\\p{L})");
    /** What stands before the metadata headline in a heading when it is a kicker or date: a separator or a digit. */
    private static final Pattern KICKER_BEFORE = Pattern.compile(".*[:|\\-\u2013\u2014\u00bb\u00b7\u2022/]|.*\\d.*");
    /** A site-name separator with nothing after it at the end of a title (not a closing guillemet). */
    private static final Pattern DANGLING_SEPARATOR = Pattern.compile("\\s[|\\-\u2013\u2014\u00b7\u2022~]+\\s*$");
    /** A closing aside in brackets at the end of a title ("(2021/5)", "[Update]"). */
    private static final Pattern TRAILING_ASIDE = Pattern.compile("\\s*(?:\\([^()]*\\)|\\[[^\\[\\]]*\\])\\s*$");
    private static final int EXACT = 4;
    private static final int HEAD = 3;
    private static final int KICKER = 2;
    private static final int WEAK = 1;

    private TitleChoice() {
    }

    /**
     * The chosen title.
     *
     * @param doc        the parsed page, before pruning; not null
     * @param jsonLd     the JSON-LD headline; nullable
     * @param ogTitle    the Open Graph or Twitter title; nullable
     * @param pageTitle  the {@code <title>} text; nullable
     * @param siteName   the site's name (Open Graph or JSON-LD publisher), never a headline; nullable
     * @return the title, or null when the page names none
     */
    static String choose(Document doc, String jsonLd, String ogTitle, String pageTitle, String siteName) {
        ogTitle = withoutBlankHeadline(ogTitle);
        pageTitle = withoutBlankHeadline(pageTitle);
        Headlines read = headlines(doc);
        List<String> headlines = read.candidates();
        HostLabels host = HostLabels.of(doc);
        List<String> metaTitles = new ArrayList<>();
        for (String t : new String[] {jsonLd, ogTitle, pageTitle}) {
            if (usable(t)) {
                metaTitles.add(t);
            }
        }
        String agreed = null;
        int agreedRank = 0;
        int agreedSupport = 0;
        for (String h : headlines) {
            if (usable(siteName) && key(h).equals(key(siteName)) || host.names(h) || endsWithSiteName(h, siteName, host)) {
                continue; // a copy of the whole <title> ("Headline | Site"), often hidden, is not the headline
            }
            int rank = agreement(h, metaTitles, host);
            int support = rank == 0 ? 0 : support(h, metaTitles, host);
            if (rank > agreedRank || rank > 0 && rank == agreedRank && (support > agreedSupport
                    || support == agreedSupport && h.length() > agreed.length())) {
                agreed = h; // a site name may agree too (blogs put it in an h1): the best, the most backed, the longest
                agreedRank = rank;
                agreedSupport = support;
            }
        }
        if (agreed != null && agreedRank > WEAK) {
            String prefix = key(agreed) + " ";
            if (!read.h1Keys().contains(key(agreed)) && read.h1Keys().stream().anyMatch(k -> k.startsWith(prefix))) {
                String single = singleHeading(doc, metaTitles, siteName, host).text();
                if (single != null && key(single).startsWith(prefix) && agreement(single, metaTitles, host) == 0) {
                    return single; // the page's one h1 goes on where a lesser heading and the metadata stop
                }
            }
            return agreed;
        }
        SingleHeading single = singleHeading(doc, metaTitles, siteName, host);
        if (single.text() != null) {
            return single.text();
        }
        if (single.heldTitle() != null) { // the page's one h1 shows a metadata headline with a kicker or site name
            String held = single.heldTitle();
            return held.equals(jsonLd) ? withoutSiteName(held, siteName, host) : head(held, siteName, host);
        }
        if (agreed != null && (metaTitles.isEmpty() || longestPart(agreed, metaTitles))) {
            return agreed; // a later title part ("Section - Headline"), the longest: the headline, not a site name
        }
        if (usable(jsonLd)) {
            return withoutSiteName(jsonLd, siteName, host);
        }
        if (read.marked() != null && !extendsMetadataHead(read.marked(), metaTitles, siteName, host)) {
            return read.marked(); // the page's first heading, its markup names it the title; no metadata title agrees
        }
        for (String t : new String[] {ogTitle, pageTitle}) {
            if (usable(t)) {
                return head(t, siteName, host);
            }
        }
        if (agreed != null) {
            return agreed;
        }
        return headlines.isEmpty() ? null : headlines.get(0);
    }

    /**
     * Null for a title whose headline part is blank ("Rail Enquiries -": the template wrote the site's name and a
     * separator, then nothing), which names no page; else the title.
     */
    private static String withoutBlankHeadline(String title) {
        return title != null && DANGLING_SEPARATOR.matcher(title).find() ? null : title;
    }

    /**
     * How well a visible headline agrees with the metadata titles: {@link #EXACT} when it equals one,
     * {@link #HEAD} when it equals the part before a site-name separator (or that part without a closing aside in
     * brackets), {@link #KICKER} when it equals that part
     * without a leading "Topic:" kicker or without a trailing ": subtitle", {@link #WEAK} when it equals a later part
     * or the later parts together (often a site or section name), 0 when it agrees with none.
     */
    private static int agreement(String headline, List<String> metaTitles, HostLabels host) {
        String key = key(headline);
        int best = 0;
        for (String t : metaTitles) {
            if (key(t).equals(key)) {
                return EXACT;
            }
            String[] parts = withoutHostParts(SEPARATOR.split(t.strip()), host);
            for (int i = 0; i < parts.length; i++) {
                if (key(parts[i]).equals(key)) {
                    best = Math.max(best, i == 0 ? HEAD : WEAK);
                }
            }
            Matcher separator = SEPARATOR.matcher(t.strip());
            while (separator.find()) {
                if (separator.start() > 0 && key(t.strip().substring(0, separator.start())).equals(key)) {
                    best = Math.max(best, HEAD); // the title without its last parts ("Headline – subtitle")
                } else if (separator.start() > 0 && key(t.strip().substring(separator.end())).equals(key)) {
                    best = Math.max(best, WEAK); // the title's last parts together ("Headline - Section - Site")
                }
            }
            String head = parts.length == 0 ? t : parts[0];
            Matcher aside = TRAILING_ASIDE.matcher(head);
            if (aside.find() && aside.start() > 0 && key(head.substring(0, aside.start())).equals(key)) {
                best = Math.max(best, HEAD); // the title with an aside the heading leaves out ("Headline (2021/5)")
            }
            int colon = head.indexOf(": ");
            if (colon > 0 && (key(head.substring(colon + 2)).equals(key) || key(head.substring(0, colon)).equals(key))) {
                best = Math.max(best, KICKER);
            }
        }
        return best;
    }

    /**
     * How many of the metadata titles a visible headline agrees with whole or as their part before the site name
     * ({@link #HEAD} or better; a kicker-stripped match does not count).
     */
    private static int support(String headline, List<String> metaTitles, HostLabels host) {
        int count = 0;
        for (String t : metaTitles) {
            if (agreement(headline, List.of(t), host) >= HEAD) {
                count++;
            }
        }
        return count;
    }

    /** Whether one metadata title holds every word of {@code heading}. */
    private static boolean wordsInMetadata(String heading, List<String> metaTitles) {
        List<String> words = Arrays.asList(WORD_BREAK.split(key(heading)));
        for (String t : metaTitles) {
            Set<String> held = new HashSet<>(Arrays.asList(WORD_BREAK.split(key(t))));
            if (words.stream().allMatch(w -> w.isEmpty() || held.contains(w))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code headline} is, in characters, the longest part of one of the metadata titles. */
    private static boolean longestPart(String headline, List<String> metaTitles) {
        String key = key(headline);
        for (String t : metaTitles) {
            String[] parts = SEPARATOR.split(t.strip());
            int longest = 0;
            boolean present = false;
            for (String part : parts) {
                longest = Math.max(longest, key(part).length());
                present |= key(part).equals(key);
            }
            if (present && key.length() == longest) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the page's one {@code <h1>} says about the title: its text when it is the headline, or the metadata title
     * whose head it holds behind a kicker or before a site name; both null when there is no such heading.
     */
    private record SingleHeading(String text, String heldTitle) {
        static final SingleHeading NONE = new SingleHeading(null, null);
    }

    /**
     * The text of the page's only {@code <h1>} besides those that name the site or sit in its header or navigation (of
     * several, the only one whose every word a metadata title holds), when it is not a later part of a metadata title
     * (a site or section name) and is short enough to be a headline; else null.
     */
    private static SingleHeading singleHeading(Document doc, List<String> metaTitles, String siteName, HostLabels host) {
        List<Element> h1 = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Element e : doc.getElementsByTag("h1")) {
            String text = headlineText(e);
            if (usable(text) && !inSiteHeader(e) && !inSignUpBox(e) && !host.names(text)
                    && !(usable(siteName) && key(text).equals(key(siteName))) && !keys.contains(key(text))) {
                h1.add(e); // a copy of the same heading (one for small screens, one for large) is the same heading
                keys.add(key(text));
            }
        }
        if (h1.size() > 1) {
            List<Element> backed = new ArrayList<>();
            for (Element e : h1) {
                if (wordsInMetadata(headlineText(e), metaTitles)) {
                    backed.add(e);
                }
            }
            h1 = backed; // of several h1, the one whose words the metadata titles hold
        }
        if (h1.size() != 1) {
            return SingleHeading.NONE;
        }
        String text = headlineText(h1.get(0));
        if (text.split(" ").length > MAX_HEADLINE_WORDS || agreement(text, metaTitles, host) == WEAK) {
            return SingleHeading.NONE;
        }
        String key = key(text);
        for (String t : metaTitles) {
            String head = key(head(t));
            int at = key.indexOf(head);
            int end = at + head.length();
            if (key.length() <= head.length() || at < 0 || at > 0 && Character.isLetterOrDigit(key.charAt(at - 1))
                    || end < key.length() && Character.isLetterOrDigit(key.charAt(end))) {
                continue; // the metadata headline is not a run of whole words of the heading
            }
            if (at > 0 ? isKickerBefore(key.substring(0, at).strip(), h1.get(0))
                    : !SUBTITLE_START.matcher(key.substring(end)).lookingAt()) {
                // a kicker or date before the metadata headline, or a site name or date after it
                return new SingleHeading(null, t);
            }
        }
        return new SingleHeading(text, null);
    }

    /**
     * Whether the words before the metadata headline in a heading are a kicker or date rather than the start of a
     * longer headline ("Wie pflege ich meine" + "Zaubernuss im Winter?"): they end in a separator or hold a digit, or
     * an element of their own inside the heading holds them.
     */
    private static boolean isKickerBefore(String prefix, Element heading) {
        if (KICKER_BEFORE.matcher(prefix).matches()) {
            return true;
        }
        for (Element inner : heading.getAllElements()) {
            if (inner != heading && key(inner.text()).strip().equals(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The page's headline candidates (at most {@link #MAX_HEADLINE_ELEMENTS}, in document order) and the comparison
     * keys of all its {@code <h1>} texts, read in one pass over the page.
     */
    private record Headlines(List<String> candidates, List<String> h1Keys, String marked) {
    }

    private static Headlines headlines(Document doc) {
        List<String> found = new ArrayList<>();
        List<String> h1Keys = new ArrayList<>();
        String marked = null;
        boolean headingSeen = false;
        boolean markedH2 = false;
        boolean pageH1 = false;
        for (Element e : doc.select("h1, [itemprop=headline], .entry-title, .post-title, .article-title, "
                + ".headline, h2")) {
            boolean h1 = e.nameIs("h1");
            if (!h1 && found.size() >= MAX_HEADLINE_ELEMENTS) {
                continue;
            }
            String text = headlineText(e);
            if (h1) {
                h1Keys.add(key(text));
            }
            if (!headingSeen && (h1 || e.nameIs("h2")) && usable(text) && !inSiteHeader(e)) {
                headingSeen = true; // only the first heading outside the site's header may name itself the title
                if (isMarkedTitle(e) && text.split(" ").length <= MAX_HEADLINE_WORDS) {
                    marked = text;
                    markedH2 = !h1;
                }
            }
            pageH1 |= h1 && usable(text) && !inSiteHeader(e);
            if (found.size() < MAX_HEADLINE_ELEMENTS && usable(text) && text.split(" ").length <= MAX_HEADLINE_WORDS
                    && !found.contains(text)) {
                found.add(text);
            }
        }
        // an h2 before the page's own h1 is a box's title (a contact box, a teaser), not the headline
        return new Headlines(found, h1Keys, markedH2 && pageH1 ? null : marked);
    }

    /**
     * Whether a heading holds more than the head of a metadata title (a kicker, the site's name, punctuation around
     * it) or names the site: then the metadata title's head is the better title.
     */
    private static boolean extendsMetadataHead(String heading, List<String> metaTitles, String siteName,
            HostLabels host) {
        if (usable(siteName) && key(heading).equals(key(siteName)) || host.names(heading)
                || endsWithSiteName(heading, siteName, host)) {
            return true;
        }
        String key = key(heading);
        for (String t : metaTitles) {
            String head = key(head(t, siteName, host));
            if (!head.isBlank() && !key.equals(head) && key.contains(head)) {
                return true;
            }
        }
        return false;
    }

}
