package org.corroborate.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.api.Article;
import org.corroborate.api.Entity;
import org.corroborate.api.EntityMention;
import org.corroborate.api.Sentence;
import org.corroborate.api.Span;
import org.corroborate.api.Token;

/**
 * One article as the quote rules read it: words (re-tokenised from the text so that naive and CoreNLP sentences
 * behave alike, with the POS tag of the token under each word when there is one), sentences, paragraphs (lines),
 * entity mentions and the quoted stretches.
 *
 * <p>Built once per {@link QuoteFinder#find} call and then only read; not shared between threads. No accessor
 * returns null except where stated.
 */
final class QuoteText {

    /**
     * A word of a sentence.
     *
     * @param start    first character
     * @param end      end (exclusive)
     * @param text     as written
     * @param lower    lower-cased
     * @param tag      the POS tag of the token under it, {@code ""} when none
     * @param sentence index into {@link #sentences()}
     * @param lemma    the lower-cased lemma of the token under it when that token is this very word, else
     *                 {@link #lower}
     */
    record Word(int start, int end, String text, String lower, String tag, int sentence, String lemma) {

        boolean capitalized() {
            return Character.isUpperCase(text.charAt(0));
        }

        boolean possessive() {
            return lower.endsWith("’s") || lower.endsWith("'s") || lower.endsWith("s’") || lower.endsWith("s'");
        }
    }

    private static final Pattern WORD =
            Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})+\\.?|[\\p{L}\\p{N}]+(?:['’\\-&][\\p{L}\\p{N}]+)*");

    private final Article article;
    private final String text;
    private final List<Sentence> sentences;
    private final List<Word> words = new ArrayList<>();
    private final int[] firstWord;
    private final int[] endWord;
    private final List<EntityMention> mentions;
    private final int[] mentionOfWord;
    private final Map<String, String> names = new HashMap<>();
    private final List<int[]> lines;
    private final boolean[] quoted;
    private final java.util.Set<Integer> closedOpens = new java.util.HashSet<>();
    private final boolean tagged;

    /**
     * @param article   the article
     * @param sentences its sentences (tokens optional)
     * @param mentions  its entity mentions (any order)
     * @param entities  its entity index
     * @param pieces    the quoted stretches of its text
     */
    QuoteText(Article article, List<Sentence> sentences, List<EntityMention> mentions, List<Entity> entities,
              List<QuoteMarks.Piece> pieces) {
        this.article = article;
        this.text = article.text();
        this.sentences = List.copyOf(sentences);
        this.quoted = new boolean[text.length() + 1];
        for (QuoteMarks.Piece p : pieces) {
            Arrays.fill(quoted, p.open(), Math.min(p.close(), text.length()), true);
            if (p.closed()) {
                closedOpens.add(p.open());
            }
        }
        boolean anyVerb = false;
        firstWord = new int[this.sentences.size()];
        endWord = new int[this.sentences.size()];
        for (int s = 0; s < this.sentences.size(); s++) {
            Sentence sentence = this.sentences.get(s);
            List<Token> tokens = sentence.tokens();
            firstWord[s] = words.size();
            int start = Math.max(0, sentence.span().start());
            int end = Math.min(text.length(), sentence.span().end());
            Matcher m = WORD.matcher(text).region(start, end);
            int ti = 0;
            while (m.find()) {
                while (ti < tokens.size() && tokens.get(ti).end() <= m.start()) {
                    ti++;
                }
                Token token = ti < tokens.size() && tokens.get(ti).start() <= m.start() ? tokens.get(ti) : null;
                String tag = token == null || token.tag() == null ? "" : token.tag();
                anyVerb |= tag.startsWith("VB");
                String lower = m.group().toLowerCase(Locale.ROOT);
                String lemma = token != null && token.lemma() != null && token.start() == m.start()
                        && token.end() == m.end() ? token.lemma().toLowerCase(Locale.ROOT) : lower;
                words.add(new Word(m.start(), m.end(), m.group(), lower, tag, s, lemma));
            }
            endWord[s] = words.size();
        }
        this.tagged = anyVerb;
        List<EntityMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt((EntityMention e) -> e.span().start()));
        this.mentions = List.copyOf(sorted);
        mentionOfWord = new int[words.size()];
        Arrays.fill(mentionOfWord, -1);
        for (int i = 0; i < this.mentions.size(); i++) {
            Span span = this.mentions.get(i).span();
            for (int w = wordAt(span.start()); w < words.size() && words.get(w).start() < span.end(); w++) {
                if (words.get(w).end() > span.start()) {
                    mentionOfWord[w] = i;
                }
            }
        }
        for (Entity e : entities) {
            names.put(e.id(), e.name());
        }
        lines = QuoteMarks.lines(text);
    }

    Article article() {
        return article;
    }

    String text() {
        return text;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    List<EntityMention> mentions() {
        return mentions;
    }

    /** True when the tokens carry real POS tags (some verb tag was seen). */
    boolean tagged() {
        return tagged;
    }

    int wordCount() {
        return words.size();
    }

    Word word(int i) {
        return words.get(i);
    }

    /** The first word of sentence {@code s}. */
    int first(int s) {
        return firstWord[s];
    }

    /** One past the last word of sentence {@code s}. */
    int end(int s) {
        return endWord[s];
    }

    /** The index of the first word that ends after {@code pos}; {@link #wordCount()} when none. */
    int wordAt(int pos) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).end() <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The sentence holding character {@code pos}, or the nearest one before it; -1 when none. */
    int sentenceAt(int pos) {
        int result = -1;
        for (int s = 0; s < sentences.size() && sentences.get(s).span().start() <= pos; s++) {
            result = s;
        }
        return result;
    }

    /** The paragraph (line) index of character {@code pos}. */
    int paragraph(int pos) {
        int lo = 0;
        int hi = lines.size() - 1;
        int result = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (lines.get(mid)[0] <= pos) {
                result = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return result;
    }

    /** True when a quoted stretch that has its closing mark opens at character {@code pos}. */
    boolean opensClosedQuote(int pos) {
        return closedOpens.contains(pos);
    }

    /** True when character {@code pos} lies in a quoted stretch, marks included. */
    boolean inQuote(int pos) {
        return pos >= 0 && pos < quoted.length && quoted[pos];
    }

    /**
     * The text between word {@code w - 1} (or its sentence start) and word {@code w}, with no-break spaces
     * ({@code U+00A0}, {@code U+2007}, {@code U+202F}) read as plain spaces ({@code said\u00A0that} is "said that").
     */
    String gapBefore(int w) {
        Word word = words.get(w);
        int from = w > first(word.sentence()) ? words.get(w - 1).end()
                : sentences.get(word.sentence()).span().start();
        return spaces(text.substring(Math.min(from, word.start()), word.start()));
    }

    /** {@code s} with its no-break spaces replaced by plain spaces. */
    static String spaces(String s) {
        return s.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ');
    }

    /** True for white space, no-break spaces included. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * True when the gap before word {@code w} is only spaces, no-break spaces included: what {@code
     * gapBefore(w).isBlank()} says, without copying the gap (the quote rules ask it for every word).
     */
    boolean plainGap(int w) {
        Word word = words.get(w);
        int from = w > first(word.sentence()) ? words.get(w - 1).end()
                : sentences.get(word.sentence()).span().start();
        for (int i = Math.min(from, word.start()); i < word.start(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The mention covering word {@code w}; null when none. */
    EntityMention mention(int w) {
        return w >= 0 && w < mentionOfWord.length && mentionOfWord[w] >= 0 ? mentions.get(mentionOfWord[w]) : null;
    }

    /** The canonical name of entity {@code id}; null when the index lacks it. */
    String name(String id) {
        return names.get(id);
    }

    Span span(int start, int end) {
        return Span.of(article, start, end);
    }
}
