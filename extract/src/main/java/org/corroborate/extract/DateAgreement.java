package org.corroborate.extract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses a page's publication date among its date sources (JSON-LD, meta tags, {@code <time>} elements, the URL, a
 * visible date element) when they disagree.
 *
 * <ul>
 *   <li>By default the first source in order of trust gives the date.</li>
 *   <li>A UTC timestamp names an instant, not the publisher's day: when it is within twelve hours of midnight and
 *       another source that is not in UTC (a local timestamp, a date in the URL or on the page) gives the
 *       neighbouring day on that side, the local day is taken. Without such a source, a UTC timestamp on the hour
 *       exactly, within four hours before midnight, is a local midnight east of UTC (a bare date stored as midnight
 *       and converted to UTC): the same instant is written at that offset, on the next day.</li>
 *   <li>When at least two other sources agree on one other day and outnumber the sources of the first one's day,
 *       their day is taken (a theme's JSON-LD that dates the page by its template while the meta tags, the
 *       {@code <time>} element and the date line agree).</li>
 * </ul>
 * Values equal to the page's modified date (the same timestamp, or for a bare date the same day) never vote for a
 * day other than the first source's: an "updated" line is not a publication date.
 *
 * <p>Stateless; all methods are pure functions of their arguments.
 */
final class DateAgreement {

    private static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T(\\d{2}):\\d{2}.*");
    private static final Pattern UTC = Pattern.compile("(?:Z|[+-]00:?00)$");
    /** A clock time on the hour exactly: no minutes, seconds or fraction. */
    private static final Pattern WHOLE_HOUR = Pattern.compile("T\\d{2}:00(?::00(?:\\.0+)?)?(?:Z|[+-]00:?00)$");
    private static final int MIN_AGREEING = 2;
    private static final int MIDDAY = 12;
    private static final int HOURS_PER_DAY = 24;
    /** A UTC time this close to midnight may fall on the neighbouring day where the page was published. */
    private static final int NEAR_MIDNIGHT_HOURS = 4;
    private static final Duration SAME_INSTANT = Duration.ofMinutes(5);
    private static final Duration MAX_OFFSET = Duration.ofHours(14);

    private DateAgreement() {
    }

    /**
     * The publication date.
     *
     * @param trusted   ISO dates or timestamps of the metadata sources, most trusted first; elements may be null
     * @param votes     further ISO dates that only vote (the URL's date, a visible date element); elements may be null
     * @param modified  ISO values of the page's modified date; elements may be null
     * @return the chosen ISO value, or null when no trusted source gives one
     */
    static String choose(List<String> trusted, List<String> votes, List<String> modified) {
        String first = trusted.stream().filter(Objects::nonNull).findFirst().orElse(null);
        if (first == null || day(first) == null) {
            return first;
        }
        List<String> others = new ArrayList<>();
        boolean skipped = false;
        for (String v : trusted) {
            if (v == null) {
                continue;
            }
            if (!skipped && v.equals(first)) {
                skipped = true;
                continue;
            }
            others.add(v);
        }
        votes.stream().filter(Objects::nonNull).forEach(others::add);
        LocalDate firstDay = day(first);
        others.removeIf(v -> day(v) == null || !firstDay.equals(day(v)) && isModified(v, modified));

        String local = localDay(first, firstDay, others);
        if (local != null) {
            return local;
        }
        Map<LocalDate, List<String>> byDay = new LinkedHashMap<>();
        for (String v : others) {
            byDay.computeIfAbsent(day(v), d -> new ArrayList<>()).add(v);
        }
        int firstSupport = 1 + byDay.getOrDefault(firstDay, List.of()).size();
        for (Map.Entry<LocalDate, List<String>> e : byDay.entrySet()) {
            if (!e.getKey().equals(firstDay) && e.getValue().size() >= MIN_AGREEING
                    && e.getValue().size() > firstSupport) {
                return mostPrecise(e.getValue());
            }
        }
        return first;
    }

    /**
     * The neighbouring local day of a UTC timestamp when another source gives it: the same instant written with a
     * local offset, or a local time without offset that differs by whole hours, or (within a few hours of midnight,
     * when no local source gives the UTC day) a bare date; else null.
     */
    private static String localDay(String first, LocalDate firstDay, List<String> others) {
        Matcher time = TIMESTAMP.matcher(first);
        if (!time.matches() || !UTC.matcher(first).find()) {
            return null;
        }
        int hour = Integer.parseInt(time.group(1));
        LocalDate neighbour = hour < MIDDAY ? firstDay.minusDays(1) : firstDay.plusDays(1);
        LocalDateTime utc = localTime(first);
        boolean localSupport = others.stream().anyMatch(v -> firstDay.equals(day(v)) && !isUtc(v));
        boolean nearMidnight = hour < NEAR_MIDNIGHT_HOURS || hour >= HOURS_PER_DAY - NEAR_MIDNIGHT_HOURS;
        List<String> local = new ArrayList<>();
        for (String v : others) {
            if (!neighbour.equals(day(v)) || isUtc(v)) {
                continue;
            }
            LocalDateTime other = localTime(v);
            if (other != null && utc != null && sameInstant(first, utc, v, other)
                    || v.length() == 10 && nearMidnight && !localSupport) {
                local.add(v);
            }
        }
        if (local.isEmpty() && !localSupport && hour >= HOURS_PER_DAY - NEAR_MIDNIGHT_HOURS
                && WHOLE_HOUR.matcher(first).find()) {
            return localMidnight(first, HOURS_PER_DAY - hour);
        }
        return local.isEmpty() ? null : mostPrecise(local);
    }

    /**
     * A UTC timestamp that falls on a whole hour late in the evening written as the midnight it is {@code offsetHours}
     * east of UTC (the same instant): a date without a time that was stored as local midnight and converted to UTC;
     * null when it does not parse.
     */
    private static String localMidnight(String utcValue, int offsetHours) {
        try {
            return OffsetDateTime.parse(normaliseOffset(utcValue)).withOffsetSameInstant(ZoneOffset.ofHours(offsetHours))
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Whether a local timestamp names the same instant as a UTC one: with an offset, exactly (within minutes);
     * without one, when the clock differs by whole hours of at most a time zone's offset.
     */
    private static boolean sameInstant(String utcValue, LocalDateTime utc, String value, LocalDateTime local) {
        try {
            Instant a = OffsetDateTime.parse(normaliseOffset(utcValue)).toInstant();
            Instant b = OffsetDateTime.parse(normaliseOffset(value)).toInstant();
            return Duration.between(a, b).abs().compareTo(SAME_INSTANT) <= 0;
        } catch (DateTimeParseException e) {
            Duration shift = Duration.between(utc, local).abs();
            return shift.compareTo(MAX_OFFSET) <= 0 && shift.toMinutesPart() == 0 && shift.toSecondsPart() == 0;
        }
    }

    private static boolean isUtc(String value) {
        return TIMESTAMP.matcher(value).matches() && UTC.matcher(value).find();
    }

    /** The clock time written in a timestamp, whatever its offset; null for a bare date. */
    private static LocalDateTime localTime(String value) {
        if (value.length() < 16) {
            return null;
        }
        try {
            String clock = value.substring(0, Math.min(19, value.length())).replace(' ', 'T');
            return LocalDateTime.parse(clock.length() == 16 ? clock + ":00" : clock.replaceAll("[^0-9T:-].*$", ""));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String normaliseOffset(String value) {
        return value.replace(' ', 'T').replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
    }

    /** Whether a value is the page's modified date: the same timestamp, or a bare date on the modified day. */
    private static boolean isModified(String value, List<String> modified) {
        for (String m : modified) {
            if (m == null) {
                continue;
            }
            if (value.equals(m) || value.length() == 10 && Objects.equals(day(value), day(m))) {
                return true;
            }
        }
        return false;
    }

    /** The first value with a time of day, else the first value. */
    private static String mostPrecise(List<String> values) {
        return values.stream().filter(v -> v.length() > 10).findFirst().orElse(values.get(0));
    }

    private static LocalDate day(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
