package org.corroborate.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Sentence;
import org.corroborate.api.Span;
import org.corroborate.api.Story;
import org.corroborate.api.Token;
import org.corroborate.text.SiteNotice;

/**
 * The word statistics of one story that the briefer ranks with: sentence-level IDF, the story's centroid vector, the
 * most central article and sentence positions. Syndicated copies are left out of the statistics (they would count
 * their original twice) unless every article is a copy; so are site notices ({@link #notice}) unless every article
 * is one.
 *
 * <p>Immutable after construction; confined to one {@code brief} call.
 */
final class StoryModel {

    private final List<AnnotatedArticle> articles;
    private final List<AnnotatedArticle> originals;
    /** The ids of the story's site notices (see {@link SiteNotice}); empty when every article is one. */
    private final Set<String> notices = new HashSet<>();
    private final Map<String, Integer> indexById = new HashMap<>();
    private final Map<String, int[]> unitStartsById = new HashMap<>();
    private final Words.Idf idf;
    private final Map<String, Double> centroid;
    /** The centroid's norm, computed once: every fact and article is scored against the same centroid. */
    private final double centroidNorm;
    private final int central;
    private final int centralTitled;

    StoryModel(Story story, List<AnnotatedArticle> articles) {
        this.articles = articles;
        for (AnnotatedArticle a : articles) {
            if (SiteNotice.detect(a.article().text()).isPresent()) {
                notices.add(a.id());
            }
        }
        if (notices.size() == articles.stream().map(AnnotatedArticle::id).distinct().count()) {
            notices.clear();
        }
        List<AnnotatedArticle> originals = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            AnnotatedArticle a = articles.get(i);
            indexById.putIfAbsent(a.id(), i);
            List<Span> units = units(a);
            int[] starts = new int[units.size()];
            for (int u = 0; u < starts.length; u++) {
                starts[u] = units.get(u).start();
            }
            unitStartsById.putIfAbsent(a.id(), starts);
            if (story.copyOf(a.id()).isEmpty() && !notices.contains(a.id())) {
                originals.add(a);
            }
        }
        if (originals.isEmpty()) {
            originals = articles;
        }
        this.originals = originals;
        List<List<String>> docs = new ArrayList<>();
        for (AnnotatedArticle a : originals) {
            for (Span unit : units(a)) {
                docs.add(Words.terms(unit.text()));
            }
        }
        this.idf = new Words.Idf(docs);
        Map<String, Map<String, Double>> vectors = new LinkedHashMap<>();
        Map<String, Double> sum = new HashMap<>();
        for (AnnotatedArticle a : originals) {
            Map<String, Double> v = unit(idf.vector(Words.terms(a.article().text())));
            vectors.putIfAbsent(a.id(), v);
            v.forEach((term, weight) -> sum.merge(term, weight, Double::sum));
        }
        this.centroid = sum;
        this.centroidNorm = Words.norm(sum);
        int best = articles.isEmpty() ? -1 : 0;
        double bestScore = -1;
        int bestTitled = -1;
        double bestTitledScore = -1;
        for (Map.Entry<String, Map<String, Double>> e : vectors.entrySet()) {
            double score = Words.cosine(e.getValue(), centroid, centroidNorm);
            int index = indexById.get(e.getKey());
            if (score > bestScore + 1e-12) {
                bestScore = score;
                best = index;
            }
            String title = articles.get(index).article().title();
            if (title != null && !title.isBlank() && score > bestTitledScore + 1e-12) {
                bestTitledScore = score;
                bestTitled = index;
            }
        }
        this.central = best;
        this.centralTitled = bestTitled;
    }

    /**
     * The story's articles that are neither a syndicated copy nor a site notice, in story order (all of them when
     * none is left): the independent reports that weigh terms and concepts.
     */
    List<AnnotatedArticle> originals() {
        return originals;
    }

    /**
     * True when the article is a site notice scraped into the story (an archive placeholder, a script or sign-in wall,
     * an error page: {@link SiteNotice}) while the story has real articles too. Notices neither weigh terms nor give
     * summary sentences.
     */
    boolean notice(String articleId) {
        return notices.contains(articleId);
    }

    /** The most central article that has a title, or null when none has one. */
    AnnotatedArticle centralTitled() {
        return centralTitled < 0 ? null : articles.get(centralTitled);
    }

    /** The sentences of an article as spans; its paragraphs when it has no sentences. */
    static List<Span> units(AnnotatedArticle article) {
        if (!article.sentences().isEmpty()) {
            return article.sentences().stream().map(Sentence::span).toList();
        }
        return article.article().paragraphs();
    }

    /** The most central article (closest to the story centroid; the earliest on ties), or null without articles. */
    AnnotatedArticle central() {
        return central < 0 ? null : articles.get(central);
    }

    /** The index of an article in the story's article list, or -1 when it is not one of them. */
    int indexOf(String articleId) {
        return indexById.getOrDefault(articleId, -1);
    }

    /** The article with id {@code articleId}, or null. */
    AnnotatedArticle article(String articleId) {
        int i = indexOf(articleId);
        return i < 0 ? null : articles.get(i);
    }

    /** TF-IDF cosine of {@code text} to the story centroid, 0..1. */
    double centrality(String text) {
        return Words.cosine(idf.vector(Words.terms(text)), centroid, centroidNorm);
    }

    /** The 0-based index of the sentence (or paragraph) of its article in which {@code span} starts. */
    int sentenceIndex(Span span) {
        int[] starts = unitStartsById.get(span.articleId());
        if (starts == null || starts.length == 0) {
            return 0;
        }
        int lo = 0;
        int hi = starts.length - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= span.start()) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /**
     * The sentence of the span's article that holds the whole span, or null (the article is not one of the story's,
     * has no sentences, or the span runs across a sentence end or starts between sentences).
     */
    Sentence sentenceHolding(Span span) {
        AnnotatedArticle a = article(span.articleId());
        if (a == null || a.sentences().isEmpty()) {
            return null;
        }
        Sentence sentence = a.sentences().get(sentenceIndex(span));
        Span s = sentence.span();
        return s.start() <= span.start() && span.start() < s.end() && span.end() <= s.end() ? sentence : null;
    }

    /**
     * True when the part of its sentence that {@code span} covers holds a verb or modal (a part-of-speech tag
     * {@code VB*} or {@code MD}): a headline, a caption or a list item ("Trump's new Irish tower.") has none. A
     * span outside the story's sentences, or whose sentence carries no tags, counts as having one (there is nothing
     * to judge it by).
     */
    boolean hasVerb(Span span) {
        Sentence sentence = sentenceHolding(span);
        if (sentence == null) {
            return true;
        }
        boolean tagged = false;
        for (Token t : sentence.tokens()) {
            if (t.tag() == null || t.tag().isEmpty()) {
                continue;
            }
            tagged = true;
            boolean verb = t.tag().startsWith("VB") || t.tag().equals("MD");
            if (verb && t.start() >= span.start() && t.end() <= span.end()) {
                return true;
            }
        }
        return !tagged;
    }

    /** True when {@code span} belongs to one of the story's articles and its text matches that article's text. */
    boolean verified(Span span) {
        AnnotatedArticle a = article(span.articleId());
        return a != null && span.matches(a.article().text());
    }

    private static Map<String, Double> unit(Map<String, Double> v) {
        double norm = 0;
        for (double x : v.values()) {
            norm += x * x;
        }
        double n = Math.sqrt(norm);
        Map<String, Double> result = new HashMap<>();
        if (n > 0) {
            v.forEach((term, weight) -> result.put(term, weight / n));
        }
        return result;
    }
}
