package org.corroborate.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Contradiction;
import org.corroborate.api.Fact;
import org.corroborate.api.FactStatus;
import org.corroborate.api.IndependentSources;
import org.corroborate.api.NumberComparison;
import org.corroborate.api.QuoteGroup;
import org.corroborate.api.Span;
import org.corroborate.api.Story;
import org.corroborate.api.StoryAnalysis;
import org.corroborate.api.StoryComparer;
import org.corroborate.api.TimelineEntry;

/**
 * The standard {@link StoryComparer} (see {@link Comparers#standard()}).
 *
 * <p>Immutable and thread-safe; every call works on its own state.
 */
final class StandardComparer implements StoryComparer {

    static final String NO_DATES_NOTE = "no resolved dates: timeline is empty";
    static final String CONFLICTING_DATES_NOTE = "outlets date some events differently: see the timeline entries "
            + "marked as conflicts";

    private final CompareOptions options;
    private final Numbers numbers;

    StandardComparer(CompareOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.numbers = new Numbers(options.exactTolerance(), options.approxTolerance());
    }

    /** A fact before its final id, with what sorting needs. */
    private record Draft(List<FactAligner.Candidate> mentions, List<String> articleIds, List<String> outlets,
                         int sources, String firstReported, int firstOrder, int firstStart) {
    }

    @Override
    public StoryAnalysis compare(Story story, List<AnnotatedArticle> articles) {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(articles, "articles");
        List<AnnotatedArticle> ordered = inStoryOrder(story, articles);
        Map<String, String> outlets = new HashMap<>();
        Map<String, AnnotatedArticle> byId = new HashMap<>();
        List<String> allIds = new ArrayList<>();
        for (AnnotatedArticle a : ordered) {
            byId.putIfAbsent(a.id(), a);
            outlets.put(a.id(), a.article().outlet());
            allIds.add(a.id());
        }

        FactAligner aligner = new FactAligner(options, numbers);
        List<Draft> drafts = new ArrayList<>();
        for (List<FactAligner.Candidate> group : aligner.align(ordered)) {
            drafts.add(draft(group, aligner, story, outlets));
        }
        drafts.sort(Comparator.comparingInt((Draft d) -> -d.sources())
                .thenComparingInt(d -> -d.mentions().size())
                .thenComparingInt(Draft::firstOrder)
                .thenComparingInt(Draft::firstStart));

        List<String> ids = new ArrayList<>();
        List<NumberComparison> comparisons = new ArrayList<>();
        Map<String, Integer> factOfSentence = new HashMap<>();
        for (Draft d : drafts) {
            String id = "f" + (ids.size() + 1);
            if (d.articleIds().size() >= 2) {
                List<Numbers.Reported> values = new ArrayList<>();
                for (FactAligner.Candidate c : d.mentions()) {
                    String outlet = outlets.get(c.article().id());
                    c.quantities().forEach(q -> values.add(new Numbers.Reported(c.order(), outlet, q)));
                }
                comparisons.addAll(numbers.compare(id, values));
            }
            for (FactAligner.Candidate c : d.mentions()) {
                factOfSentence.put(sentenceKey(c.article().id(), c.sentence().index()), ids.size());
            }
            ids.add(id);
        }
        comparisons.addAll(linkedComparisons(ordered, outlets, factOfSentence, ids));

        List<QuoteGroup> quotes = new QuoteGrouper(options).group(ordered, story, outlets);
        List<Contradiction> contradictions = new Contradictions().find(ids,
                drafts.stream().map(Draft::mentions).toList(), outlets, quotes, comparisons);

        Set<Integer> disputed = new HashSet<>();
        for (NumberComparison n : comparisons) {
            if (!n.agree()) {
                for (var value : n.values()) {
                    Integer fact = factOfSpan(byId, value.quantity().span(), factOfSentence);
                    if (fact != null) {
                        disputed.add(fact);
                    }
                }
            }
        }
        for (Contradiction c : contradictions) {
            int fact = ids.indexOf(c.factId());
            if (fact >= 0) {
                disputed.add(fact);
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            FactStatus status = disputed.contains(i) ? FactStatus.DISPUTED
                    : d.sources() >= 2 ? FactStatus.CORROBORATED : FactStatus.SINGLE_SOURCE;
            List<Span> spans = new ArrayList<>();
            for (FactAligner.Candidate c : d.mentions()) {
                spans.add(c.sentence().span());
            }
            facts.add(new Fact(ids.get(i), spans.get(0).text(), spans, d.outlets(), d.sources(), d.firstReported(),
                    status));
        }

        List<TimelineEntry> timeline = new TimelineBuilder().build(ordered,
                (articleId, index) -> factOfSentence.getOrDefault(sentenceKey(articleId, index), -1), ids::get);
        List<String> notes = new ArrayList<>();
        if (timeline.isEmpty()) {
            notes.add(NO_DATES_NOTE);
        }
        List<String> undated = new ArrayList<>();
        for (AnnotatedArticle a : ordered) {
            if (a.article().publishedDate().isEmpty()) {
                undated.add(a.id());
            }
        }
        if (!undated.isEmpty()) {
            notes.add(undated.size() + " of " + ordered.size() + " articles carry no publication date, so their "
                    + "relative dates (\"on Tuesday\") are not on the timeline: " + String.join(", ", undated));
        }
        if (timeline.stream().anyMatch(TimelineEntry::conflict)) {
            notes.add(CONFLICTING_DATES_NOTE);
        }
        return new StoryAnalysis(story.id(), facts, comparisons, quotes, timeline,
                IndependentSources.count(allIds, story, outlets), notes, contradictions);
    }

    /**
     * Comparisons of quantities that measure the same thing across articles but stand in different facts (see
     * {@link QuantityLinker}); a comparison is filed under the fact of its first value.
     */
    private List<NumberComparison> linkedComparisons(List<AnnotatedArticle> ordered, Map<String, String> outlets,
                                                     Map<String, Integer> factOfSentence, List<String> ids) {
        QuantityLinker linker = new QuantityLinker();
        List<NumberComparison> result = new ArrayList<>();
        for (List<QuantityLinker.Located> group : linker.groups(linker.locate(ordered))) {
            Set<Integer> facts = new HashSet<>();
            List<Numbers.Reported> values = new ArrayList<>();
            for (QuantityLinker.Located l : group) {
                facts.add(factOfSentence.getOrDefault(sentenceKey(l.article().id(), l.sentence().index()), -1));
                values.add(new Numbers.Reported(l.order(), outlets.get(l.article().id()), l.quantity()));
            }
            if (facts.size() < 2) {
                continue; // one fact: its own comparison covers these values
            }
            QuantityLinker.Located first = group.get(0);
            int fact = factOfSentence.getOrDefault(sentenceKey(first.article().id(), first.sentence().index()), -1);
            if (fact >= 0) {
                result.addAll(numbers.compare(ids.get(fact), values));
            }
        }
        return result;
    }

    private static String sentenceKey(String articleId, int sentenceIndex) {
        return articleId + "\u0000" + sentenceIndex;
    }

    /** The fact whose mention holds {@code span}, or null. */
    private static Integer factOfSpan(Map<String, AnnotatedArticle> byId, Span span,
                                      Map<String, Integer> factOfSentence) {
        AnnotatedArticle a = byId.get(span.articleId());
        if (a != null) {
            for (var sentence : a.sentences()) {
                if (span.start() >= sentence.span().start() && span.start() < sentence.span().end()) {
                    return factOfSentence.get(sentenceKey(a.id(), sentence.index()));
                }
            }
        }
        return null;
    }

    private Draft draft(List<FactAligner.Candidate> group, FactAligner aligner, Story story,
                        Map<String, String> outlets) {
        // representative: the most central mention (sum of similarities), ties to the earliest article
        int best = 0;
        double bestCentrality = -1;
        for (int i = 0; i < group.size(); i++) {
            double centrality = 0;
            for (int j = 0; j < group.size(); j++) {
                if (i != j) {
                    centrality += aligner.similarity(group.get(i), group.get(j));
                }
            }
            if (centrality > bestCentrality + 1e-9) {
                bestCentrality = centrality;
                best = i;
            }
        }
        List<FactAligner.Candidate> mentions = new ArrayList<>();
        mentions.add(group.get(best));
        for (int i = 0; i < group.size(); i++) {
            if (i != best) {
                mentions.add(group.get(i));
            }
        }
        List<String> articleIds = new ArrayList<>();
        TreeSet<String> outletSet = new TreeSet<>();
        String firstReported = null;
        int firstOrder = Integer.MAX_VALUE;
        int firstStart = Integer.MAX_VALUE;
        for (FactAligner.Candidate c : group) {
            articleIds.add(c.article().id());
            outletSet.add(c.article().article().outlet());
            String day = c.article().article().publishedDate().map(Object::toString).orElse(null);
            if (day != null && (firstReported == null || day.compareTo(firstReported) < 0)) {
                firstReported = day;
            }
            if (c.order() < firstOrder || (c.order() == firstOrder && c.sentence().span().start() < firstStart)) {
                firstOrder = c.order();
                firstStart = c.sentence().span().start();
            }
        }
        return new Draft(mentions, articleIds, List.copyOf(outletSet),
                IndependentSources.count(articleIds, story, outlets), firstReported, firstOrder, firstStart);
    }

    /** The articles in {@code story.articleIds()} order; articles the story does not list follow in given order. */
    private static List<AnnotatedArticle> inStoryOrder(Story story, List<AnnotatedArticle> articles) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < story.articleIds().size(); i++) {
            position.putIfAbsent(story.articleIds().get(i), i);
        }
        List<AnnotatedArticle> result = new ArrayList<>(articles);
        for (AnnotatedArticle a : result) {
            Objects.requireNonNull(a, "article");
        }
        result.sort(Comparator.comparingInt(a -> position.getOrDefault(a.id(), Integer.MAX_VALUE)));
        return result;
    }
}
