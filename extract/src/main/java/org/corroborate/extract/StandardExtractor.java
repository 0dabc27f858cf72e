package org.corroborate.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.corroborate.api.Article;
import org.corroborate.api.BadInputException;
import org.corroborate.api.ContentType;
import org.corroborate.api.DocumentHints;
import org.corroborate.api.Extractor;
import org.corroborate.api.RawDocument;
import org.corroborate.text.SiteNotice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The standard extractor: HTML main content on jsoup, line-based cleaning for scraped text. Stateless. */
final class StandardExtractor implements Extractor {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("[/\\\\]+$");

    private static final int SHORT_BODY_CHARS = 200;
    private static final int ID_HEX_CHARS = 12;

    @Override
    public Article extract(RawDocument document) {
        return extract(document, new ExtractionTrace(false));
    }

    /** Extracts {@code document}, recording every removal in {@code trace}. */
    Article extract(RawDocument document, ExtractionTrace trace) {
        Objects.requireNonNull(document, "document");
        InputChecks.requireTextual(document);
        return document.type() == ContentType.HTML ? html(document, trace) : plain(document, trace);
    }

    private Article plain(RawDocument document, ExtractionTrace trace) {
        DocumentHints hints = document.hints();
        TextCleaner.Result result = TextCleaner.clean(TextCleaner.units(document.content()), hints.title(), true,
                trace);
        Found found = new Found();
        found.title = HtmlMetadata.first(hints.title(), result.headline());
        found.url = hints.url();
        found.canonical = CanonicalUrl.of(hints.url());
        return assemble(document, result, found, new ArrayList<>());
    }

    private Article html(RawDocument document, ExtractionTrace trace) {
        DocumentHints hints = document.hints();
        Document doc = Jsoup.parse(document.content(), hints.url() == null ? "" : hints.url());
        HtmlMetadata meta = new HtmlMetadata(doc);
        String knownTitle = HtmlMetadata.first(hints.title(), meta.title);
        TextCleaner.Result result = TextCleaner.clean(
                new ParagraphEmitter(trace).emit(new ContentFinder(trace).find(doc.body())), knownTitle,
                knownTitle == null, trace);
        if (length(result) < SHORT_BODY_CHARS) {
            // little text left: try again with lenient furniture rules on a fresh copy of the page
            Document again = Jsoup.parse(document.content(), hints.url() == null ? "" : hints.url());
            TextCleaner.Result lenient = TextCleaner.clean(new ParagraphEmitter(new ExtractionTrace(false)).emit(
                    new ContentFinder(new ExtractionTrace(false), true).find(again.body())), knownTitle,
                    knownTitle == null, new ExtractionTrace(false));
            if (length(lenient) > length(result)) {
                trace.removed("lenient second pass", "the strict rules left " + length(result) + " characters");
                result = lenient;
            }
        }
        List<String> warnings = new ArrayList<>();
        String jsonLdBody = meta.jsonLd.body();
        if (jsonLdBody != null && jsonLdBody.length() > String.join("", result.paragraphs()).length()
                && String.join("", result.paragraphs()).length() < SHORT_BODY_CHARS) {
            result = TextCleaner.clean(TextCleaner.units(jsonLdBody), knownTitle, false, new ExtractionTrace(false));
            warnings.add("the page's own text was too short; used the JSON-LD articleBody");
        }
        Found found = new Found();
        found.title = HtmlMetadata.first(knownTitle, result.headline());
        found.siteName = meta.siteName;
        found.titleSuffix = meta.titleSuffix;
        found.bylines = meta.bylines;
        found.host = meta.host;
        found.copyrightHolder = meta.copyrightHolder;
        found.personalSite = meta.jsonLd.publisherIsPerson();
        found.published = meta.published;
        found.modified = meta.modified;
        found.visibleDate = meta.visibleDate;
        found.language = meta.language;
        found.url = HtmlMetadata.first(hints.url(), meta.url);
        found.canonical = CanonicalUrl.of(HtmlMetadata.first(meta.canonical, found.url));
        if (found.canonical == null) {
            found.canonical = CanonicalUrl.of(found.url);
        }
        return assemble(document, result, found, warnings);
    }

    private static int length(TextCleaner.Result result) {
        int n = 0;
        for (String p : result.paragraphs()) {
            n += p.length();
        }
        return n;
    }

    /** Metadata found in the content, before hints and fallbacks are applied. */
    private static final class Found {
        String title;
        String siteName;
        String titleSuffix;
        List<Bylines.Candidate> bylines = List.of();
        HostLabels host = HostLabels.NONE;
        String copyrightHolder;
        /** The publisher is a person, so the outlet's name is the owner's and may be the author's. */
        boolean personalSite;
        String published;
        String modified;
        String visibleDate;
        String language;
        String url;
        String canonical;
    }

    private Article assemble(RawDocument document, TextCleaner.Result result, Found found, List<String> warnings) {
        DocumentHints hints = document.hints();
        String text = String.join("\n\n", result.paragraphs()).strip();
        if (text.isEmpty()) {
            throw new BadInputException(document.source(), "no article text found");
        }
        String outlet = HtmlMetadata.first(hints.outlet(), found.siteName, result.bylineOutlet(),
                result.creditOutlet().orElse(null), result.datelineOutlet(), found.titleSuffix);
        if (outlet == null) {
            outlet = Article.UNKNOWN_OUTLET_PREFIX + fileName(document.source());
        }
        List<String> byline = Bylines.clean(hints.byline(), outlet);
        if (byline.isEmpty() && !hints.byline().isEmpty()) {
            byline = hints.byline();
        }
        String notAuthor = found.personalSite ? null : outlet;
        for (Bylines.Candidate candidate : found.bylines) {
            if (byline.isEmpty()) {
                byline = Bylines.clean(candidate.names(), notAuthor, found.host, candidate.source());
            }
        }
        if (byline.isEmpty()) {
            byline = Bylines.clean(result.byline(), outlet, found.host, Bylines.Source.METADATA);
        }
        if (byline.isEmpty() && found.copyrightHolder != null && ownSite(found.copyrightHolder, outlet, found)) {
            byline = Bylines.clean(List.of(found.copyrightHolder), null, found.host, Bylines.Source.COPYRIGHT);
        }
        String published = HtmlMetadata.first(hints.published(), found.published, result.datelineDate(),
                DateText.fromUrl(found.canonical).or(() -> DateText.fromUrl(found.url)).map(Object::toString)
                        .orElse(null), found.visibleDate);
        String language = HtmlMetadata.first(hints.language(), found.language, LanguageGuesser.guess(text));
        String id = hints.id() != null ? hints.id()
                : "a" + sha256(found.canonical != null ? found.canonical : text).substring(0, ID_HEX_CHARS);
        InputChecks.encodingWarning(text).ifPresent(warnings::add);
        int words = WHITESPACE.split(text).length;
        if (words < 50) {
            warnings.add("short body (" + words + " words)");
        }
        SiteNotice.detect(text).ifPresent(notice -> warnings.add("not an article: " + notice.describe()));
        return new Article(id, document.source(), found.url, found.canonical, outlet, found.title, byline, published,
                found.modified, language, text, result.credits(), warnings);
    }

    /**
     * Whether the site is {@code holder}'s own: the person who holds its copyright is its name (the outlet, the site
     * name or the title's suffix) or is spelled by its host ("Gregory Szorc" on {@code gregoryszorc.com}).
     */
    private static boolean ownSite(String holder, String outlet, Found found) {
        return holder.equalsIgnoreCase(outlet) || holder.equalsIgnoreCase(found.siteName)
                || holder.equalsIgnoreCase(found.titleSuffix) || found.host.spells(holder);
    }

    private static String fileName(String source) {
        String trimmed = TRAILING_SLASHES.matcher(source).replaceAll("");
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return slash < 0 ? trimmed : trimmed.substring(slash + 1);
    }

    private static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
