package org.corroborate.testkit;

import java.util.ArrayList;
import java.util.List;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Article;
import org.corroborate.api.Sentence;
import org.corroborate.api.Span;
import org.corroborate.api.Token;

/**
 * Builders for records in tests. The annotated articles built here have sentences split at {@code . ! ?} followed
 * by a space and whitespace tokens (lemma = lower-cased word), which is enough for stages downstream of annotation.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** An article with the given id, outlet and clean text, published on {@code published} (nullable). */
    public static Article article(String id, String outlet, String text, String published) {
        return new Article(id, id + ".txt", null, null, outlet, null, List.of(), published, null, "en", text,
                List.of(), List.of());
    }

    /** An article with a title. */
    public static Article article(String id, String outlet, String title, String text, String published) {
        return new Article(id, id + ".txt", null, null, outlet, title, List.of(), published, null, "en", text,
                List.of(), List.of());
    }

    /** {@code article} with naive sentences and tokens and no other annotations. */
    public static AnnotatedArticle annotated(Article article) {
        return new AnnotatedArticle(article, sentences(article), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    /** Naive sentences: split after {@code . ! ?} (optionally followed by a closing quote) and whitespace. */
    public static List<Sentence> sentences(Article article) {
        String text = article.text();
        List<Sentence> result = new ArrayList<>();
        int start = skipSpace(text, 0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean boundary = (c == '.' || c == '!' || c == '?' || c == '\n')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))
                    || text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\u201d');
            if (boundary || i + 1 == text.length()) {
                int end = i + 1;
                while (end < text.length() && (text.charAt(end) == '"' || text.charAt(end) == '\u201d')) {
                    end++;
                }
                int trimmed = end;
                while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) {
                    trimmed--;
                }
                if (trimmed > start) {
                    result.add(new Sentence(result.size(), Span.of(article, start, trimmed),
                            tokens(text, start, trimmed)));
                }
                start = skipSpace(text, end);
                i = Math.max(i, end - 1);
            }
        }
        return result;
    }

    private static List<Token> tokens(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '%')) {
                i++;
            }
            if (i > s) {
                String word = text.substring(s, i);
                tokens.add(new Token(s, i, word, word.toLowerCase(java.util.Locale.ROOT), "NN", "O"));
            }
        }
        return tokens;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
