package org.corroborate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Author candidates read from the visible page: elements marked as the author (rel or itemprop "author", an author
 * or byline class, id or test id, a link to an author page), post-metadata elements around the date, and the text
 * after an author label ("Autor:", "Written by:"). Stateless and thread-safe.
 */
final class BylineElements {

    /** Class or id words of elements that hold the author's name. */
    private static final Pattern AUTHOR_CLASS = Pattern.compile("(?i)author|byline|autor|username");
    /** Class words of elements around a post's date and category, which often name the author too. */
    private static final Pattern POST_META_CLASS = Pattern.compile("(?i)submitted|postmeta|post[-_]meta|entry[-_]meta|"
            + "article[-_]meta|meta[-_]info|date");
    /** Longest element text read as a byline candidate. */
    private static final int MAX_BYLINE_CHARS = 160;
    private static final int MAX_BYLINE_ELEMENTS = 8;
    private static final int MAX_BYLINE_WORDS = 12;
    /** The path of a link to an author's page: "/author/jane-doe/", "/autoren/jane-doe", "/auteurs/jane". */
    private static final Pattern AUTHOR_PAGE = Pattern.compile(
            "(?i)/(?:authors?|autor(?:en|in)?|auteurs?|autores?)/[^/?#]+");

    /** The whole text of an element that labels the author's name written after it: "Autor:", "Written by:". */
    private static final Pattern AUTHOR_LABEL = Pattern.compile("(?iu)(?:autor(?:in|en)?|authors?|verfasser(?:in)?|"
            + "auteurs?|autore|written by|geschrieben von|verfasst von|text|von|by|por|par)\\s*:?");
    private static final int MAX_LABEL_CHARS = 24;
    /** The class of a whole comment written by the post's author, which is no author element itself. */
    private static final Pattern BY_POST_AUTHOR = Pattern.compile("(?i)\\bbypostauthor\\b|\\bcomment-author-\\S+");
    /** Class or id words of a comment section, whose names are the commenters'. */
    private static final Pattern COMMENTS = Pattern.compile("(?i)comment|kommentar|commentaire|comentario|respond$");
    private static final int MAX_LABELLED_CHARS = 80;

    /**
     * The separators of a line that gives a post's date and its author: "12.03.2020 - Jane Doe", "Jane Doe | May 3".
     */
    private static final Pattern DATED_LINE_SEPARATOR = Pattern.compile(
            "\\s+[-|\u00b7\u2022\u2013\u2014]\\s+|\\s*\\|\\s*");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern LETTER_WORD = Pattern.compile("\\p{L}{2,}");
    private static final int MAX_DATED_LINE_CHARS = 80;
    /** A short line that starts with a byline cue and a capital: "By Jane Doe", "Posted by Jane", "von Jane". */
    private static final Pattern CUED_LINE = Pattern.compile("(?u)^(?:[Ww]ritten by|[Pp]osted by|[Gg]eschrieben von|"
            + "[Vv]erfasst von|[Vv]er\u00f6ffentlicht von|[Tt]ext von|[Bb]y|[Vv]on|[Pp]or|[Pp]ar)\\s*:?\\s+\\p{Lu}.*");
    private static final int MAX_CUED_LINE_CHARS = 60;
    /** A line that starts with an author label and a colon: "Autorin: Jane Doe, head of the project office". */
    private static final Pattern LABELLED_LINE = Pattern.compile("(?u)^(?:[Aa]utor(?:in)?|[Aa]uthor|[Aa]uteur|"
            + "[Aa]utora?e?|[Vv]erfasser(?:in)?)\\s*:\\s*\\p{Lu}.*");
    private static final int MAX_LABELLED_LINE_CHARS = 90;
    /** Elements that set a signature apart: emphasis. */
    private static final Pattern EMPHASIS = Pattern.compile("em|i|b|strong");
    /** Least text of the paragraph before a signature, so that it signs an article. */
    private static final int MIN_SIGNED_CHARS = 200;
    /** Most nodes in an element read as a label, cue line or dated line. */
    private static final int MAX_LINE_NODES = 40;

    private BylineElements() {
    }

    /**
     * The candidates of {@code body} (nullable: none), author elements first, then post metadata; at most
     * {@link #MAX_BYLINE_ELEMENTS} of each kind.
     */
    static List<Bylines.Candidate> read(Element body) {
        List<Bylines.Candidate> authorElements = new ArrayList<>();
        List<Bylines.Candidate> postMeta = new ArrayList<>();
        List<Bylines.Candidate> labelled = new ArrayList<>();
        List<Bylines.Candidate> datedLines = new ArrayList<>();
        List<Bylines.Candidate> signatures = new ArrayList<>();
        for (Element e : body == null ? List.<Element>of() : body.getAllElements()) {
            String line = datedLines.size() < MAX_BYLINE_ELEMENTS || labelled.size() < MAX_BYLINE_ELEMENTS
                    ? line(e) : null;
            if (datedLines.size() < MAX_BYLINE_ELEMENTS) {
                nameBesideDate(e, line).ifPresent(text -> datedLines.add(new Bylines.Candidate(List.of(text),
                        Bylines.Source.POST_META)));
            }
            if (labelled.size() < MAX_BYLINE_ELEMENTS) {
                cuedLine(e, line).ifPresent(text -> labelled.add(new Bylines.Candidate(List.of(text),
                        Bylines.Source.POST_META)));
                labelledName(e, line).ifPresent(text -> labelled.add(new Bylines.Candidate(List.of(text),
                        Bylines.Source.POST_META)));
            }
            if (signatures.size() < MAX_BYLINE_ELEMENTS) {
                signature(e, line).ifPresent(text -> signatures.add(new Bylines.Candidate(List.of(text),
                        Bylines.Source.POST_META)));
            }
            Bylines.Source source = bylineSource(e);
            List<Bylines.Candidate> into = source == Bylines.Source.AUTHOR_ELEMENT ? authorElements : postMeta;
            if (source == null || into.size() >= MAX_BYLINE_ELEMENTS || inComments(e)) {
                continue;
            }
            String text = line != null ? line : boundedText(e); // a line is the element's whole text, read already
            if (text != null && !text.isEmpty() && text.split(" ").length <= MAX_BYLINE_WORDS) {
                into.add(new Bylines.Candidate(List.of(text), source));
            }
        }
        List<Bylines.Candidate> candidates = new ArrayList<>(authorElements);
        candidates.addAll(labelled);
        candidates.addAll(postMeta);
        candidates.addAll(datedLines);
        candidates.addAll(signatures);
        return candidates;
    }

    /**
     * The text of {@code e} read as one line, the same for the three line readers below: null when {@code e} is a link,
     * holds a block element, or its text is too long or too deep ({@link #boundedText(Element, int)}).
     */
    private static String line(Element e) {
        if (e.normalName().equals("a") || e.children().stream().anyMatch(Element::isBlock)) {
            return null;
        }
        return boundedText(e, MAX_LINE_NODES);
    }

    /**
     * The label and the text after it when {@code e} holds only an author label ("Autor:", "Written by") and a name
     * follows: in the same line after it ("<b>Autor:</b> Jane Doe"), or as the next element after a heading label
     * ("<h4>Autor</h4><p>Jane Doe</p>"); {@code label} is the line of {@code e} (see {@link #line}). Empty when
     * {@code e} is no such label or nothing short follows.
     */
    private static Optional<String> labelledName(Element e, String label) {
        if (label == null || e.childrenSize() > 0 || e.normalName().equals("option")
                || label.length() > MAX_LABEL_CHARS || !AUTHOR_LABEL.matcher(label).matches() || inComments(e)) {
            return Optional.empty();
        }
        StringBuilder after = new StringBuilder();
        for (Node node = e.nextSibling(); node != null && after.length() <= MAX_LABELLED_CHARS;
                node = node.nextSibling()) {
            if (node instanceof TextNode t) {
                after.append(t.getWholeText());
            } else if (node instanceof Element el) {
                boolean lineEnd = el.normalName().equals("br") || el.isBlock();
                if (lineEnd && !after.toString().isBlank()) {
                    break;
                }
                if (!lineEnd) {
                    String inline = boundedText(el, MAX_LINE_NODES);
                    if (inline == null) {
                        break;
                    }
                    after.append(' ').append(inline).append(' ');
                }
            }
        }
        String name = TextUnit.collapse(after.toString());
        if (name.isEmpty() && e.isBlock()) {
            Element next = e.nextElementSibling();
            String nextText = next == null ? null : boundedText(next, MAX_LINE_NODES);
            name = nextText == null ? "" : nextText;
        }
        if (name.isEmpty() || name.length() > MAX_LABELLED_CHARS) {
            return Optional.empty();
        }
        String cue = label.endsWith(":") ? label : label + ":";
        return Optional.of(cue + " " + name);
    }

    /**
     * The line {@code text} of {@code e} (see {@link #line}) when it is short and starts with a byline cue, outside
     * links and comments.
     */
    private static Optional<String> cuedLine(Element e, String text) {
        boolean cued = text != null && (text.length() <= MAX_CUED_LINE_CHARS && CUED_LINE.matcher(text).matches()
                || text.length() <= MAX_LABELLED_LINE_CHARS && LABELLED_LINE.matcher(text).matches());
        return cued && e.closest("a") == null && !inComments(e) ? Optional.of(text) : Optional.empty();
    }

    /**
     * The line {@code text} of a paragraph {@code e} that signs the article: a person's name alone, set apart by
     * emphasis or right alignment, right after a paragraph of article text ("<p><i>Jane Doe</i></p>").
     */
    private static Optional<String> signature(Element e, String text) {
        if (text == null || !e.normalName().equals("p") || !Bylines.isPersonName(text)) {
            return Optional.empty();
        }
        boolean apart = e.attr("align").equalsIgnoreCase("right") || e.attr("style").contains("right")
                || e.childrenSize() == 1 && EMPHASIS.matcher(e.child(0).normalName()).matches()
                && e.textNodes().stream().allMatch(TextNode::isBlank);
        Element before = e.previousElementSibling();
        if (!apart || before == null || !before.normalName().equals("p") || e.closest("a") != null
                || inComments(e)) {
            return Optional.empty();
        }
        return before.text().length() >= MIN_SIGNED_CHARS ? Optional.of(text) : Optional.empty();
    }

    /**
     * The other part of a short line of {@code e} that is a date and one more part, split by a dash, bar or dot
     * ("12.03.2020 - Jane Doe", "Ein Artikel von Jane Doe | 27.01.2022 - 12:45"); empty when {@code e} holds a block
     * element, is or sits in a link, or is no such line; {@code text} is its line (see {@link #line}). The part still
     * has to look like a name when cleaned.
     */
    private static Optional<String> nameBesideDate(Element e, String text) {
        if (text == null || text.length() > MAX_DATED_LINE_CHARS || text.isEmpty()) {
            return Optional.empty();
        }
        String other = null;
        boolean dated = false;
        for (String part : DATED_LINE_SEPARATOR.split(text)) {
            if (DIGIT.matcher(part).find() && LETTER_WORD.matcher(part).results().count() <= 2) {
                dated |= DateText.findDateInDateElement(part).isPresent();
            } else if (other == null && !part.isBlank()) {
                other = part;
            } else {
                return Optional.empty();
            }
        }
        if (!dated || other == null || e.closest("a") != null || inComments(e)) {
            return Optional.empty(); // a link's text is another page's teaser
        }
        for (Element link : e.getElementsByTag("a")) {
            if (!TextUnit.collapse(link.text()).equals(other.strip())) {
                return Optional.empty(); // a list item of another page: its date and its linked title
            }
        }
        return Optional.of(other);
    }

    /**
     * Whether {@code e} sits in a comment section (a class or id word that starts with "comment", "kommentar", ... or
     * is "respond"), unless in a comment marked as written by the post's author ("bypostauthor").
     */
    private static boolean inComments(Element e) {
        boolean comment = false;
        for (Element a = e; a != null; a = a.parent()) {
            for (String word : (a.className() + " " + a.id()).split("\\s+")) {
                if (word.equalsIgnoreCase("bypostauthor")) {
                    return false;
                }
                comment |= COMMENTS.matcher(word).lookingAt();
            }
        }
        return comment;
    }

    /**
     * Whether {@code e} is marked as an author element (rel or itemprop "author", an author or byline class, id or
     * test id, a link to an author page), as post metadata (a date, meta or "submitted" class), or neither (null).
     */
    private static Bylines.Source bylineSource(Element e) {
        if (e.attributesSize() == 0) {
            return null;
        }
        String className = e.className();
        String marks = BY_POST_AUTHOR.matcher(className + " " + e.id() + " " + e.attr("data-testid")).replaceAll("");
        if ("author".equalsIgnoreCase(e.attr("rel")) || "author".equalsIgnoreCase(e.attr("itemprop"))
                || !marks.isBlank() && AUTHOR_CLASS.matcher(marks).find()
                || e.normalName().equals("a") && AUTHOR_PAGE.matcher(e.attr("href")).find()) {
            return Bylines.Source.AUTHOR_ELEMENT;
        }
        return !className.isEmpty() && POST_META_CLASS.matcher(className).find() ? Bylines.Source.POST_META : null;
    }

    /** The collapsed text of {@code e}, or null when it is longer than {@link #MAX_BYLINE_CHARS}. */
    private static String boundedText(Element e) {
        return boundedText(e, Integer.MAX_VALUE);
    }

    /**
     * The collapsed text of {@code e}, or null when it is longer than {@link #MAX_BYLINE_CHARS} or {@code e} holds
     * more than {@code maxNodes} nodes (so that reading every element of a deeply nested page stays linear).
     */
    private static String boundedText(Element e, int maxNodes) {
        StringBuilder text = new StringBuilder();
        int[] nodes = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText()).append(' ');
                } else if (node instanceof Element el && el.isBlock()) {
                    text.append(' ');
                }
                return text.length() > MAX_BYLINE_CHARS * 2 || ++nodes[0] > maxNodes ? FilterResult.STOP
                        : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        if (nodes[0] > maxNodes) {
            return null;
        }
        String collapsed = TextUnit.collapse(text.toString());
        return collapsed.length() > MAX_BYLINE_CHARS ? null : collapsed;
    }
}
