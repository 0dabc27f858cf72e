package org.corroborate.brief;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Article;
import org.corroborate.api.ArticleSummary;
import org.corroborate.api.Brief;
import org.corroborate.api.BriefSentence;
import org.corroborate.api.Briefer;
import org.corroborate.api.Fact;
import org.corroborate.api.FactStatus;
import org.corroborate.api.Span;
import org.corroborate.api.Story;
import org.corroborate.api.StoryAnalysis;

/**
 * The standard extractive briefer.
 *
 * <p>Each usable fact (one whose representative mention matches its article's text) is scored
 * {@code 0.45 * corroboration + 0.35 * centrality + 0.40 * position}, where corroboration is its independent-source
 * count over the story's largest, centrality the TF-IDF cosine of its text to the story centroid, and position
 * {@code 1 / sqrt(1 + i)} for the earliest sentence index {@code i} among its mentions; disputed facts score half.
 * A summary sentence must be well formed (see {@link #wellFormed}) and hold a verb (see {@link StoryModel#hasVerb}):
 * page furniture, captions cut with "..." or in parentheses, headlines and sentence fragments are left out of the
 * summary (they stay facts) unless no fact is well formed.
 * Facts are then picked by greedy budgeted concept coverage (ICSISumm-style, see {@link Concepts}): each step takes
 * the fact that fits the remaining budget with the best {@code gain * (1 + 2 * score) / words^0.7}, where
 * {@code gain} is the weight of the story concepts its sentence adds to those the summary already covers, so
 * corroborated, early and central content comes first and repeating a picked fact gains nothing. The picked
 * sentences are ordered by their position in the most central article, then by first report.
 *
 * <p>Immutable and thread-safe.
 */
final class StandardBriefer implements Briefer {

    private static final double W_CORROBORATION = 0.45;
    private static final double W_CENTRALITY = 0.35;
    private static final double W_POSITION = 0.40;
    private static final double DISPUTED_FACTOR = 0.5;
    /** How strongly a candidate's fact score scales its concept gain. */
    private static final double PRIOR = 2.0;
    /** The gain is divided by the candidate's length to this power: below 1, longer sentences are not penalised fully. */
    private static final double LENGTH_EXPONENT = 0.7;

    /**
     * A dateline: a place in capitals (optionally with a state or country: "ALLENTOWN, Pa."), and/or an agency in
     * parentheses, then a dash.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^([A-Z][A-Z.'\\-]+(?: [A-Z][A-Z.'\\-]+)*(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?\\s*)?"
            + "(\\([A-Za-z0-9 .&/\\-]{1,30}\\)\\s*)?(?:[\u2014\u2013]\\s*|--\\s*|-\\s+)");

    /**
     * A news photo caption in the agencies' style or under a caption label: "FILE - ...", "Image caption ...", "In this May 3, 2015 photo, ...", "... is shown in
     * this undated file photo.", "This photo released by ... shows ...", "This image shows ...".
     */
    private static final Pattern CAPTION = Pattern.compile(
            "^FILE\\s*[-\u2013\u2014]|^(?:Image|Photo|Picture|Media) (?:caption|copyright)\\b"
            + "|\\b[Ii]n this(?:\\s+(?:[A-Z][A-Za-z]*\\.?,?|\\d{1,4},?|file|undated|handout|evidence|family|police))*"
            + "\\s+(?:photo|photograph|image|picture|frame grab)\\b"
            + "|^This (?:(?:undated|file|handout|evidence) )*(?:photo|photograph|image|picture|frame grab)"
            + " (?:released|provided|taken|obtained|made|shows?|courtesy|from)\\b");

    /** The fewest words of a text in capitals that {@link #wellFormed} rejects as shouted. */
    static final int SHOUTED_WORDS = 4;

    private final BriefOptions options;

    StandardBriefer(BriefOptions options) {
        this.options = options;
    }

    /** A fact that can go into the summary. */
    private record Candidate(int order, Fact fact, List<Span> citations, int words, double score) {

        Span representative() {
            return citations.get(0);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws NullPointerException when an argument is null
     */
    @Override
    public Brief brief(Story story, List<AnnotatedArticle> articles, StoryAnalysis analysis) {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(analysis, "analysis");
        List<AnnotatedArticle> list = List.copyOf(articles);
        StoryModel model = new StoryModel(story, list);

        List<BriefSentence> summary = factSummary(model, analysis);
        if (summary.isEmpty() && !list.isEmpty()) {
            summary = leadSummary(list.get(0));
        }
        List<ArticleSummary> summaries = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (AnnotatedArticle a : list) {
            Article art = a.article();
            String url = art.url() != null ? art.url() : art.canonicalUrl();
            summaries.add(new ArticleSummary(art.id(), art.source(), art.outlet(), art.title(), url,
                    art.published(), art.byline(), story.copyOf(art.id()).orElse(null)));
            texts.add(art.text());
        }
        return new Brief(story.id(), headline(story, model, analysis), summary, summaries, analysis, texts);
    }

    private static String headline(Story story, StoryModel model, StoryAnalysis analysis) {
        AnnotatedArticle titled = model.centralTitled();
        if (titled != null) {
            return Words.oneLine(titled.article().title());
        }
        AnnotatedArticle central = model.central();
        for (Fact fact : analysis.facts()) {
            if (!fact.text().isBlank()) {
                return Words.oneLine(fact.text());
            }
        }
        if (central != null) {
            for (Span unit : StoryModel.units(central)) {
                if (!unit.text().isBlank()) {
                    return Words.oneLine(unit.text());
                }
            }
        }
        return "Story " + story.id();
    }

    private List<BriefSentence> factSummary(StoryModel model, StoryAnalysis analysis) {
        List<Candidate> all = candidates(model, analysis);
        List<Candidate> candidates = all.stream()
                .filter(c -> wellFormed(c.representative().text()) && model.hasVerb(c.representative())).toList();
        List<Candidate> picked = pick(candidates.isEmpty() ? all : candidates,
                new Concepts(model));
        AnnotatedArticle central = model.central();
        String centralId = central == null ? null : central.id();
        picked.sort(Comparator.comparing((Candidate c) -> orderKey(c, centralId, model), StandardBriefer::compareKeys)
                .thenComparingInt(Candidate::order));
        List<BriefSentence> result = new ArrayList<>();
        for (Candidate c : picked) {
            result.add(new BriefSentence(c.representative().text(), c.fact().id(), c.citations()));
        }
        return result;
    }

    private static List<Candidate> candidates(StoryModel model, StoryAnalysis analysis) {
        int maxSources = analysis.independentSources();
        for (Fact fact : analysis.facts()) {
            maxSources = Math.max(maxSources, fact.independentSources());
        }
        List<Candidate> result = new ArrayList<>();
        int order = 0;
        for (Fact fact : analysis.facts()) {
            order++;
            if (fact.mentions().isEmpty() || !model.verified(fact.mentions().get(0))
                    || fact.mentions().get(0).text().isBlank()) {
                continue;
            }
            List<Span> citations = new ArrayList<>(new LinkedHashSet<>(fact.mentions().stream()
                    .filter(m -> model.verified(m) && !model.notice(m.articleId())).toList()));
            if (citations.isEmpty()) {
                continue;
            }
            citations.set(0, withoutDateline(citations.get(0)));
            String text = citations.get(0).text();
            double corroboration = maxSources <= 0 ? 0 : Math.min(1.0,
                    (double) Math.max(0, fact.independentSources()) / maxSources);
            double position = 0;
            for (Span s : citations) {
                position = Math.max(position, 1.0 / Math.sqrt(1.0 + model.sentenceIndex(s)));
            }
            double score = W_CORROBORATION * corroboration + W_CENTRALITY * model.centrality(text)
                    + W_POSITION * position;
            if (fact.status() == FactStatus.DISPUTED) {
                score *= DISPUTED_FACTOR;
            }
            result.add(new Candidate(order, fact, List.copyOf(citations), Words.count(text), score));
        }
        return result;
    }

    /**
     * Greedy budgeted concept coverage: repeatedly takes the candidate that fits the remaining budget and has the
     * best {@code gain * (1 + PRIOR * score) / words^LENGTH_EXPONENT}, where {@code gain} is the weight of the
     * concepts it adds to those already covered; stops when no fitting candidate adds anything. At least one
     * candidate when there is any: the best scored one when none fits the budget.
     */
    private List<Candidate> pick(List<Candidate> candidates, Concepts concepts) {
        List<Set<String>> conceptsOf = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Candidate c : candidates) {
            conceptsOf.add(concepts.of(c.representative()));
            texts.add(Words.oneLine(c.representative().text()));
        }
        Set<String> pickedTexts = new HashSet<>();
        Set<String> covered = new HashSet<>();
        List<Candidate> picked = new ArrayList<>();
        boolean[] used = new boolean[candidates.size()];
        int words = 0;
        while (true) {
            int best = -1;
            double bestValue = 0;
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (used[i] || c.words() == 0 || words + c.words() > options.maxWords()
                        || pickedTexts.contains(texts.get(i))) {
                    continue;
                }
                double gain = 0;
                for (String concept : conceptsOf.get(i)) {
                    if (!covered.contains(concept)) {
                        gain += concepts.weight(concept);
                    }
                }
                double value = gain * (1 + PRIOR * c.score()) / Math.pow(c.words(), LENGTH_EXPONENT);
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            pickedTexts.add(texts.get(best));
            picked.add(candidates.get(best));
            covered.addAll(conceptsOf.get(best));
            words += candidates.get(best).words();
        }
        if (picked.isEmpty() && !candidates.isEmpty()) {
            Candidate top = candidates.get(0);
            for (Candidate c : candidates) {
                if (c.score() > top.score()) {
                    top = c;
                }
            }
            picked.add(top);
        }
        return picked;
    }

    /**
     * {@code span} without a leading news dateline, the place and/or agency before a dash that opens a wire story
     * ("DENVER (AP) \u2014 ", "ALLENTOWN, Pa. - ", "(CNN) -- "): it is not part of the sentence and costs summary
     * words. The result is the rest of the same span (same article, later start), so it stays an exact citation. A
     * span without a dateline, or that would be left empty, is returned as it is; so is an agency photo caption
     * ("FILE - In this ... photo").
     */
    static Span withoutDateline(Span span) {
        Matcher m = DATELINE.matcher(span.text());
        if (!m.find() || (m.group(1) == null && m.group(2) == null) || m.end() >= span.text().length()
                || m.group().startsWith("FILE") || Character.isLowerCase(span.text().charAt(m.end()))) {
            return span;
        }
        return new Span(span.articleId(), span.start() + m.end(), span.end(), span.text().substring(m.end()));
    }

    /**
     * True when {@code text} reads as a whole sentence: it opens with a capital letter, a digit, an opening quote or
     * parenthesis, ends with {@code . ! ?} (or a closing quote or parenthesis), and holds no ellipsis (captions and
     * teasers cut short). Menu lines ("share tweet pin email"), headings without a full stop, fragments split off
     * a sentence (", and the youngest three...") and text wholly in parentheses or brackets (photo credits
     * "(Jane Doe/AP)", "(Published Friday, June 27, 2014)") and agency photo captions ("FILE - ...", "In this
     * May 3, 2015 photo, ...", "This photo released by ... shows ...") and banners in capitals are not.
     */
    static boolean wellFormed(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        int first = t.codePointAt(0);
        boolean opens = Character.isUpperCase(first) || Character.isDigit(first)
                || "\"\u201c'\u2018(".indexOf(first) >= 0;
        char last = t.charAt(t.length() - 1);
        boolean closes = ".!?\"\u201d'\u2019)".indexOf(last) >= 0;
        boolean bracketed = (first == '(' || first == '[') && (last == ')' || last == ']');
        return opens && closes && !bracketed && !t.contains("...") && !t.contains("\u2026")
                && !CAPTION.matcher(t).find() && !shouted(t);
    }

    /**
     * True when a text of at least {@value #SHOUTED_WORDS} words is written in capitals (at least 90% of its letters
     * upper case): a promotion or a page banner ("FREE STORM TRACKING APP ..."), not a sentence of the report.
     */
    private static boolean shouted(String text) {
        if (Words.count(text) < SHOUTED_WORDS) {
            return false;
        }
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters > 0 && upper >= 0.9 * letters;
    }

    /**
     * Sort key: facts found in the most central article first, by their offset there; then the others by the first
     * article (in published order) that reports them and their offset in it.
     */
    private static int[] orderKey(Candidate c, String centralId, StoryModel model) {
        for (Span s : c.citations()) {
            if (s.articleId().equals(centralId)) {
                return new int[] {0, 0, s.start()};
            }
        }
        int[] best = null;
        for (Span s : c.citations()) {
            int[] key = {1, model.indexOf(s.articleId()), s.start()};
            if (best == null || compareKeys(key, best) < 0) {
                best = key;
            }
        }
        return best;
    }

    private static int compareKeys(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }

    /** The fallback without usable facts: the first sentences of the first article, within the budget. */
    private List<BriefSentence> leadSummary(AnnotatedArticle first) {
        List<BriefSentence> result = new ArrayList<>();
        int words = 0;
        for (Span sentence : StoryModel.units(first)) {
            if (sentence.text().isBlank() || !sentence.matches(first.article().text())) {
                continue;
            }
            Span unit = withoutDateline(sentence);
            int n = Words.count(unit.text());
            if (!result.isEmpty() && words + n > options.maxWords()) {
                break;
            }
            result.add(new BriefSentence(unit.text(), null, List.of(unit)));
            words += n;
            if (words >= options.maxWords()) {
                break;
            }
        }
        return result;
    }
}
