package org.corroborate.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.api.Article;
import org.corroborate.api.Entity;
import org.corroborate.api.EntityMention;
import org.corroborate.api.EntityType;
import org.corroborate.api.Quote;
import org.corroborate.api.Sentence;
import org.corroborate.api.Span;
import org.corroborate.api.Token;
import org.corroborate.testkit.Fixtures;
import org.corroborate.testkit.SharedData;

/**
 * Test support for quote and quantity tests: invented articles, seed reports (skipping when ../shared is absent),
 * entity mentions found by name search, and hand-tagged tokens.
 */
final class QuoteTestSupport {

    private QuoteTestSupport() {
    }

    /** The seed file's raw text as an article; skips the calling test when the seeds are absent. */
    static Article seed(String file) {
        Path path = SharedData.require("seeds/" + file);
        try {
            return Fixtures.article(file.substring(0, 3), "x", Files.readString(path, StandardCharsets.UTF_8),
                    "2025-10-16");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An invented article (id "t") with the given clean text. */
    static Article article(String text) {
        return Fixtures.article("t", "x", text, "2025-10-16");
    }

    /** The quotes of {@code text}, with mentions found by searching for the entities' spellings. */
    static List<Quote> quotes(String text, Entity... entities) {
        Article article = article(text);
        return new QuoteFinder().find(article, Fixtures.sentences(article), mentions(article, List.of(entities)),
                List.of(entities));
    }

    /** A person the invented quote sentences name ("Miller said ..."). */
    static final Entity MILLER = entity(EntityType.PERSON, "John Miller", "Miller");
    /** Another person the invented quote sentences name ("Petrenko warned ..."). */
    static final Entity PETRENKO = entity(EntityType.PERSON, "Anna Petrenko", "Petrenko");

    /**
     * The single quote of {@code text} (mentions found for {@link #MILLER} and {@link #PETRENKO}), checked to be
     * indirect with the given content, cue and speaker name, each at its place in the text.
     */
    static Quote oneIndirect(String text, String content, String cue, String speaker) {
        List<Quote> found = quotes(text, MILLER, PETRENKO);
        assertThat(found).hasSize(1);
        Quote q = found.get(0);
        assertThat(q.direct()).isFalse();
        assertThat(q.content().text()).isEqualTo(content);
        assertThat(q.content().start()).isEqualTo(text.indexOf(content));
        assertThat(q.cue().text()).isEqualTo(cue);
        assertThat(q.cue().start()).isEqualTo(text.indexOf(cue));
        assertThat(q.speaker().name()).isEqualTo(speaker);
        return q;
    }

    /** Naive sentences whose tokens get the POS tag {@code tags} gives their word (default "NN"). */
    static List<Sentence> tagged(Article article, Map<String, String> tags) {
        List<Sentence> result = new ArrayList<>();
        for (Sentence s : Fixtures.sentences(article)) {
            List<Token> tokens = new ArrayList<>();
            for (Token t : s.tokens()) {
                tokens.add(new Token(t.start(), t.end(), t.word(), t.lemma(), tags.getOrDefault(t.word(), "NN"),
                        t.ner()));
            }
            result.add(new Sentence(s.index(), s.span(), tokens));
        }
        return result;
    }

    /** The only quote one of whose pieces contains {@code words}; fails when there is not exactly one. */
    static Quote quoteWith(List<Quote> quotes, String words) {
        List<Quote> found = quotes.stream()
                .filter(q -> q.pieces().stream().anyMatch(p -> p.text().contains(words))).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one quote containing '" + words + "', found " + found);
        }
        return found.get(0);
    }

    /** An entity with the spellings to search for (the canonical name first). */
    static Entity entity(EntityType type, String name, String... aliases) {
        return new Entity(type.name().toLowerCase(Locale.ROOT) + ":" + name.toLowerCase(Locale.ROOT).replace(' ', '-'),
                name, type, List.of(aliases));
    }

    /** Every whole-word occurrence of each entity's name or alias, longest spellings first, never overlapping. */
    static List<EntityMention> mentions(Article article, List<Entity> entities) {
        record Candidate(String spelling, Entity entity) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Entity e : entities) {
            candidates.add(new Candidate(e.name(), e));
            e.aliases().forEach(a -> candidates.add(new Candidate(a, e)));
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.spelling().length()));
        String text = article.text();
        boolean[] taken = new boolean[text.length()];
        List<EntityMention> result = new ArrayList<>();
        for (Candidate c : candidates) {
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(c.spelling()) + "(?![\\p{L}])").matcher(text);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end(); i++) {
                    free &= !taken[i];
                }
                if (free) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    result.add(new EntityMention(Span.of(article, m.start(), m.end()), c.entity().type(),
                            c.entity().id()));
                }
            }
        }
        result.sort(Comparator.comparingInt(m -> m.span().start()));
        return result;
    }
}
