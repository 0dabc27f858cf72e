package org.corroborate.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Dates;
import org.corroborate.api.Sentence;
import org.corroborate.api.Span;
import org.corroborate.api.TimeMention;
import org.corroborate.api.TimelineEntry;

/**
 * Builds a story's timeline from resolved {@code DATE} time mentions: one entry per (day, sentence), the sentence's
 * text as the entry text and [time span, sentence span] as evidence. Entries of one day whose sentences belong to the
 * same fact are merged (evidence concatenated, text of the first). Entries are sorted by day, then by the position of
 * their first evidence (article order, offset). Entries of one fact dated to incompatible days by different sentences
 * (one article says Monday the 3rd, another Tuesday the 4th) are each marked as a conflict.
 *
 * <p>Stateless; thread-safe.
 */
final class TimelineBuilder {

    /** Where a sentence stands: its fact index, or -1 when it is in no fact. */
    interface FactLookup {
        int factOf(String articleId, int sentenceIndex);
    }

    private static final class Draft {
        final String date;
        final String text;
        final int order;
        final int start;
        final int fact;
        final List<Span> evidence = new ArrayList<>();

        Draft(String date, String text, int order, int start, int fact) {
            this.date = date;
            this.text = text;
            this.order = order;
            this.start = start;
            this.fact = fact;
        }
    }

    /**
     * @param articles the story's articles in story order
     * @param facts    where each sentence stands
     * @param factIds  the id of a fact index
     * @return the entries in date order; entries of one fact with incompatible dates are marked as conflicts
     */
    List<TimelineEntry> build(List<AnnotatedArticle> articles, FactLookup facts, IntFunction<String> factIds) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (int order = 0; order < articles.size(); order++) {
            AnnotatedArticle a = articles.get(order);
            List<TimeMention> times = new ArrayList<>(a.times());
            times.sort(Comparator.comparingInt(t -> t.span().start()));
            for (TimeMention t : times) {
                if (!"DATE".equals(t.type().toUpperCase(Locale.ROOT)) || t.from() == null) {
                    continue;
                }
                Optional<java.time.LocalDate> day = Dates.leadingDate(t.from());
                if (day.isEmpty()) {
                    continue;
                }
                String date = precision(t, day.get().toString());
                Sentence sentence = containing(a, t.span());
                String key;
                Draft draft;
                if (sentence == null) {
                    key = date + "\u0000" + a.id() + "\u0000@" + t.span().start();
                    draft = new Draft(date, t.span().text(), order, t.span().start(), -1);
                } else {
                    int fact = facts.factOf(a.id(), sentence.index());
                    key = fact >= 0 ? date + "\u0000fact" + fact
                            : date + "\u0000" + a.id() + "\u0000" + sentence.index();
                    draft = new Draft(date, sentence.text(), order, t.span().start(), fact);
                }
                Draft existing = drafts.putIfAbsent(key, draft);
                Draft target = existing == null ? draft : existing;
                target.evidence.add(t.span());
                if (sentence != null && !target.evidence.contains(sentence.span())) {
                    target.evidence.add(sentence.span());
                }
            }
        }
        List<Draft> sorted = new ArrayList<>(drafts.values());
        sorted.sort(Comparator.comparing((Draft d) -> d.date).thenComparingInt(d -> d.order)
                .thenComparingInt(d -> d.start));
        Map<Integer, List<String>> datesOfFact = new HashMap<>();
        for (Draft d : sorted) {
            if (d.fact >= 0) {
                datesOfFact.computeIfAbsent(d.fact, k -> new ArrayList<>()).add(d.date);
            }
        }
        List<TimelineEntry> result = new ArrayList<>();
        for (Draft d : sorted) {
            boolean conflict = false;
            if (d.fact >= 0) {
                for (String other : datesOfFact.get(d.fact)) {
                    conflict |= !compatible(d.date, other);
                }
            }
            result.add(new TimelineEntry(d.date, d.text, d.evidence, d.fact >= 0 ? factIds.apply(d.fact) : null,
                    conflict));
        }
        return result;
    }

    /** True when one date contains the other ({@code 2024-03} and {@code 2024-03-05}) or they are equal. */
    static boolean compatible(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    /**
     * The day, or the year ({@code 2024}) or month ({@code 2024-03}) when the expression names no more than that
     * (ISO 8601 reduced precision): "in 2024" is not "1 January 2024".
     */
    static String precision(TimeMention t, String day) {
        String value = t.value();
        if (value != null && (value.matches("\\d{4}") || value.matches("\\d{4}-\\d{2}"))
                && day.startsWith(value)) {
            return value;
        }
        return day;
    }

    private static Sentence containing(AnnotatedArticle article, Span span) {
        for (Sentence s : article.sentences()) {
            if (span.within(s.span())) {
                return s;
            }
        }
        for (Sentence s : article.sentences()) {
            if (span.overlaps(s.span())) {
                return s;
            }
        }
        return null;
    }
}
