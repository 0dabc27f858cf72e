package org.corroborate.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.api.EntityType;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

/**
 * Named-entity mentions from CoreNLP's entity mentions: PERSON, ORGANIZATION and LOCATION only, pronouns dropped,
 * headline artefacts trimmed ("Zelensky Meeting" → "Zelensky"), pairs like "Trump-Putin" split into two persons
 * when both are named elsewhere, and "persons" that the article only uses as places ({@code in Kyiv},
 * {@code his hometown of Kryvyi Rih}) retyped as locations ({@link PlaceContexts}). Stateless and thread-safe.
 */
final class MentionExtractor {

    /** A mention before entity merging; {@code [start, end)} indexes the article text. */
    record NameMention(int start, int end, EntityType type) {
    }

    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}])[a-z]+(?![\\p{L}])");

    /** Capitalised common nouns that headlines glue to names. */
    private static final Set<String> HEADLINE_NOUNS = Set.of("meeting", "summit", "talks", "call", "visit", "deal",
            "plan", "plans", "says", "said", "tells", "warns", "meets", "news", "live", "update", "updates", "video",
            "interview", "statement", "speech", "trip", "war", "peace", "administration", "campaign");

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "for", "to", "in", "on", "at",
            "and", "or", "with", "by", "from", "as", "is", "vs");

    private MentionExtractor() {
    }

    /** Mentions in text order. */
    static List<NameMention> extract(String text, List<CoreMap> sentences) {
        Set<String> lowerWords = lowerCaseWords(text);
        List<List<CoreLabel>> candidates = new ArrayList<>();
        List<EntityType> types = new ArrayList<>();
        List<List<CoreLabel>> contexts = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions == null) {
                continue;
            }
            boolean headline = isHeadline(CoreNlpPipeline.tokens(sentence));
            for (CoreMap m : mentions) {
                EntityType type = type(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
                List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
                if (type == null || tokens == null || tokens.isEmpty()) {
                    continue;
                }
                List<CoreLabel> trimmed = type == EntityType.PERSON ? trim(tokens, headline, lowerWords) : tokens;
                if (!trimmed.isEmpty() && keep(trimmed)) {
                    candidates.add(trimmed);
                    types.add(type);
                    contexts.add(CoreNlpPipeline.tokens(sentence));
                }
            }
        }
        PlaceContexts.retype(candidates, types, contexts);
        Set<String> personWords = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (types.get(i) == EntityType.PERSON) {
                List<CoreLabel> t = candidates.get(i);
                if (!isHyphenPair(t)) {
                    personWords.add(t.get(t.size() - 1).word());
                }
            }
        }
        List<NameMention> result = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            List<CoreLabel> t = candidates.get(i);
            if (isHyphenPair(t) && personWords.contains(t.get(0).word()) && personWords.contains(t.get(2).word())) {
                result.add(mention(t.subList(0, 1), EntityType.PERSON));
                result.add(mention(t.subList(2, 3), EntityType.PERSON));
            } else {
                result.add(mention(t, types.get(i)));
            }
        }
        return result;
    }

    static EntityType type(String ner) {
        if (ner == null) {
            return null;
        }
        return switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            default -> null;
        };
    }

    private static NameMention mention(List<CoreLabel> tokens, EntityType type) {
        return new NameMention(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition(), type);
    }

    private static boolean keep(List<CoreLabel> tokens) {
        if (tokens.size() == 1) {
            CoreLabel t = tokens.get(0);
            String tag = t.tag();
            if (Names.isPronoun(t.word()) || "PRP".equals(tag) || "PRP$".equals(tag)) {
                return false;
            }
        }
        // a mention must contain a capitalised word or a letter of a caseless script
        for (CoreLabel t : tokens) {
            String w = t.word();
            if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))
                    && (Character.isUpperCase(w.codePointAt(0)) || !Character.isLowerCase(w.codePointAt(0)))) {
                return true;
            }
        }
        return false;
    }

    /** Drops edge words of a person mention that are common nouns (tagged so, or capitalised in a headline). */
    private static List<CoreLabel> trim(List<CoreLabel> tokens, boolean headline, Set<String> lowerWords) {
        int from = 0;
        int to = tokens.size();
        while (to - from > 1 && commonNoun(tokens.get(to - 1), headline, lowerWords)) {
            to--;
        }
        while (to - from > 1 && commonNoun(tokens.get(from), headline, lowerWords)) {
            from++;
        }
        // never let a mention run across a line break
        for (int i = from + 1; i < to; i++) {
            if (tokens.get(i - 1).endPosition() < tokens.get(i).beginPosition()
                    && tokens.get(i).before() != null && tokens.get(i).before().contains("\n")) {
                to = i;
                break;
            }
        }
        return tokens.subList(from, to);
    }

    private static boolean commonNoun(CoreLabel token, boolean headline, Set<String> lowerWords) {
        String tag = token.tag();
        if ("NN".equals(tag) || "NNS".equals(tag) || !Character.isLetter(token.word().codePointAt(0))) {
            return true;
        }
        String lower = token.word().toLowerCase(Locale.ROOT);
        return headline && (HEADLINE_NOUNS.contains(lower) || lowerWords.contains(lower));
    }

    /** True for a title-cased line: at least four words, nearly all content words capitalised. */
    static boolean isHeadline(List<CoreLabel> tokens) {
        int words = 0;
        int capitalised = 0;
        for (CoreLabel t : tokens) {
            String w = t.word();
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0)) || SMALL_WORDS.contains(w)) {
                continue;
            }
            words++;
            if (Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            }
        }
        return words >= 4 && capitalised >= 0.8 * words;
    }

    private static boolean isHyphenPair(List<CoreLabel> tokens) {
        return tokens.size() == 3 && tokens.get(1).word().equals("-")
                && tokens.get(0).endPosition() == tokens.get(1).beginPosition()
                && tokens.get(1).endPosition() == tokens.get(2).beginPosition();
    }

    private static Set<String> lowerCaseWords(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = LOWER_WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
