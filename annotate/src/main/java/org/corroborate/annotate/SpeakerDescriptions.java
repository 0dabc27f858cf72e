package org.corroborate.annotate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.corroborate.annotate.SpeakerResolver.Found;
import org.corroborate.api.EntityMention;
import org.corroborate.api.EntityType;
import org.corroborate.api.Speaker;

/**
 * Resolves a description used as a speaker ({@code the president}, {@code the Russian leader},
 * {@code Ukraine's president}, {@code the Kremlin}, {@code officials}), as {@link SpeakerResolver} documents: a title
 * to the PERSON entity whose earlier mentions carried that title or modifier (most matching words first, then most
 * matching mentions, then the most recent); a capitalised description to the entity whose name holds the word; a
 * group noun, or a description that matches nothing, stays unresolved (its words as name, a null entity id).
 *
 * <p>Arguments are never null. Stateless and thread-safe.
 */
final class SpeakerDescriptions {

    private SpeakerDescriptions() {
    }

    /**
     * {@code the president}, {@code the Russian leader}, {@code Ukraine's president}, {@code officials}.
     *
     * @param t  the article view
     * @param j  the head word of the description (its last word)
     * @param lo the lowest word the description may start at
     * @return the speaker; null when word {@code j} heads no description
     */
    static Found of(QuoteText t, int j, int lo) {
        QuoteText.Word head = t.word(j);
        boolean title = SpeakerWords.TITLES.contains(head.lower());
        boolean group = SpeakerWords.GROUPS.contains(head.lower());
        boolean proper = head.capitalized() && !SpeakerWords.STOP_CAPS.contains(head.lower());
        if (!title && !group && !proper) {
            return null;
        }
        int k = j;
        boolean determined = false;
        while (k - 1 >= lo && j - k < 4 && t.plainGap(k)) {
            QuoteText.Word prev = t.word(k - 1);
            if (SpeakerWords.DETERMINERS.contains(prev.lower()) || prev.possessive()) {
                k--;
                determined = true;
                break;
            }
            if (!SpeakerResolver.npWord(prev)) {
                break;
            }
            k--;
        }
        if (!determined) {
            return group ? SpeakerResolver.unresolved(t, k, j) : null;
        }
        String[] modifiers = new String[j - k - 1];
        for (int i = k + 1; i < j; i++) {
            modifiers[i - k - 1] = normal(t.word(i).lower());
        }
        if (!title) {
            for (EntityMention m : t.mentions()) {
                String name = t.name(m.entityId());
                if (m.span().start() < head.start() && name != null
                        && name.toLowerCase(java.util.Locale.ROOT).contains(head.lower())) {
                    return new Found(new Speaker(t.span(t.word(k).start(), head.end()), m.entityId(), name), k, j);
                }
            }
            return SpeakerResolver.unresolved(t, k, j);
        }
        EntityMention best = byTitle(t, normal(head.lower()), modifiers, head.start());
        Speaker s = best == null ? null : new Speaker(t.span(t.word(k).start(), head.end()), best.entityId(),
                SpeakerResolver.nameOf(best, t));
        return s == null ? SpeakerResolver.unresolved(t, k, j) : new Found(s, k, j);
    }

    /** The PERSON whose earlier mentions were preceded by the description's title or modifiers. */
    private static EntityMention byTitle(QuoteText t, String head, String[] modifiers, int before) {
        Map<String, int[]> scores = new HashMap<>();
        Map<String, EntityMention> latest = new HashMap<>();
        Set<String> heads = SpeakerWords.SYNONYMS.getOrDefault(head, Set.of(head));
        for (EntityMention m : t.mentions()) {
            if (m.span().start() >= before || m.type() != EntityType.PERSON || t.inQuote(m.span().start())) {
                continue;
            }
            int first = t.wordAt(m.span().start());
            if (first >= t.wordCount()) {
                continue;
            }
            int from = SpeakerResolver.npStart(t, first, t.first(t.word(first).sentence()));
            Set<String> context = new HashSet<>();
            for (int i = from; i < first; i++) {
                context.add(normal(t.word(i).lower()));
            }
            boolean headHit = heads.stream().anyMatch(context::contains);
            int modHits = 0;
            for (String mod : modifiers) {
                if (SpeakerWords.SYNONYMS.getOrDefault(mod, Set.of(mod)).stream().anyMatch(context::contains)) {
                    modHits++;
                }
            }
            boolean hit = modifiers.length == 0 ? headHit : modHits > 0;
            if (hit) {
                int score = (headHit ? 2 : 0) + 2 * modHits;
                int[] s = scores.computeIfAbsent(m.entityId(), id -> new int[2]);
                s[0] = Math.max(s[0], score);
                s[1]++;
                latest.put(m.entityId(), m);
            }
        }
        EntityMention best = null;
        int[] bestScore = null;
        for (Map.Entry<String, int[]> e : scores.entrySet()) {
            int[] s = e.getValue();
            EntityMention m = latest.get(e.getKey());
            if (best == null || s[0] > bestScore[0] || (s[0] == bestScore[0] && (s[1] > bestScore[1]
                    || (s[1] == bestScore[1] && m.span().start() > best.span().start())))) {
                best = m;
                bestScore = s;
            }
        }
        return best;
    }

    private static String normal(String lower) {
        String s = lower.replace("’s", "").replace("'s", "");
        return s.equals("u.s.") || s.equals("u.s") ? "us" : s;
    }
}
