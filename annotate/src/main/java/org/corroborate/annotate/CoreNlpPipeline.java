package org.corroborate.annotate;

import java.util.ArrayList;
import java.util.List;

import org.corroborate.api.CorroborateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/**
 * The loaded CoreNLP models: a splitter (tokenize, ssplit) and a tagger (pos, lemma, ner). Between the two, sentences
 * longer than {@code maxSentenceTokens} are cut, so that one unpunctuated megabyte cannot make a 100,000-token
 * sentence. Thread-safe: {@link StanfordCoreNLP#annotate(Annotation)} may be called concurrently, and each call
 * works on its own {@link Annotation}.
 */
final class CoreNlpPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpPipeline.class);

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final int maxSentenceTokens;
    private final long loadMillis;

    private CoreNlpPipeline(StanfordCoreNLP splitter, StanfordCoreNLP tagger, int maxSentenceTokens, long loadMillis) {
        this.splitter = splitter;
        this.tagger = tagger;
        this.maxSentenceTokens = maxSentenceTokens;
        this.loadMillis = loadMillis;
    }

    /** Loads the models; throws a {@link CorroborateException} of category RESOURCE when they cannot be loaded. */
    static CoreNlpPipeline load(Annotators.Options options) {
        long t0 = System.nanoTime();
        try {
            StanfordCoreNLP splitter = new StanfordCoreNLP(CoreNlpConfig.splitter(options));
            StanfordCoreNLP tagger = new StanfordCoreNLP(CoreNlpConfig.tagger(options), false);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            LOG.info("CoreNLP pipeline loaded in {} ms", millis);
            return new CoreNlpPipeline(splitter, tagger, options.maxSentenceTokens(), millis);
        } catch (RuntimeException e) {
            throw new CorroborateException(CorroborateException.Category.RESOURCE,
                    "cannot load the CoreNLP models (stanford-corenlp models jar on the class path?): " + e.getMessage(),
                    e);
        }
    }

    /** How long loading took, in milliseconds. */
    long loadMillis() {
        return loadMillis;
    }

    /** Result of {@link #annotate}: the CoreNLP document and how many over-long sentences were cut. */
    record Result(Annotation document, int sentencesCut) {
    }

    /**
     * @param text    the text to annotate
     * @param docDate ISO date the relative dates are resolved against; null to leave them unresolved
     */
    Result annotate(String text, String docDate) {
        Annotation document = new Annotation(text);
        if (docDate != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        splitter.annotate(document);
        int cut = cutLongSentences(document);
        tagger.annotate(document);
        return new Result(document, cut);
    }

    private int cutLongSentences(Annotation document) {
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.stream().allMatch(s -> tokens(s).size() <= maxSentenceTokens)) {
            return 0;
        }
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> result = new ArrayList<>();
        int cut = 0;
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = tokens(sentence);
            if (tokens.size() <= maxSentenceTokens) {
                result.add(sentence);
                continue;
            }
            cut++;
            int from = 0;
            while (from < tokens.size()) {
                int to = cutPoint(tokens, from);
                result.add(piece(text, tokens.subList(from, to)));
                from = to;
            }
        }
        int tokenIndex = 0;
        for (int i = 0; i < result.size(); i++) {
            CoreMap sentence = result.get(i);
            List<CoreLabel> tokens = tokens(sentence);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenIndex);
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenIndex + tokens.size());
            for (int j = 0; j < tokens.size(); j++) {
                tokens.get(j).setSentIndex(i);
                tokens.get(j).setIndex(j + 1);
            }
            tokenIndex += tokens.size();
        }
        document.set(CoreAnnotations.SentencesAnnotation.class, result);
        return cut;
    }

    /** The end (exclusive) of the piece starting at {@code from}: after a comma-like token in the window's last third. */
    private int cutPoint(List<CoreLabel> tokens, int from) {
        int limit = Math.min(tokens.size(), from + maxSentenceTokens);
        if (limit == tokens.size()) {
            return limit;
        }
        for (int i = limit - 1; i > from + (2 * maxSentenceTokens) / 3; i--) {
            String w = tokens.get(i).word();
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("-") || w.equals("—")) {
                return i + 1;
            }
        }
        return limit;
    }

    private static CoreMap piece(String text, List<CoreLabel> tokens) {
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        CoreMap sentence = new ArrayCoreMap(6);
        sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        sentence.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
        return sentence;
    }

    static List<CoreLabel> tokens(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? List.of() : tokens;
    }
}
