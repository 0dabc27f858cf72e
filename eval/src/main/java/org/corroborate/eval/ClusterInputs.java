package org.corroborate.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Annotator;
import org.corroborate.api.Article;
import org.corroborate.api.Sentence;
import org.corroborate.api.Span;
import org.corroborate.api.Token;

/**
 * A cheap annotator for clustering runs that do not need CoreNLP: sentences split after {@code . ! ?} or a line
 * break followed by white space, tokens that are runs of letters and digits (so {@code Fed's} gives {@code Fed}
 * and {@code s}), lemma = the lower-cased word, no part-of-speech tag ({@code null}), NER {@code "O"}, and no
 * entities, quotes, quantities or times. Orders of magnitude faster than the CoreNLP pipeline.
 *
 * <p>Stateless and thread-safe.
 */
final class ClusterInputs implements Annotator {

    @Override
    public AnnotatedArticle annotate(Article article) {
        return new AnnotatedArticle(article, sentences(article), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    static List<Sentence> sentences(Article article) {
        String text = article.text();
        List<Sentence> result = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            boolean boundary = !end && (text.charAt(i) == '\n' || ((text.charAt(i) == '.' || text.charAt(i) == '!'
                    || text.charAt(i) == '?') && (i + 1 == text.length()
                    || Character.isWhitespace(text.charAt(i + 1)))));
            if (end || boundary) {
                int stop = end ? text.length() : i + 1;
                int s = start;
                int e = stop;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    result.add(new Sentence(result.size(), Span.of(article, s, e), tokens(text, s, e)));
                }
                start = stop;
            }
        }
        return result;
    }

    static List<Token> tokens(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                String word = text.substring(s, i);
                tokens.add(new Token(s, i, word, word.toLowerCase(Locale.ROOT), null, "O"));
            }
        }
        return tokens;
    }
}
