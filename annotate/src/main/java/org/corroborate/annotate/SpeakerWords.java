package org.corroborate.annotate;

import java.util.Map;
import java.util.Set;

/** The word lists {@link SpeakerResolver} reads speaker phrases with. Immutable and thread-safe. */
final class SpeakerWords {

    static final Set<String> PRONOUNS = Set.of("he", "she", "they");

    /**
     * The subject pronoun of a word that contracts one with an auxiliary ({@code he's}, {@code she’s},
     * {@code they've}, {@code they're}, {@code we've}, {@code i'd}), given in lower case; null for any other word.
     */
    static String contractedPronoun(String lower) {
        int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('\u2019'));
        if (apostrophe <= 0 || !CONTRACTIONS.contains(lower.substring(apostrophe + 1))) {
            return null;
        }
        String pronoun = lower.substring(0, apostrophe);
        return PRONOUNS.contains(pronoun) || pronoun.equals("i") || pronoun.equals("we") ? pronoun : null;
    }

    /** The auxiliaries a subject pronoun contracts with: "'s" (is, has), "'ve", "'re", "'d". */
    private static final Set<String> CONTRACTIONS = Set.of("s", "ve", "re", "d");
    /** Subject pronouns that stay unresolved (a relative "who" may take its antecedent). */
    static final Set<String> OTHER_PRONOUNS = Set.of("i", "we", "who");
    /** Abbreviated titles whose period may stand between them and the name ({@code Mr. Obama}, {@code Sen. Warren}). */
    static final Set<String> ABBREVIATED_TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt",
            "col", "sgt", "capt", "prof", "rev", "maj", "adm", "sens", "reps", "messrs", "pres", "atty", "supt");
    static final Set<String> TITLES = Set.of("president", "leader", "minister", "premier", "chancellor",
            "spokesman", "spokeswoman", "spokesperson", "official", "aide", "adviser", "advisor", "senator",
            "lawmaker", "ambassador", "secretary", "governor", "mayor", "general", "commander", "envoy", "diplomat",
            "chief", "head", "director", "king", "queen", "pope", "republican", "democrat", "lady", "prosecutor",
            "judge", "ceo", "chairman", "chairwoman", "negotiator", "representative", "sen", "rep", "gen");
    static final Set<String> GROUPS = Set.of("officials", "critics", "analysts", "experts", "sources", "diplomats",
            "lawmakers", "residents", "witnesses", "authorities", "observers", "leaders", "ministers", "aides");
    static final Set<String> MODIFIERS = Set.of("former", "top", "senior", "deputy", "foreign", "prime", "first",
            "vice", "majority", "minority", "defense", "defence", "state", "white", "house", "press", "chief",
            "military", "new", "then", "acting", "incoming", "outgoing", "russian", "ukrainian", "american", "us",
            "u.s.", "u.s", "european", "hungarian", "israeli", "british", "french", "german", "chinese");
    static final Set<String> STOP_CAPS = Set.of("the", "a", "an", "he", "she", "they", "it", "we", "i",
            "in", "on", "at", "but", "and", "or", "after", "before", "while", "when", "as", "if", "this", "that",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "meanwhile", "however", "also", "still", "yet", "so", "then", "there", "here", "what", "who", "why");
    static final Set<String> FILLERS = Set.of("also", "later", "then", "again", "previously", "repeatedly",
            "publicly", "earlier", "recently", "once", "reportedly", "has", "have", "had", "would", "will", "did",
            "does", "do", "further", "privately", "separately", "subsequently", "quickly", "immediately", "just",
            "still", "last", "this", "week", "night", "morning", "evening", "afternoon", "today", "yesterday",
            "tonight", "never", "often", "always", "on", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "personally", "flatly", "firmly", "openly", "explicitly", "simply", "is", "are",
            "was", "were", "been", "not", "n't");
    static final Set<String> PREPOSITIONS = Set.of("with", "of", "to", "for", "from", "by", "about",
            "against", "on", "in", "at", "between", "after", "before", "than", "like", "among", "toward", "towards",
            "into", "over", "under", "without", "including", "told", "tells", "tell", "asked", "urged", "called");
    /** Time nouns, never the head of a speaker phrase ("last month said" is no speaker). */
    static final Set<String> TEMPORAL = Set.of("year", "years", "month", "months", "week", "weeks", "day", "days",
            "time", "times", "night", "morning", "evening", "afternoon", "weekend", "hour", "hours", "minute",
            "minutes", "decade", "decades", "period", "moment", "season", "term", "quarter");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this");
    static final Map<String, Set<String>> SYNONYMS = Map.of(
            "leader", Set.of("leader", "president", "premier", "chancellor", "prime"),
            "president", Set.of("president"),
            "chief", Set.of("chief", "head", "director"),
            "adviser", Set.of("adviser", "advisor", "aide"),
            "aide", Set.of("aide", "adviser", "advisor"),
            "us", Set.of("us", "american"),
            "american", Set.of("us", "american"));

    private SpeakerWords() {
    }
}
