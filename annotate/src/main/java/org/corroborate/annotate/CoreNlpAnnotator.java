package org.corroborate.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Annotator;
import org.corroborate.api.Article;
import org.corroborate.api.Quantity;
import org.corroborate.api.Quote;
import org.corroborate.api.Sentence;
import org.corroborate.api.Span;
import org.corroborate.api.TimeMention;
import org.corroborate.api.Token;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * The CoreNLP-backed annotator. The pipeline loads on first use and is then shared by all calls; thread-safe.
 * Without rules ({@link Annotators#coreNlpPipelineOnly}) it stops after the CoreNLP pipeline and the sentences, so a
 * benchmark can measure what the rules (entities, times, quotes, quantities) add.
 */
final class CoreNlpAnnotator implements Annotator {

    private final Annotators.Options options;
    private final boolean rules;
    private final Object lock = new Object();
    private volatile CoreNlpPipeline pipeline;
    private volatile Optional<String> version;

    CoreNlpAnnotator(Annotators.Options options, boolean rules) {
        this.options = options;
        this.rules = rules;
    }

    /** The loaded pipeline, loading it on first call. */
    CoreNlpPipeline pipeline() {
        CoreNlpPipeline p = pipeline;
        if (p == null) {
            synchronized (lock) {
                p = pipeline;
                if (p == null) {
                    p = CoreNlpPipeline.load(options);
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /**
     * This module's and the api's class files, the CoreNLP and commons-text jars' names (their versions) and the
     * options; computed on first call (it reads this module's classes, not the models).
     */
    @Override
    public Optional<String> version() {
        Optional<String> known = version;
        if (known == null) {
            Optional<String> code = CodeDigest.ofClasses(CoreNlpAnnotator.class, AnnotatedArticle.class);
            Optional<String> coreNlp = CodeDigest.ofJarName(StanfordCoreNLP.class);
            Optional<String> commonsText = CodeDigest.ofJarName(JaroWinklerSimilarity.class);
            known = code.isEmpty() || coreNlp.isEmpty() || commonsText.isEmpty() ? Optional.empty()
                    : Optional.of("corenlp-annotator " + code.get() + " " + coreNlp.get() + " " + commonsText.get()
                            + " " + options + (rules ? "" : " pipeline-only"));
            version = known;
        }
        return known;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        if (article == null) {
            throw new NullPointerException("article");
        }
        List<String> warnings = new ArrayList<>();
        String text = article.text();
        int limit = annotatedLength(text);
        if (limit < text.length()) {
            warnings.add("text over " + options.maxChars() + " chars truncated for annotation (annotated "
                    + limit + " of " + text.length() + ")");
        }
        String annotated = text.substring(0, limit);
        if (annotated.isBlank()) {
            warnings.add("no sentences found");
            return new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    warnings);
        }
        String docDate = article.publishedDate().map(Object::toString).orElse(null);
        CoreNlpPipeline.Result result = pipeline().annotate(annotated, docDate);
        if (result.sentencesCut() > 0) {
            warnings.add(result.sentencesCut() + " sentence(s) over " + options.maxSentenceTokens()
                    + " tokens cut into pieces for annotation");
        }
        List<CoreMap> coreSentences = result.document().get(CoreAnnotations.SentencesAnnotation.class);
        if (coreSentences == null) {
            coreSentences = List.of();
        }
        List<Sentence> sentences = sentences(article, coreSentences);
        if (sentences.isEmpty()) {
            warnings.add("no sentences found");
        }
        if (!rules) {
            return new AnnotatedArticle(article, sentences, List.of(), List.of(), List.of(), List.of(), List.of(),
                    warnings);
        }
        ArticleEntityMerger.Result entities = ArticleEntityMerger.merge(article,
                MentionExtractor.extract(text, coreSentences));
        List<TimeMention> times = TimeExtractor.extract(article, coreSentences);
        if (docDate == null && times.stream().anyMatch(t -> t.from() == null && t.value() != null
                && t.value().contains("X"))) {
            warnings.add("no publication date: relative dates left unresolved");
        }
        warnings.addAll(InputWarnings.of(annotated, sentences));
        List<Quote> quotes = new QuoteFinder().find(article, sentences, entities.mentions(), entities.entities());
        List<Quantity> quantities = new QuantityFinder().find(article, sentences);
        return new AnnotatedArticle(article, sentences, entities.mentions(), entities.entities(), quotes, quantities,
                times, warnings);
    }

    /** The length of the prefix to annotate: the whole text, or up to the last space before the limit. */
    private int annotatedLength(String text) {
        int max = options.maxChars();
        if (text.length() <= max) {
            return text.length();
        }
        int cut = max;
        for (int i = max; i > max - 1000; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                cut = i;
                break;
            }
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }

    private static List<Sentence> sentences(Article article, List<CoreMap> coreSentences) {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : coreSentences) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : CoreNlpPipeline.tokens(s)) {
                int begin = t.beginPosition();
                int end = t.endPosition();
                if (begin < 0 || end <= begin || end > text.length()) {
                    continue;
                }
                String ner = t.ner();
                tokens.add(new Token(begin, end, text.substring(begin, end), t.lemma() == null ? t.word() : t.lemma(),
                        t.tag() == null ? "X" : t.tag(), ner == null ? "O" : ner));
            }
            if (tokens.isEmpty()) {
                continue;
            }
            Span span = Span.of(article, tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
            sentences.add(new Sentence(sentences.size(), span, tokens));
        }
        return sentences;
    }
}
