package org.corroborate.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells a site notice from an article: a short text that speaks about the web site, the browser or the reader's
 * account rather than about an event. Scrapers keep such pages as the "article" when the real one could not be
 * fetched: an archive placeholder ("this crawl ..."), "JavaScript is disabled", a cookie, sign-in or subscription
 * wall, an error page ("not found, try again later"), a social-media widget, a newsletter form. Such a text has
 * nothing to say about the story it was filed under, and identical copies of it turn up under unrelated stories, so
 * it must not be grouped as news.
 *
 * <p>The rule uses only generic notice vocabulary (web, browser, account, archive, error and widget words, no site
 * names): a text of at most {@value #MAX_WORDS} words is a notice when it uses at least {@value #MIN_TERMS} distinct
 * notice terms and the occurrences of notice terms (a two-word term such as "sign in" or "try again" counts twice)
 * make at least {@value #MIN_SHARE} of its content words. An article about, say, a web archive or a new social
 * network feature is longer, or uses these words far less densely; headlines use at most one or two.
 *
 * <p>Stateless and thread-safe.
 */
public final class SiteNotice {

    /** Texts longer than this many words are never notices. */
    public static final int MAX_WORDS = 150;
    /** The fewest distinct notice terms a notice uses. */
    public static final int MIN_TERMS = 3;
    /** The least share of notice-term occurrences among the content words. */
    public static final double MIN_SHARE = 0.15;

    /** Single notice words: browser and page mechanics, accounts and walls, archives and crawls, errors, widgets. */
    private static final Set<String> WORDS = Set.of(
            // browser and page mechanics
            "javascript", "browser", "browsers", "cookie", "cookies", "enable", "enabled", "disabled", "plugin",
            "adblock", "adblocker", "refresh", "reload", "click", "download", "downloads", "homepage", "app", "apps",
            "widget", "settings", "comments", "newsfeed",
            // accounts, walls, forms
            "login", "logged", "signup", "subscribe", "subscriber", "subscribers", "subscription", "subscriptions",
            "newsletter", "newsletters", "inbox", "email", "account", "accounts", "password", "username", "register",
            "registration", "captcha", "terms", "privacy", "copyright", "contact", "form", "mailing",
            // archives and crawls
            "crawl", "crawls", "crawled", "crawler", "crawling", "archive", "archived", "archives", "archiving",
            "wayback", "warc", "captures", "capture", "collection", "collections", "seed", "url", "urls", "domain",
            "domains", "host", "hosts", "outlinks", "inlinks", "link", "links", "webpage", "webpages", "page", "pages",
            "website", "websites", "web", "online", "internet", "files", "accessible",
            // errors and availability
            "error", "404", "unavailable", "available", "loaded", "loading",
            // social and media widgets
            "tweet", "tweets", "retweet", "location", "video", "videos", "player", "playback", "rented", "rating",
            "transcript");

    /** Two-word notice terms, each as "first second". */
    private static final Set<String> PHRASES = Set.of("sign in", "sign up", "log in", "learn more", "not found",
            "try again", "read more", "third party");

    private SiteNotice() {
    }

    /**
     * Why a text is a site notice.
     *
     * @param words        the number of words of the text
     * @param contentWords the number of its content words (no function words)
     * @param occurrences  notice-term occurrences (a two-word term counts twice)
     * @param terms        the distinct notice terms found, sorted; never null
     */
    public record Finding(int words, int contentWords, int occurrences, List<String> terms) {

        public Finding {
            terms = List.copyOf(terms);
        }

        /** A short description for warnings and explanations, e.g. "site notice (4 notice terms: ...)". */
        public String describe() {
            return "site notice (" + occurrences + " of " + contentWords + " content words are notice terms: "
                    + String.join(", ", terms) + ")";
        }
    }

    /**
     * Checks one text.
     *
     * @param text the clean text; never null
     * @return the finding when the text is a site notice, else empty; never null
     */
    public static Optional<Finding> detect(String text) {
        Objects.requireNonNull(text, "text");
        List<String> words = ContentWords.words(text, MAX_WORDS + 1);
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        int content = 0;
        int occurrences = 0;
        TreeSet<String> terms = new TreeSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (ContentWords.GENERAL.contentWord(word) != null) {
                content++;
            }
            if (WORDS.contains(word)) {
                occurrences++;
                terms.add(word);
            }
            if (i + 1 < words.size()) {
                String phrase = word + " " + words.get(i + 1);
                if (PHRASES.contains(phrase)) {
                    occurrences += 2;
                    terms.add(phrase);
                }
            }
        }
        if (terms.size() < MIN_TERMS || occurrences < MIN_SHARE * Math.max(1, content)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(words.size(), content, occurrences, List.copyOf(terms)));
    }
}
