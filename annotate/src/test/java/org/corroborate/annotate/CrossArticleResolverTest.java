package org.corroborate.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Article;
import org.corroborate.api.Entity;
import org.corroborate.api.EntityMention;
import org.corroborate.api.EntityType;
import org.corroborate.api.Quote;
import org.corroborate.api.Span;
import org.corroborate.api.Speaker;
import org.junit.jupiter.api.Test;

/** Cross-article merging on hand-built articles: no CoreNLP. */
class CrossArticleResolverTest {

    /**
     * Builds an annotated article whose text is the given names joined by ". "; each name is one mention of an
     * entity whose within-article id and canonical name are given by {@code entityOf} (name → canonical).
     */
    static AnnotatedArticle article(String id, Map<String, String> entityOf, EntityType type) {
        StringBuilder text = new StringBuilder();
        List<int[]> offsets = new ArrayList<>();
        for (String name : entityOf.keySet()) {
            offsets.add(new int[] {text.length(), text.length() + name.length()});
            text.append(name).append(". ");
        }
        Article a = CoreNlpAnnotatorTest.article(id, "2025-10-17", text.toString());
        List<EntityMention> mentions = new ArrayList<>();
        Map<String, Entity> index = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, String> e : entityOf.entrySet()) {
            int[] o = offsets.get(i++);
            String entityId = Names.id(type, e.getValue());
            mentions.add(new EntityMention(Span.of(a, o[0], o[1]), type, entityId));
            index.putIfAbsent(entityId, new Entity(entityId, e.getValue(), type, List.of()));
        }
        List<Quote> quotes = List.of(new Quote(Span.of(a, offsets.get(0)[0], offsets.get(0)[1]), null,
                new Speaker(Span.of(a, offsets.get(0)[0], offsets.get(0)[1]), mentions.get(0).entityId(),
                        entityOf.values().iterator().next()), false));
        return new AnnotatedArticle(a, List.of(), mentions, List.copyOf(index.values()), quotes, List.of(), List.of(),
                List.of());
    }

    private static Map<String, String> names(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static Set<String> idsOf(List<AnnotatedArticle> articles, String mentionText) {
        return articles.stream().flatMap(a -> a.entities().stream())
                .filter(m -> m.span().text().equals(mentionText)).map(EntityMention::entityId)
                .collect(Collectors.toSet());
    }

    private final org.corroborate.api.EntityResolver resolver = Annotators.entityResolver();

    @Test
    void transliterationsOfOneSurnameMerge() {
        List<AnnotatedArticle> in = List.of(
                article("a", names("Volodymyr Zelensky", "Volodymyr Zelensky", "Zelensky", "Volodymyr Zelensky"),
                        EntityType.PERSON),
                article("b", names("Volodymyr Zelenskiy", "Volodymyr Zelenskiy"), EntityType.PERSON),
                article("c", names("Volodymyr Zelenskyy", "Volodymyr Zelenskyy"), EntityType.PERSON),
                article("d", names("Zelensky", "Zelensky"), EntityType.PERSON),
                article("e", names("Volodymyr Zelensky", "Volodymyr Zelensky"), EntityType.PERSON));
        List<AnnotatedArticle> out = resolver.resolve(in);
        Set<String> ids = out.stream().flatMap(a -> a.entities().stream()).map(EntityMention::entityId)
                .collect(Collectors.toSet());
        assertThat(ids).containsExactly("person:volodymyr-zelensky");
        Entity e = out.get(1).entityIndex().get(0);
        assertThat(e.name()).isEqualTo("Volodymyr Zelensky");
        assertThat(e.aliases()).contains("Volodymyr Zelenskiy", "Volodymyr Zelenskyy", "Zelensky")
                .doesNotContain("Volodymyr Zelensky");
        // speakers follow
        assertThat(out.get(1).quotes().get(0).speaker().entityId()).isEqualTo("person:volodymyr-zelensky");
        assertThat(out.get(1).quotes().get(0).speaker().name()).isEqualTo("Volodymyr Zelensky");
    }

    @Test
    void givenNameVariantsAndInitialsMerge() {
        List<AnnotatedArticle> in = List.of(
                article("a", names("Yuri Ushakov", "Yuri Ushakov"), EntityType.PERSON),
                article("b", names("Yury Ushakov", "Yury Ushakov", "Ushakov", "Yury Ushakov"), EntityType.PERSON),
                article("c", names("Ushakov", "Ushakov"), EntityType.PERSON),
                article("d", names("Sergey Lavrov", "Sergey Lavrov", "V. Putin", "V. Putin"), EntityType.PERSON),
                article("e", names("Sergei Lavrov", "Sergei Lavrov", "Vladimir Putin", "Vladimir Putin"),
                        EntityType.PERSON));
        List<AnnotatedArticle> out = resolver.resolve(in);
        Set<String> ushakov = new java.util.HashSet<>(idsOf(out, "Yuri Ushakov"));
        ushakov.addAll(idsOf(out, "Yury Ushakov"));
        ushakov.addAll(idsOf(out, "Ushakov"));
        assertThat(ushakov).hasSize(1);
        // one full mention each of Yuri and Yury: same length, so alphabetical
        assertThat(ushakov).containsExactly("person:yuri-ushakov");
        Set<String> lavrov = new java.util.HashSet<>(idsOf(out, "Sergey Lavrov"));
        lavrov.addAll(idsOf(out, "Sergei Lavrov"));
        assertThat(lavrov).hasSize(1);
        Set<String> putin = new java.util.HashSet<>(idsOf(out, "V. Putin"));
        putin.addAll(idsOf(out, "Vladimir Putin"));
        assertThat(putin).containsExactly("person:vladimir-putin");
    }

    @Test
    void differentGivenNamesWithOneSurnameStayApart() {
        List<AnnotatedArticle> in = List.of(
                article("a", names("Donald Trump", "Donald Trump", "Trump", "Donald Trump"), EntityType.PERSON),
                article("b", names("Melania Trump", "Melania Trump"), EntityType.PERSON),
                article("c", names("Donald Trump", "Donald Trump", "Melania Trump", "Melania Trump"),
                        EntityType.PERSON),
                article("d", names("Donald Trump Jr.", "Donald Trump Jr."), EntityType.PERSON));
        List<AnnotatedArticle> out = resolver.resolve(in);
        assertThat(idsOf(out, "Donald Trump")).containsExactly("person:donald-trump");
        assertThat(idsOf(out, "Melania Trump")).containsExactly("person:melania-trump");
        assertThat(idsOf(out, "Donald Trump Jr.")).containsExactly("person:donald-trump-jr");
        assertThat(idsOf(out, "Trump")).containsExactly("person:donald-trump");
    }

    @Test
    void ambiguousSurnameOnlyEntityStaysApart() {
        List<AnnotatedArticle> in = List.of(
                article("a", names("Donald Trump", "Donald Trump"), EntityType.PERSON),
                article("b", names("Melania Trump", "Melania Trump"), EntityType.PERSON),
                article("c", names("Trump", "Trump"), EntityType.PERSON));
        List<AnnotatedArticle> out = resolver.resolve(in);
        assertThat(idsOf(out, "Trump")).containsExactly("person:trump");
    }

    @Test
    void placesMergeOnSpellingAndKnownAliases() {
        List<AnnotatedArticle> in = List.of(
                article("a", names("U.S.", "United States", "Budapest", "Budapest"), EntityType.LOCATION),
                article("b", names("US", "United States"), EntityType.LOCATION));
        List<AnnotatedArticle> out = resolver.resolve(in);
        assertThat(idsOf(out, "U.S.")).containsExactly("location:united-states");
        assertThat(idsOf(out, "US")).containsExactly("location:united-states");
        assertThat(idsOf(out, "Budapest")).containsExactly("location:budapest");
    }

    @Test
    void sameInputGivesSameOutputInAnyCall() {
        List<AnnotatedArticle> in = List.of(
                article("a", names("Volodymyr Zelenskiy", "Volodymyr Zelenskiy"), EntityType.PERSON),
                article("b", names("Volodymyr Zelensky", "Volodymyr Zelensky"), EntityType.PERSON));
        List<AnnotatedArticle> first = resolver.resolve(in);
        assertThat(Annotators.entityResolver().resolve(in)).isEqualTo(first);
        assertThat(resolver.resolve(first)).isEqualTo(first);
        // tie (one article each, same length): alphabetical
        assertThat(first.get(0).entityIndex().get(0).name()).isEqualTo("Volodymyr Zelenskiy");
        assertThat(resolver.resolve(List.of())).isEmpty();
    }
}
