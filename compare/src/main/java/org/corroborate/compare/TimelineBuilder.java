package org.corroborate.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
 * their first evidence (article order, offset).
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
        final List<Span> evidence = new ArrayList<>();

        Draft(String date, String text, int order, int start) {
            this.date = date;
            this.text = text;
            this.order = order;
            this.start = start;
        }
    }

    List<TimelineEntry> build(List<AnnotatedArticle> articles, FactLookup facts) {
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
                    draft = new Draft(date, t.span().text(), order, t.span().start());
                } else {
                    int fact = facts.factOf(a.id(), sentence.index());
                    key = fact >= 0 ? date + "\u0000fact" + fact
                            : date + "\u0000" + a.id() + "\u0000" + sentence.index();
                    draft = new Draft(date, sentence.text(), order, t.span().start());
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
        List<TimelineEntry> result = new ArrayList<>();
        for (Draft d : sorted) {
            result.add(new TimelineEntry(d.date, d.text, d.evidence));
        }
        return result;
    }

    /**
     * The day, or the year ({@code 2024}) or month ({@code 2024-03}) when the expression names no more than that
     * (ISO 8601 reduced precision): "in 2024" is not "1 January 2024".
     */
    private static String precision(TimeMention t, String day) {
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
