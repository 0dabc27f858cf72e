package org.corroborate.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.corroborate.api.Article;
import org.corroborate.api.Entity;
import org.corroborate.api.EntityMention;
import org.corroborate.api.EntityType;
import org.corroborate.api.Span;

/**
 * Merges the mentions of one article into entities: "Trump", "President Trump" and "Mr. Trump" join "Donald Trump";
 * "U.S." joins "United States"; "CSIS" joins "Center for Strategic and International Studies". A surname that fits
 * several full names joins the most mentioned one. Stateless and thread-safe.
 */
final class ArticleEntityMerger {

    /** Mentions and the entity index of one article. */
    record Result(List<EntityMention> mentions, List<Entity> entities) {
    }

    /** Mentions of one entity, in text order. */
    private static final class Group {
        final EntityType type;
        final List<MentionExtractor.NameMention> members = new ArrayList<>();
        final List<String> spellings = new ArrayList<>();
        final List<Names.PersonName> names = new ArrayList<>();
        String known;

        Group(EntityType type) {
            this.type = type;
        }

        void add(MentionExtractor.NameMention m, String spelling, Names.PersonName name) {
            members.add(m);
            spellings.add(spelling);
            if (name != null) {
                names.add(name);
            }
        }

        boolean full() {
            return names.stream().anyMatch(Names.PersonName::full);
        }
    }

    private ArticleEntityMerger() {
    }

    static Result merge(Article article, List<MentionExtractor.NameMention> mentions) {
        String text = article.text();
        List<Group> groups = new ArrayList<>();
        List<MentionExtractor.NameMention> surnames = new ArrayList<>();
        Map<String, Group> places = new LinkedHashMap<>();
        for (MentionExtractor.NameMention m : mentions) {
            String raw = text.substring(m.start(), m.end());
            if (m.type() == EntityType.PERSON) {
                Names.PersonName name = Names.person(raw);
                if (name == null) {
                    continue;
                }
                if (!name.full()) {
                    surnames.add(m);
                    continue;
                }
                Group g = groups.stream()
                        .filter(x -> x.type == EntityType.PERSON
                                && x.names.stream().allMatch(n -> NameMatcher.sameFullName(n, name)))
                        .findFirst().orElse(null);
                if (g == null) {
                    g = new Group(EntityType.PERSON);
                    groups.add(g);
                }
                g.add(m, Names.stripTitles(raw), name);
            } else {
                String known = Names.knownCanonical(raw);
                String key = m.type() + "|" + Names.placeKey(known != null ? known : raw);
                Group g = places.get(key);
                if (g == null) {
                    g = new Group(m.type());
                    g.known = known;
                    places.put(key, g);
                    groups.add(g);
                }
                g.add(m, String.join(" ", Names.words(raw)), null);
            }
        }
        for (MentionExtractor.NameMention m : surnames) {
            String raw = text.substring(m.start(), m.end());
            Names.PersonName name = Names.person(raw);
            List<Group> fits = groups.stream()
                    .filter(x -> x.type == EntityType.PERSON
                            && x.names.stream().anyMatch(n -> NameMatcher.sameSurname(n, name)))
                    .toList();
            List<Group> fullFits = fits.stream().filter(Group::full).toList();
            Group g = !fullFits.isEmpty()
                    ? fullFits.stream().max(Comparator.comparingInt(x -> x.members.size())).orElseThrow()
                    : fits.isEmpty() ? null : fits.get(0);
            if (g == null) {
                g = new Group(EntityType.PERSON);
                groups.add(g);
            }
            g.add(m, Names.stripTitles(raw), name);
        }
        mergeAcronyms(groups);
        return build(article, groups);
    }

    /** A one-word all-capitals organisation or place joins the same-type group whose name it abbreviates. */
    private static void mergeAcronyms(List<Group> groups) {
        for (Group g : new ArrayList<>(groups)) {
            if (g.type == EntityType.PERSON || g.known != null
                    || g.spellings.stream().anyMatch(s -> s.contains(" "))) {
                continue;
            }
            String acronym = g.spellings.get(0);
            Group target = groups.stream()
                    .filter(x -> x != g && x.type == g.type && Names.isAcronymOf(acronym, canonical(x)))
                    .findFirst().orElse(null);
            if (target != null) {
                for (int i = 0; i < g.members.size(); i++) {
                    target.add(g.members.get(i), g.spellings.get(i), null);
                }
                groups.remove(g);
            }
        }
    }

    /** The known name, else the longest spelling (most words, then most characters, most frequent, alphabetical). */
    static String canonical(Group g) {
        if (g.known != null) {
            return g.known;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : g.spellings) {
            counts.merge(s, 1, Integer::sum);
        }
        Comparator<String> order = Comparator.<String>comparingInt(s -> s.split(" ").length)
                .thenComparingInt(String::length)
                .thenComparingInt(counts::get)
                .reversed()
                .thenComparing(Comparator.naturalOrder());
        return counts.keySet().stream().sorted(order).findFirst().orElseThrow();
    }

    private static Result build(Article article, List<Group> groups) {
        Map<String, List<Group>> byId = new LinkedHashMap<>();
        groups.sort(Comparator.comparingInt(g -> g.members.get(0).start()));
        for (Group g : groups) {
            byId.computeIfAbsent(Names.id(g.type, canonical(g)), k -> new ArrayList<>()).add(g);
        }
        List<EntityMention> mentions = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<Group>> e : byId.entrySet()) {
            String canonical = canonical(e.getValue().get(0));
            TreeSet<String> aliases = new TreeSet<>();
            EntityType type = e.getValue().get(0).type;
            for (Group g : e.getValue()) {
                aliases.addAll(g.spellings);
                for (MentionExtractor.NameMention m : g.members) {
                    Span span = Span.of(article, m.start(), m.end());
                    aliases.add(span.text());
                    mentions.add(new EntityMention(span, type, e.getKey()));
                }
            }
            aliases.remove(canonical);
            entities.add(new Entity(e.getKey(), canonical, type, List.copyOf(aliases)));
        }
        mentions.sort(Comparator.comparingInt((EntityMention m) -> m.span().start()).thenComparingInt(m -> m.span().end()));
        return new Result(mentions, entities);
    }
}
