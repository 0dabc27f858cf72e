package org.corroborate.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ROUGE-1.5.5's handling of summary text: the {@code -l} word limit on raw sentences, then tokenisation and
 * optional stemming. Stateless and thread-safe.
 */
final class RougeText {

    private static final Pattern PERL_SPACE = Pattern.compile("[ \\t\\n\\r\\f\\x0B]+");

    private RougeText() {
    }

    /**
     * The sentences ROUGE keeps under a limit of {@code limit} words ({@code 0}: all). Words are counted with Perl's
     * {@code split(/\s+/)} of the raw sentence (a leading blank yields an empty first word); whole sentences are kept
     * while the running count stays below the limit, and the sentence at which it reaches or passes the limit is cut
     * to the remaining words, re-joined with single spaces; reading stops there.
     */
    static List<String> truncate(List<String> sentences, int limit) {
        if (limit <= 0) {
            return List.copyOf(sentences);
        }
        List<String> kept = new ArrayList<>();
        int count = 0;
        for (String sentence : sentences) {
            List<String> words = perlSplit(sentence);
            if (count + words.size() < limit) {
                kept.add(sentence);
                count += words.size();
            } else {
                kept.add(String.join(" ", words.subList(0, limit - count)));
                break;
            }
        }
        return List.copyOf(kept);
    }

    /** Perl's {@code split(/\s+/, s)}: a leading empty field is kept, trailing empty fields are dropped. */
    static List<String> perlSplit(String s) {
        if (s.isEmpty()) {
            return List.of();
        }
        return List.of(PERL_SPACE.split(s)); // like Perl: a leading blank gives "", trailing ones give nothing
    }

    /**
     * ROUGE's tokens of one sentence: {@code -} becomes {@code " - "}, every character outside {@code [A-Za-z0-9-]}
     * a space; ASCII lower-casing; split on blanks; only tokens starting with {@code [a-z0-9]} are kept; each is
     * stemmed when {@code stemmer} is not null.
     */
    static List<String> tokens(String sentence, RougeStemmer stemmer) {
        StringBuilder clean = new StringBuilder(sentence.length() + 8);
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '-') {
                clean.append(" - ");
            } else if (c >= 'A' && c <= 'Z') {
                clean.append((char) (c + ('a' - 'A')));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                clean.append(c);
            } else {
                clean.append(' ');
            }
        }
        List<String> tokens = new ArrayList<>();
        for (String token : clean.toString().split(" +")) {
            if (!token.isEmpty() && token.charAt(0) != '-') {
                tokens.add(stemmer == null ? token : stemmer.stem(token));
            }
        }
        return tokens;
    }

    /** The tokens of every sentence, one list per sentence. */
    static List<List<String>> sentenceTokens(List<String> sentences, int limit, RougeStemmer stemmer) {
        List<List<String>> result = new ArrayList<>();
        for (String sentence : truncate(sentences, limit)) {
            result.add(tokens(sentence, stemmer));
        }
        return result;
    }
}
