package org.corroborate.annotate;

import java.util.Properties;

/**
 * The one place where CoreNLP {@link Properties} are written, from {@link Annotators.Options}. The pipeline runs in
 * two parts, so that over-long sentences can be cut between sentence splitting and tagging.
 */
final class CoreNlpConfig {

    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** Keeps every token's text as written, so that character offsets and words agree with the input. */
    static final String TOKENIZE_OPTIONS = "invertible=true,ptb3Escaping=false,normalizeParentheses=false,"
            + "normalizeOtherBrackets=false,quotes=original,ellipses=original,dashes=original,"
            + "untokenizable=noneKeep";

    private CoreNlpConfig() {
    }

    /** Tokenizer and sentence splitter. */
    static Properties splitter(Annotators.Options options) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", TOKENIZE_OPTIONS);
        p.setProperty("ssplit.newlineIsSentenceBreak", options.newlineEndsSentence() ? "always" : "two");
        return p;
    }

    /** Tagger, lemmatiser and NER (with SUTime and numeric classifiers) over already split sentences. */
    static Properties tagger(Annotators.Options options) {
        Properties p = new Properties();
        p.setProperty("annotators", "pos,lemma,ner");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.combinationMode", "NORMAL");
        // sentences are already bounded by maxSentenceTokens; this is a second guard
        p.setProperty("pos.maxlen", Integer.toString(options.maxSentenceTokens() * 2));
        return p;
    }
}
