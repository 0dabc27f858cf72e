package org.corroborate.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds and normalises dates in metadata values, URLs and short lines of text. */
final class DateText {

    private static final Pattern DATE_LINE_SEPARATORS = Pattern.compile("[\\s,|\u00b7\u2022]+");

    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})([T ](\\d{2}):(\\d{2})(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$");
    private static final Pattern ISO_IN_TEXT = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|j\u00e4n(?:ner)?|januar|februar|"
            + "m\u00e4rz?|mai|juni|juli|okt(?:ober)?|dez(?:ember)?|janvier|f\u00e9vrier|mars|avril|juin|juillet|"
            + "ao\u00fbt|septembre|octobre|novembre|d\u00e9cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
            + "septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|"
            + "ottobre|dicembre)\\.?";
    /** 24.12.2019 or 24.12.19 is not taken (two-digit years are ambiguous); day first, as in German. */
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.[\\s\u00a0\u2009\u202f]?(\\d{1,2})\\.[\\s\u00a0\u2009\u202f]?((?:19|20)\\d{2})(?![\\d:])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTHS
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?iu)\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?"
            + MONTHS + ",?\\s+(?:de\\s+)?(\\d{4})\\b");
    /** 24/12/2019: day first unless the second number cannot be a month; taken only in date elements. */
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?![\\d/])");
    private static final int MONTHS_PER_YEAR = 12;
    /** 24.12.19: a two-digit year, taken only where the element is known to hold a date. */
    private static final Pattern DOTTED_SHORT_YEAR = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|-|\\.|$)");
    /** A day-first date as a whole path segment or at the start of one: {@code /16-10-2025} or {@code /~16-10-2025-x}. */
    private static final Pattern URL_DAY_FIRST_DATE = Pattern.compile(
            "/~?(0[1-9]|[12]\\d|3[01])-(0[1-9]|1[0-2])-((?:19|20)\\d{2})(?:/|-|\\.|$)");
    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("j\u00e4n", 1), Map.entry("m\u00e4r", 3),
            Map.entry("mai", 5), Map.entry("okt", 10), Map.entry("dez", 12),
            Map.entry("f\u00e9v", 2), Map.entry("avr", 4), Map.entry("ao\u00fb", 8),
            Map.entry("d\u00e9c", 12), Map.entry("ene", 1), Map.entry("abr", 4), Map.entry("ago", 8),
            Map.entry("dic", 12), Map.entry("gen", 1), Map.entry("mag", 5), Map.entry("giu", 6), Map.entry("lug", 7),
            Map.entry("set", 9), Map.entry("ott", 10));
    /** Words that may stand beside a date on a date line. */
    private static final Pattern DATE_LINE_WORD = Pattern.compile("(?i)(?:published|updated|posted|last|"
            + "modified|on|at|am|pm|a\\.m\\.|p\\.m\\.|utc|gmt|[a-z]{1,3}t|cest|"
            + "mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|"
            + "\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:am|pm)?|\\p{Punct}+)\\p{Punct}?");

    /** A label that says the date after it is the publication date. */
    private static final Pattern PUBLICATION_LABEL = Pattern.compile("(?iu)\\b(?:ver\u00f6ffentlicht|erschienen|"
            + "publiziert|published|posted|publi\u00e9|publicado|pubblicato|datum|pressemitteilung vom)(?![\\p{L}])");
    /** How far after a publication label its date may start: room for "am", "on", a colon or a weekday. */
    private static final int MAX_LABEL_GAP = 16;

    private DateText() {
    }

    /** An ISO date or date-time for a metadata value; null when it holds no recognisable date. */
    static String iso(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (ISO.matcher(v).matches()) {
            return v.replace(' ', 'T');
        }
        if (v.length() > 10 && ISO.matcher(v.substring(0, 10)).matches()) {
            return v.substring(0, 10);
        }
        try {
            return OffsetDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toString(); // "Wed, 4 May 2022 00:25:56 GMT"
        } catch (DateTimeParseException e) {
            return findDate(v).map(LocalDate::toString).orElse(null);
        }
    }

    /**
     * The first full date (day, month and year) written in {@code text}, in the order of the text whatever way it is
     * written (ISO, "October 19, 2019", "19. Oktober 2019", "19.10.2019"); empty when there is none.
     */
    static Optional<LocalDate> findDate(String text) {
        Found found = first(text);
        return found == null ? Optional.empty() : Optional.of(found.date());
    }

    /**
     * The first date written right after a publication label ("Veröffentlicht am 16.08.2019", "Erschienen am:",
     * "Published on", "Datum:", "Pressemitteilung vom"), within {@link #MAX_LABEL_GAP} characters of it; empty when
     * there is none. Labels of a modification ("Aktualisiert", "Updated") are not publication labels.
     */
    static Optional<LocalDate> findLabelledDate(String text) {
        Matcher label = PUBLICATION_LABEL.matcher(text);
        while (label.find()) {
            String after = text.substring(label.end(), Math.min(text.length(), label.end() + MAX_LABEL_GAP + 20));
            Found found = first(after);
            if (found != null && found.start() <= MAX_LABEL_GAP) {
                return Optional.of(found.date());
            }
        }
        return Optional.empty();
    }

    /** A date found in a text and where it starts. */
    private record Found(LocalDate date, int start) {
    }

    /** The first full date in {@code text}, in the order of the text; null when there is none. */
    private static Found first(String text) {
        Found found = null;
        int at = text.length();
        for (Pattern p : new Pattern[] {ISO_IN_TEXT, MONTH_DAY_YEAR, DAY_MONTH_YEAR, DOTTED}) {
            Matcher m = p.matcher(text).region(0, at).useTransparentBounds(true);
            while (m.find()) {
                Optional<LocalDate> d = p == ISO_IN_TEXT ? date(m.group(1), m.group(2), m.group(3))
                        : p == MONTH_DAY_YEAR ? date(m.group(3), month(m.group(1)), m.group(2))
                        : p == DAY_MONTH_YEAR ? date(m.group(3), month(m.group(2)), m.group(1))
                        : date(m.group(3), m.group(2), m.group(1));
                if (d.isPresent()) {
                    found = new Found(d.get(), m.start());
                    at = m.start(); // a later way of writing must start before this one to win
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The first date in the text of an element known to hold a date: {@link #findDate}, else a day.month.year date
     * with a two-digit year (taken as 20yy), else a day/month/year date (month/day/year when the second number
     * cannot be a month).
     */
    static Optional<LocalDate> findDateInDateElement(String text) {
        Optional<LocalDate> full = findDate(text);
        if (full.isPresent()) {
            return full;
        }
        Matcher m = DOTTED_SHORT_YEAR.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = date("20" + m.group(3), m.group(2), m.group(1));
            if (d.isPresent()) {
                return d;
            }
        }
        m = SLASHED.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            Optional<LocalDate> d = second > MONTHS_PER_YEAR && first <= MONTHS_PER_YEAR
                    ? date(m.group(3), m.group(1), m.group(2)) : date(m.group(3), m.group(2), m.group(1));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The date in a URL path such as {@code /2025/10/16/}, {@code /20251016/} or, day first, {@code /16-10-2025}. */
    static Optional<LocalDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = URL_DAY_FIRST_DATE.matcher(url);
        return m.find() ? date(m.group(3), m.group(2), m.group(1)) : Optional.empty();
    }

    /** True when {@code line} is only a date, optionally with a time and words like "Published" or "Updated". */
    static boolean isDateLine(String line) {
        if (line.split(" ").length > 14) {
            return false;
        }
        for (Pattern p : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO_IN_TEXT}) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                String rest = line.substring(0, m.start()) + " " + line.substring(m.end());
                for (String token : DATE_LINE_SEPARATORS.split(rest)) {
                    if (!token.isEmpty() && !DATE_LINE_WORD.matcher(token).matches()) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static String month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("juil")) {
            return "7";
        }
        if (lower.startsWith("juin")) {
            return "6";
        }
        Integer n = MONTH_NUMBERS.get(lower.substring(0, 3));
        return n == null ? "0" : n.toString();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
