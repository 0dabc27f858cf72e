package org.corroborate.annotate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.corroborate.api.EntityType;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Corrects CoreNLP's 3-class NER where it tags an unfamiliar place as a person ({@code Kyiv}, {@code Kryvyi Rih}):
 * a PERSON name (the same words wherever they occur in the article) becomes a LOCATION when the article uses it in
 * a place context at least once and never in a person context.
 * <ul>
 *   <li>Place contexts: after a spatial preposition ({@code in}, {@code from}, {@code near}, {@code outside},
 *       {@code across}, {@code around}, {@code into}, {@code toward}, {@code towards}), after {@code city of},
 *       {@code hometown of}, {@code region of}-style phrases, or before a place noun ({@code region}, {@code oblast},
 *       {@code province}, {@code city}, {@code district}).</li>
 *   <li>Person contexts: after a title or honorific ({@code President}, {@code Mr.}, {@code Gen.}), before a
 *       speech verb ({@code said}, {@code told}), or before {@code ,} and an age ({@code Smith, 45,}). A possessive
 *       ({@code in Smith’s plan}) is neither.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class PlaceContexts {

    private static final Set<String> SPATIAL = Set.of("in", "from", "near", "outside", "across", "around", "into",
            "toward", "towards", "throughout");
    private static final Set<String> PLACE_OF = Set.of("city", "town", "village", "hometown", "region", "province",
            "capital", "outskirts", "suburb", "suburbs", "port", "district", "oblast", "streets");
    private static final Set<String> PLACE_AFTER = Set.of("region", "oblast", "province", "city", "district",
            "governorate", "county", "airport", "port", "metropolitan", "residents");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sen.",
            "rep.", "gen.", "gov.", "lt.", "col.", "sgt.", "capt.", "prof.");

    private PlaceContexts() {
    }

    /**
     * Retypes in place the PERSON candidates used only as places.
     *
     * @param candidates the mentions' tokens
     * @param types      their types, parallel to {@code candidates}; changed in place
     * @param contexts   the tokens of each mention's sentence, parallel to {@code candidates}
     */
    static void retype(List<List<CoreLabel>> candidates, List<EntityType> types, List<List<CoreLabel>> contexts) {
        Map<String, int[]> votes = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (types.get(i) != EntityType.PERSON) {
                continue;
            }
            int[] v = votes.computeIfAbsent(key(candidates.get(i)), k -> new int[2]);
            List<CoreLabel> tokens = candidates.get(i);
            List<CoreLabel> sentence = contexts.get(i);
            int first = position(sentence, tokens.get(0));
            int last = position(sentence, tokens.get(tokens.size() - 1));
            if (first < 0 || last < 0) {
                v[1]++;
                continue;
            }
            if (person(sentence, first, last)) {
                v[1]++;
            } else if (place(sentence, first, last)) {
                v[0]++;
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            int[] v = types.get(i) == EntityType.PERSON ? votes.get(key(candidates.get(i))) : null;
            if (v != null && v[0] > 0 && v[1] == 0) {
                types.set(i, EntityType.LOCATION);
            }
        }
    }

    private static boolean place(List<CoreLabel> sentence, int first, int last) {
        String next = lower(sentence, last + 1);
        if (next.equals("'s") || next.equals("’s") || next.equals("'") || next.equals("’")) {
            return false;
        }
        String before = lower(sentence, first - 1);
        if (SPATIAL.contains(before)) {
            return true;
        }
        if (before.equals("of") && PLACE_OF.contains(lower(sentence, first - 2))) {
            return true;
        }
        return PLACE_AFTER.contains(lower(sentence, last + 1));
    }

    private static boolean person(List<CoreLabel> sentence, int first, int last) {
        String before = lower(sentence, first - 1);
        if (SpeakerWords.TITLES.contains(before) || HONORIFICS.contains(before)) {
            return true;
        }
        String after = lower(sentence, last + 1);
        if (QuoteCues.isSpeechForm(after)) {
            return true;
        }
        return after.equals(",") && lower(sentence, last + 2).chars().allMatch(Character::isDigit)
                && !lower(sentence, last + 2).isEmpty();
    }

    private static String key(List<CoreLabel> tokens) {
        StringBuilder sb = new StringBuilder();
        for (CoreLabel t : tokens) {
            sb.append(t.word()).append(' ');
        }
        return sb.toString();
    }

    private static int position(List<CoreLabel> sentence, CoreLabel token) {
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.get(i).beginPosition() == token.beginPosition()) {
                return i;
            }
        }
        return -1;
    }

    private static String lower(List<CoreLabel> sentence, int i) {
        return i < 0 || i >= sentence.size() ? "" : sentence.get(i).word().toLowerCase(Locale.ROOT);
    }
}
