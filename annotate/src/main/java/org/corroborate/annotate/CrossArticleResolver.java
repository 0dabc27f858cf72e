package org.corroborate.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Entity;
import org.corroborate.api.EntityMention;
import org.corroborate.api.EntityResolver;
import org.corroborate.api.EntityType;
import org.corroborate.api.Quote;
import org.corroborate.api.Speaker;

/**
 * Merges entities across articles. Persons: full names join when their surnames are the same up to transliteration
 * and their given names are compatible (see {@link NameMatcher}); an article's surname-only person joins the unique
 * full-name person with that surname in the run (or, when several fit, one mentioned more than twice as often as any
 * other). Organisations and places join on their folded spelling and well-known aliases. The canonical name is the
 * most frequent full spelling among the mentions (ties: longest, then alphabetical).
 *
 * <p>Stateless and thread-safe; the same input gives the same output.
 */
final class CrossArticleResolver implements EntityResolver {

    /** One article's entity. */
    private record Item(int article, Entity entity, Names.PersonName name, List<String> spellings) {
    }

    /** Entities that are one real-world entity. */
    private static final class Cluster {
        final EntityType type;
        final List<Item> items = new ArrayList<>();
        String id;
        String canonical;
        List<String> aliases;

        Cluster(EntityType type) {
            this.type = type;
        }

        int mentions() {
            return items.stream().mapToInt(i -> i.spellings().size()).sum();
        }
    }

    @Override
    public List<AnnotatedArticle> resolve(List<AnnotatedArticle> articles) {
        if (articles == null) {
            throw new NullPointerException("articles");
        }
        List<Item> items = items(articles);
        List<Cluster> clusters = new ArrayList<>();
        clusterPersons(items, clusters);
        clusterPlaces(items, clusters);
        name(clusters);
        Map<String, Cluster> byItem = new HashMap<>();
        for (Cluster c : clusters) {
            for (Item i : c.items) {
                byItem.put(i.article() + "\u0000" + i.entity().id(), c);
            }
        }
        List<AnnotatedArticle> result = new ArrayList<>(articles.size());
        for (int a = 0; a < articles.size(); a++) {
            result.add(rewrite(a, articles.get(a), byItem));
        }
        return List.copyOf(result);
    }

    private static List<Item> items(List<AnnotatedArticle> articles) {
        Map<String, Map<EntityType, Integer>> votes = typeVotes(articles);
        List<Item> items = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            AnnotatedArticle article = articles.get(a);
            Map<String, List<String>> spellings = new HashMap<>();
            for (EntityMention m : article.entities()) {
                String text = m.type() == EntityType.PERSON ? Names.stripTitles(m.span().text())
                        : String.join(" ", Names.words(m.span().text()));
                spellings.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(text);
            }
            for (Entity original : article.entityIndex()) {
                EntityType type = majorityType(original, votes);
                Entity e = type == original.type() ? original
                        : new Entity(original.id(), original.name(), type, original.aliases());
                Names.PersonName name = e.type() == EntityType.PERSON ? Names.person(e.name()) : null;
                items.add(new Item(a, e, name, spellings.getOrDefault(e.id(), List.of())));
            }
        }
        return items;
    }

    /** Mentions per spelling and type in the whole run: CoreNLP sometimes tags a city as a person. */
    private static Map<String, Map<EntityType, Integer>> typeVotes(List<AnnotatedArticle> articles) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (AnnotatedArticle a : articles) {
            for (EntityMention m : a.entities()) {
                votes.computeIfAbsent(Names.placeKey(m.span().text()), k -> new EnumMap<>(EntityType.class))
                        .merge(m.type(), 1, Integer::sum);
            }
        }
        return votes;
    }

    /** The entity's type, or the type its name has in clearly more mentions of the run. */
    private static EntityType majorityType(Entity e, Map<String, Map<EntityType, Integer>> votes) {
        Map<EntityType, Integer> v = votes.getOrDefault(Names.placeKey(e.name()), Map.of());
        int own = v.getOrDefault(e.type(), 0);
        EntityType best = e.type();
        for (EntityType t : EntityType.values()) {
            if (v.getOrDefault(t, 0) > Math.max(own, 1) && v.getOrDefault(t, 0) > v.getOrDefault(best, 0)) {
                best = t;
            }
        }
        return best;
    }

    private static void clusterPersons(List<Item> items, List<Cluster> clusters) {
        List<Item> persons = items.stream().filter(i -> i.entity().type() == EntityType.PERSON && i.name() != null)
                .sorted(Comparator.comparing((Item i) -> i.entity().name()).thenComparingInt(Item::article))
                .toList();
        List<Cluster> full = new ArrayList<>();
        for (Item item : persons) {
            if (!item.name().full()) {
                continue;
            }
            Cluster c = full.stream()
                    .filter(x -> x.items.stream().allMatch(i -> NameMatcher.sameFullName(i.name(), item.name())))
                    .findFirst().orElse(null);
            if (c == null) {
                c = new Cluster(EntityType.PERSON);
                full.add(c);
            }
            c.items.add(item);
        }
        List<Cluster> surnameOnly = new ArrayList<>();
        for (Item item : persons) {
            if (item.name().full()) {
                continue;
            }
            Cluster c = fullNameFor(item, full);
            if (c == null) {
                c = surnameOnly.stream()
                        .filter(x -> NameMatcher.sameSurname(x.items.get(0).name(), item.name()))
                        .findFirst().orElse(null);
            }
            if (c == null) {
                c = new Cluster(EntityType.PERSON);
                surnameOnly.add(c);
            }
            c.items.add(item);
        }
        clusters.addAll(full);
        clusters.addAll(surnameOnly);
        // persons whose name has no words left: each on its own
        items.stream().filter(i -> i.entity().type() == EntityType.PERSON && i.name() == null).forEach(i -> {
            Cluster c = new Cluster(EntityType.PERSON);
            c.items.add(i);
            clusters.add(c);
        });
    }

    /** The full-name cluster a surname-only person joins: the only one that fits, or a dominant one; else null. */
    private static Cluster fullNameFor(Item item, List<Cluster> full) {
        List<Cluster> fits = full.stream()
                .filter(c -> c.items.stream().anyMatch(i -> NameMatcher.sameSurname(i.name(), item.name())))
                .sorted(Comparator.comparingInt(Cluster::mentions).reversed())
                .toList();
        if (fits.size() == 1) {
            return fits.get(0);
        }
        if (fits.size() > 1 && fits.get(0).mentions() > 2 * fits.get(1).mentions()) {
            return fits.get(0);
        }
        return null;
    }

    private static void clusterPlaces(List<Item> items, List<Cluster> clusters) {
        Map<String, Cluster> byKey = new LinkedHashMap<>();
        items.stream().filter(i -> i.entity().type() != EntityType.PERSON)
                .sorted(Comparator.comparing((Item i) -> i.entity().id()).thenComparingInt(Item::article))
                .forEach(i -> {
                    String known = Names.knownCanonical(i.entity().name());
                    String key = i.entity().type() + "|" + Names.placeKey(known != null ? known : i.entity().name());
                    byKey.computeIfAbsent(key, k -> new Cluster(i.entity().type())).items.add(i);
                });
        clusters.addAll(byKey.values());
    }

    /** Canonical names, ids (unique: a clash gets "-2", "-3"), and aliases. */
    private static void name(List<Cluster> clusters) {
        Map<String, Integer> used = new HashMap<>();
        for (Cluster c : clusters) {
            c.canonical = canonical(c);
            String id = Names.id(c.type, c.canonical);
            int n = used.merge(id, 1, Integer::sum);
            c.id = n == 1 ? id : id + "-" + n;
            TreeSet<String> aliases = new TreeSet<>();
            for (Item i : c.items) {
                aliases.add(i.entity().name());
                aliases.addAll(i.entity().aliases());
                aliases.addAll(i.spellings());
            }
            aliases.remove(c.canonical);
            c.aliases = List.copyOf(aliases);
        }
    }

    private static String canonical(Cluster c) {
        if (c.type != EntityType.PERSON) {
            for (Item i : c.items) {
                String known = Names.knownCanonical(i.entity().name());
                if (known != null) {
                    return known;
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Item i : c.items) {
            if (i.spellings().isEmpty()) {
                counts.merge(i.entity().name(), 1, Integer::sum);
            }
            for (String s : i.spellings()) {
                counts.merge(s, 1, Integer::sum);
            }
        }
        if (c.type == EntityType.PERSON && counts.keySet().stream().anyMatch(CrossArticleResolver::isFull)) {
            counts.keySet().removeIf(s -> !isFull(s));
        }
        return counts.keySet().stream()
                .min(Comparator.comparingInt((String s) -> -counts.get(s)).thenComparingInt(s -> -s.length())
                        .thenComparing(Comparator.naturalOrder()))
                .orElse(c.items.get(0).entity().name());
    }

    private static boolean isFull(String spelling) {
        Names.PersonName name = Names.person(spelling);
        return name != null && name.full();
    }

    private static AnnotatedArticle rewrite(int a, AnnotatedArticle article, Map<String, Cluster> byItem) {
        List<EntityMention> mentions = new ArrayList<>();
        for (EntityMention m : article.entities()) {
            Cluster c = byItem.get(a + "\u0000" + m.entityId());
            mentions.add(c == null ? m : new EntityMention(m.span(), c.type, c.id));
        }
        Map<String, Entity> index = new LinkedHashMap<>();
        for (Entity e : article.entityIndex()) {
            Cluster c = byItem.get(a + "\u0000" + e.id());
            Entity resolved = c == null ? e : new Entity(c.id, c.canonical, c.type, c.aliases);
            index.putIfAbsent(resolved.id(), resolved);
        }
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : article.quotes()) {
            Speaker s = q.speaker();
            Cluster c = s == null || s.entityId() == null ? null : byItem.get(a + "\u0000" + s.entityId());
            quotes.add(c == null ? q : new Quote(q.content(), q.cue(), new Speaker(s.span(), c.id, c.canonical),
                    q.direct(), q.pieces()));
        }
        return new AnnotatedArticle(article.article(), article.sentences(), mentions, List.copyOf(index.values()),
                quotes, article.quantities(), article.times(), article.warnings());
    }
}
