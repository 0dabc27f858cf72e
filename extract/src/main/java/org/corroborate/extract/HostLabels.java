package org.corroborate.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The distinctive labels of a page's host name ("seelenradio" for {@code www.seelenradio.de}), used to recognise a
 * title part or heading that names the site ("Seelenradio", "Disfunctions.de", "EFC Bayrische Bembel Regensburg"
 * on {@code bayrische-bembel.de}) when the page declares no site name.
 *
 * <p>Immutable and thread-safe.
 */
final class HostLabels {

    /** Labels shorter than this say too little to name a site. */
    private static final int MIN_LABEL_CHARS = 4;
    /** Host labels that name a service, not a site. */
    private static final Set<String> GENERIC = Set.of("www", "blog", "blogs", "news", "home", "web", "archive",
            "wordpress", "blogspot", "github", "medium", "co", "com", "org", "net");

    private static final java.util.regex.Pattern ARCHIVED = java.util.regex.Pattern.compile(
            "^https?://web\\.archive\\.org/web/[0-9]+[a-z_]*/(https?://.+)$");

    static final HostLabels NONE = new HostLabels(List.of(), List.of());

    private final List<String> labels;
    /** Every label but the top-level domain and generic ones, however short ("dw" of {@code www.dw.com}). */
    private final List<String> shortLabels;

    private HostLabels(List<String> labels, List<String> shortLabels) {
        this.labels = labels;
        this.shortLabels = shortLabels;
    }

    /**
     * The labels of the page's address (its base URI, else its canonical link or Open Graph URL), without the
     * top-level domain, generic labels and hyphens; {@link #NONE} when the page has no usable address.
     *
     * @param doc the parsed page; not null
     * @return the labels; never null
     */
    static HostLabels of(Document doc) {
        String address = doc.location();
        if (address == null || address.isBlank()) {
            Element link = doc.selectFirst("link[rel=canonical][href], meta[property=og:url][content]");
            address = link == null ? null : link.hasAttr("href") ? link.attr("href") : link.attr("content");
        }
        String host = host(unwrapArchive(address));
        if (host == null) {
            return NONE;
        }
        String[] parts = host.toLowerCase(Locale.ROOT).split("\\.");
        List<String> found = new ArrayList<>();
        List<String> shortOnes = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) { // the last label is the top-level domain
            String label = parts[i].replace("-", "");
            if (!GENERIC.contains(label)) {
                (label.length() >= MIN_LABEL_CHARS ? found : shortOnes).add(label);
            }
        }
        return new HostLabels(List.copyOf(found), List.copyOf(shortOnes));
    }

    /**
     * Whether a host label holds all letters and digits of {@code text} (lower-cased): "Gregory Szorc" on
     * {@code gregoryszorc.com}, "Pamela Anderson" on {@code pamelaandersonfoundation.org}.
     *
     * @param text a name; not null
     * @return true when a label spells the whole text
     */
    boolean spells(String text) {
        String letters = lettersAndDigits(text);
        if (letters.length() < MIN_LABEL_CHARS) {
            return false;
        }
        for (String label : labels) {
            if (label.contains(letters)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the initials of {@code text}'s two or more words spell a short host label: "Deutsche Welle" on
     * {@code www.dw.com}.
     *
     * @param text a name; not null
     * @return true when the initials equal a label shorter than the shortest label {@link #names} reads
     */
    boolean abbreviates(String text) {
        if (shortLabels.isEmpty()) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0))) {
                initials.appendCodePoint(Character.toLowerCase(word.codePointAt(0)));
            }
        }
        return initials.length() >= 2 && shortLabels.contains(initials.toString());
    }

    /**
     * Whether {@code text} names the site: its letters and digits (lower-cased) equal a host label, hold one that
     * makes up at least half of them, or are held by one.
     *
     * @param text a title part or heading; nullable (never names the site)
     * @return true when the text names the site
     */
    boolean names(String text) {
        if (text == null || labels.isEmpty()) {
            return false;
        }
        String letters = lettersAndDigits(text);
        if (letters.length() < MIN_LABEL_CHARS) {
            return false;
        }
        for (String label : labels) {
            if (letters.contains(label) && 2 * label.length() >= letters.length() || label.contains(letters)) {
                return true;
            }
        }
        return false;
    }

    private static String lettersAndDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The archived page's address inside a web-archive address ({@code /web/<timestamp>/<address>}); else itself. */
    private static String unwrapArchive(String address) {
        if (address == null) {
            return null;
        }
        java.util.regex.Matcher archived = ARCHIVED.matcher(address);
        return archived.find() ? archived.group(1) : address;
    }

    private static String host(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(address.strip()).getHost();
            return host == null || host.isBlank() ? null : host;
        } catch (IllegalArgumentException e) {
            return null; // not an address: no host to read
        }
    }
}
