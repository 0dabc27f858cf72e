package org.corroborate.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Sentence;
import org.corroborate.api.Span;
import org.corroborate.api.Token;
import org.corroborate.text.ContentWords;

/**
 * The weighted concepts of a story, in the spirit of ICSISumm (Gillick and Favre 2009): the content lemmas
 * (unigrams) of its sentences and their adjacent lemma pairs with at least one content word (bigrams). A concept's
 * votes are the number of the story's original articles that contain it (syndicated copies are left out, as they
 * repeat their original), each article's vote raised when the concept comes early in it, and its weight is its votes
 * to the power {@link #CONSENSUS}, so that what most outlets say outweighs many things one outlet says:
 * {@code weight(c) = (sum over originals d containing c of lengthShare(d) * (1 + EARLY / sqrt(1 + i)))^CONSENSUS},
 * where
 * {@code i} is the index of the first sentence of {@code d} holding {@code c} and {@code lengthShare(d)} is
 * {@code min(1, sentences(d) / FULL_ARTICLE_SENTENCES)}, so that a stub of two or three sentences (a teaser, a
 * placeholder page) votes with a fraction of a full article's weight. A summary is worth the total weight of the
 * distinct concepts it covers: a sentence that repeats what the summary says adds nothing.
 *
 * <p>Work and memory are linear in the story's tokens. Immutable after construction; confined to one
 * {@code brief} call.
 */
final class Concepts {

    /** How much more a concept weighs when it opens an article (it decays with {@code 1 / sqrt(1 + i)}). */
    static final double EARLY = 2.0;
    /**
     * The power a concept's summed votes are raised to: above 1, a concept most of the story's articles carry (early)
     * outweighs several that one article carries, so the summary says first what the outlets agree on.
     */
    static final double CONSENSUS = 5.0;
    /** Articles with at least this many sentences vote with their full weight; shorter ones proportionally less. */
    static final int FULL_ARTICLE_SENTENCES = 10;

    private final StoryModel model;
    private final Map<String, Double> weights = new HashMap<>();

    Concepts(StoryModel model) {
        this.model = model;
        for (AnnotatedArticle a : model.originals()) {
            Map<String, Integer> first = new HashMap<>();
            List<Span> units = StoryModel.units(a);
            for (int i = 0; i < units.size(); i++) {
                for (String concept : of(units.get(i))) {
                    first.putIfAbsent(concept, i);
                }
            }
            double share = Math.min(1.0, (double) units.size() / FULL_ARTICLE_SENTENCES);
            first.forEach((concept, i) -> weights.merge(concept, share * (1 + EARLY / Math.sqrt(1.0 + i)),
                    Double::sum));
        }
        weights.replaceAll((concept, votes) -> Math.pow(votes, CONSENSUS));
    }

    /** The weight of a concept, 0 for one that no original article of the story holds. */
    double weight(String concept) {
        return weights.getOrDefault(concept, 0.0);
    }

    /**
     * The concepts of a span. When the span lies inside one of the story's sentences they come from the lemmas of
     * that sentence's tokens inside the span; otherwise (a paragraph of an article without sentences) from its
     * lower-cased words, every word that is not a stopword counting as content.
     *
     * @param span a span of one of the story's articles; never null
     * @return its concepts, unigrams as {@code "lemma"} and bigrams as {@code "lemma lemma"}; never null
     */
    Set<String> of(Span span) {
        Sentence sentence = model.sentenceHolding(span);
        List<String> lemmas = new ArrayList<>();
        List<Boolean> content = new ArrayList<>();
        if (sentence != null && !sentence.tokens().isEmpty()) {
            for (Token t : sentence.tokens()) {
                if (t.start() < span.start() || t.end() > span.end()) {
                    continue;
                }
                String base = t.lemma() != null && !t.lemma().isBlank() ? t.lemma() : t.word();
                if (base == null || !hasLetterOrDigit(base)) {
                    continue;
                }
                lemmas.add(base.toLowerCase(Locale.ROOT));
                content.add(ContentWords.GENERAL.contentLemma(t) != null || ContentWords.isNumber(t));
            }
        } else {
            Set<String> terms = Set.copyOf(Words.terms(span.text()));
            for (String word : ContentWords.words(span.text())) {
                lemmas.add(word);
                content.add(terms.contains(word));
            }
        }
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; i < lemmas.size(); i++) {
            if (content.get(i)) {
                result.add(lemmas.get(i));
            }
            if (i > 0 && (content.get(i) || content.get(i - 1))) {
                result.add(lemmas.get(i - 1) + " " + lemmas.get(i));
            }
        }
        return result;
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
