package org.corroborate.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.corroborate.api.Article;
import org.corroborate.api.Span;
import org.corroborate.api.TimeMention;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

/**
 * Temporal expressions from SUTime's per-token TIMEX annotations: consecutive tokens carrying the same TIMEX form one
 * {@link TimeMention}, resolved to calendar days by {@link TimexResolver}. Stateless and thread-safe.
 */
final class TimeExtractor {

    private static final int CONTEXT_WORDS = 3;

    private TimeExtractor() {
    }

    static List<TimeMention> extract(Article article, List<CoreMap> sentences) {
        LocalDate published = article.publishedDate().orElse(null);
        List<TimeMention> result = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = CoreNlpPipeline.tokens(sentence);
            int i = 0;
            while (i < tokens.size()) {
                Timex timex = tokens.get(i).get(TimeAnnotations.TimexAnnotation.class);
                if (timex == null || timex.timexType() == null) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < tokens.size() && same(timex, tokens.get(j).get(TimeAnnotations.TimexAnnotation.class))) {
                    j++;
                }
                result.add(mention(article, tokens, i, j, timex, published));
                i = j;
            }
        }
        return result;
    }

    /**
     * News usage for a bare weekday ("said Thursday", "meets on Friday"): SUTime's guess follows the nearest verb's
     * tense and often lands a week late. After a past-tense verb the weekday is the latest such day on or before
     * publication; otherwise the nearest such day (up to three days back, else ahead). Null when not a bare weekday
     * or the article is undated.
     */
    private static LocalDate bareWeekday(List<CoreLabel> tokens, int from, int to, LocalDate published) {
        if (published == null) {
            return null;
        }
        DayOfWeek day = null;
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("on")) {
                continue;
            }
            if (day != null || !WEEKDAYS.containsKey(w)) {
                return null;
            }
            day = WEEKDAYS.get(w);
        }
        if (day == null || from > 0 && MODIFIERS.contains(tokens.get(from - 1).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        LocalDate before = published.with(TemporalAdjusters.previousOrSame(day));
        if (pastTense(tokens, from) || published.toEpochDay() - before.toEpochDay() <= 3) {
            return before;
        }
        return published.with(TemporalAdjusters.next(day));
    }

    private static boolean pastTense(List<CoreLabel> tokens, int from) {
        for (int k = from - 1; k >= Math.max(0, from - 6); k--) {
            String tag = tokens.get(k).tag();
            if (tag != null && (tag.startsWith("VB") || tag.equals("MD"))) {
                return tag.equals("VBD") || tag.equals("VBN");
            }
        }
        return false;
    }

    private static final Set<String> MODIFIERS = Set.of("next", "last", "this", "coming", "previous", "following");

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);

    private static boolean same(Timex a, Timex b) {
        if (b == null) {
            return false;
        }
        if (a == b) {
            return true;
        }
        return a.tid() != null && a.tid().equals(b.tid());
    }

    private static TimeMention mention(Article article, List<CoreLabel> tokens, int from, int to, Timex timex,
                                       LocalDate published) {
        Set<String> context = new HashSet<>();
        for (int k = Math.max(0, from - CONTEXT_WORDS); k < to; k++) {
            context.add(tokens.get(k).word().toLowerCase(Locale.ROOT));
        }
        String type = timex.timexType();
        String value = timex.value();
        LocalDate weekday = bareWeekday(tokens, from, to, published);
        if (weekday != null) {
            value = weekday.toString();
        }
        TimexResolver.Range range = TimexResolver.resolve(type, value, published, context);
        Span span = Span.of(article, tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition());
        return new TimeMention(span, type, value,
                range == null ? null : range.from().toString(), range == null ? null : range.to().toString());
    }
}
