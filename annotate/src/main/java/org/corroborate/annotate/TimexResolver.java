package org.corroborate.annotate;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar days covered by a TIMEX3 value: a full date (or date-time) is one day, a week {@code 2025-W42} Monday to
 * Sunday, a weekend Saturday and Sunday, a month, a year. A duration is counted from the publication day forwards
 * ("within two weeks", "in the next 30 days") or backwards ("over the last year") when the words around it say which;
 * otherwise, and for sets and unresolved values ({@code XXXX-WXX-4}), the range is unknown. Stateless.
 */
final class TimexResolver {

    /** First and last calendar day, inclusive. */
    record Range(LocalDate from, LocalDate to) {
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DURATION = Pattern.compile(
            "P(?:(\\d+(?:\\.\\d+)?)Y)?(?:(\\d+(?:\\.\\d+)?)M)?(?:(\\d+(?:\\.\\d+)?)W)?(?:(\\d+(?:\\.\\d+)?)D)?"
                    + "(?:T(?:(\\d+(?:\\.\\d+)?)H)?(?:(\\d+(?:\\.\\d+)?)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");

    private static final Set<String> FORWARD = Set.of("within", "in", "next", "coming", "upcoming");
    private static final Set<String> BACKWARD = Set.of("last", "past", "previous", "ago", "since", "earlier");

    private TimexResolver() {
    }

    /**
     * @param type      TIMEX type
     * @param value     TIMEX value; nullable
     * @param published publication day; nullable
     * @param context   lower-case words of the expression and the few words before it
     * @return the range, or null when unknown
     */
    static Range resolve(String type, String value, LocalDate published, Set<String> context) {
        if (value == null) {
            return null;
        }
        try {
            if ("DURATION".equals(type)) {
                return duration(value, published, context);
            }
            if ("DATE".equals(type) || "TIME".equals(type)) {
                return date(value);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static Range date(String value) {
        Matcher m = DAY.matcher(value);
        if (m.matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return new Range(d, d);
        }
        m = WEEK.matcher(value);
        if (m.matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return m.group(3) != null ? new Range(monday.plusDays(5), monday.plusDays(6))
                    : new Range(monday, monday.plusDays(6));
        }
        m = MONTH.matcher(value);
        if (m.matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            return new Range(first, first.with(TemporalAdjusters.lastDayOfMonth()));
        }
        m = YEAR.matcher(value);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return new Range(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        return null;
    }

    private static Range duration(String value, LocalDate published, Set<String> context) {
        if (published == null) {
            return null;
        }
        boolean backward = context.stream().anyMatch(BACKWARD::contains);
        boolean forward = !backward && context.stream().anyMatch(FORWARD::contains);
        if (!forward && !backward) {
            return null;
        }
        Matcher m = DURATION.matcher(value);
        if (!m.matches() || value.equals("P") || value.equals("PT")) {
            return null;
        }
        double years = number(m.group(1));
        double months = number(m.group(2));
        double days = number(m.group(3)) * 7 + number(m.group(4))
                + number(m.group(5)) / 24 + number(m.group(6)) / 1440 + number(m.group(7)) / 86400;
        long wholeMonths = Math.round(years * 12 + months);
        long wholeDays = (long) Math.ceil(days);
        if (backward) {
            return new Range(published.minusMonths(wholeMonths).minusDays(wholeDays), published);
        }
        return new Range(published, published.plusMonths(wholeMonths).plusDays(wholeDays));
    }

    private static double number(String s) {
        return s == null ? 0 : Double.parseDouble(s);
    }
}
