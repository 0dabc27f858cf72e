package org.corroborate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the top of an article: headline, repeated headline, standfirst, byline lines, outlet/dateline lines, date
 * lines and lone topic tags. Each is recorded as metadata and removed from the body. Reading stops at the first
 * line that reads as body text. One instance serves one extraction.
 */
final class HeaderReader {
    private static final Pattern SENTENCE_END = Pattern.compile("[.,;:\u2026]$");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final int MAX_HEADER_UNITS = 8;
    /** A sentence ending inside a line, before the next sentence: a paragraph of text, not a standfirst. */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("\\p{Ll}[.!?]\\s+\\p{Lu}");
    private static final Pattern DATELINE = Pattern.compile("^(\\p{Lu}[\\p{L}&'.]*(?:\\s+[\\p{L}&'.]+){0,4}?)"
            + "\\s*[-\u2013\u2014|,\u00b7]?\\s*(\\d{1,2}[-/.]\\d{1,2}(?:[-/.]\\d{2,4})?|\\d{4}-\\d{2}-\\d{2})"
            + "(?:\\s+\\d{1,2}:\\d{2})?$");

    String headline;
    String standfirst;
    String bylineOutlet;
    String datelineOutlet;
    String datelineDate;
    final List<String> byline = new ArrayList<>();
    final List<String> tags = new ArrayList<>();

    /**
     * Marks header units in {@code reasons} (null = still kept).
     *
     * @param knownTitle     a title known from metadata; nullable
     * @param detectHeadline whether the first short line may be taken as the headline
     */
    void read(List<TextUnit> units, String[] reasons, String knownTitle, boolean detectHeadline, ExtractionTrace trace) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (reasons[i] == null) {
                kept.add(i);
            }
        }
        int seen = 0;
        for (int k = 0; k < kept.size() && seen < MAX_HEADER_UNITS; k++, seen++) {
            int i = kept.get(k);
            TextUnit unit = units.get(i);
            String reason = classify(unit, k, kept, units, knownTitle, detectHeadline);
            if (reason == null) {
                bylineAfterLead(k + 1, kept, units, reasons, trace);
                break;
            }
            reasons[i] = reason;
            trace.removed(reason, unit.text());
        }
    }

    /**
     * Takes the unit at {@code k} as the byline when it is a line with a byline cue ("By ...", "von ...") and no byline
     * has been read yet: the byline under a lead paragraph that opens the body.
     */
    private void bylineAfterLead(int k, List<Integer> kept, List<TextUnit> units, String[] reasons,
                                 ExtractionTrace trace) {
        if (k >= kept.size() || !byline.isEmpty()) {
            return;
        }
        int i = kept.get(k);
        Optional<Bylines.Parsed> parsed = Bylines.parseLine(units.get(i).text());
        if (parsed.isEmpty()) {
            return;
        }
        byline.addAll(parsed.get().names());
        if (bylineOutlet == null) {
            bylineOutlet = parsed.get().outlet();
        }
        reasons[i] = "byline under the lead (metadata)";
        trace.removed(reasons[i], units.get(i).text());
    }

    private String classify(TextUnit unit, int k, List<Integer> kept, List<TextUnit> units, String knownTitle,
                            boolean detectHeadline) {
        String text = unit.text();
        String norm = normal(text);
        if (knownTitle != null && norm.equals(normal(knownTitle))
                || headline != null && norm.equals(normal(headline))) {
            return "repeated headline";
        }
        if (k == 0 && headline == null && detectHeadline && kept.size() > 1 && isHeadlineLike(unit)) {
            headline = text;
            return "headline (title)";
        }
        Optional<Bylines.Parsed> parsed = Bylines.parseLine(text);
        if (parsed.isPresent()) {
            byline.addAll(parsed.get().names());
            if (bylineOutlet == null) {
                bylineOutlet = parsed.get().outlet();
            }
            return "byline (metadata)";
        }
        Matcher dateline = DATELINE.matcher(text);
        if (dateline.matches() && dateline.group(1).length() <= 40) {
            datelineOutlet = dateline.group(1).strip();
            String iso = DateText.iso(dateline.group(2));
            if (iso != null && datelineDate == null) {
                datelineDate = iso;
            }
            return "outlet/dateline (metadata)";
        }
        if (DateText.isDateLine(text)) {
            if (datelineDate == null) {
                datelineDate = DateText.findDate(text).map(Object::toString).orElse(null);
            }
            return "date line (metadata)";
        }
        if (Bylines.isPersonName(text)) {
            if (mentionedElsewhere(text, units, kept, k)) {
                tags.add(text);
                return "tag line (metadata)";
            }
            byline.add(text);
            return "byline (metadata)";
        }
        if (Bylines.isNameList(text)) {
            tags.add(text);
            return "tag line (metadata)";
        }
        if (standfirst == null && (headline != null || knownTitle != null) && !unit.endsSentence()
                && !text.endsWith(":") && unit.words() >= 6 && unit.words() <= 40
                && !INNER_SENTENCE_END.matcher(text).find()) {
            standfirst = text;
            return "standfirst (metadata)";
        }
        return null;
    }

    /** A short line that is not a sentence: no terminal full stop, comma or colon; 2 to 25 words. */
    static boolean isHeadlineLike(TextUnit unit) {
        String text = unit.text();
        int words = unit.words();
        if (words < 2 || words > 25 || SENTENCE_END.matcher(text).find()) {
            return false;
        }
        int first = text.codePointAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "\"'\u201c\u2018\u00ab".indexOf(first) >= 0)) {
            return false;
        }
        return words >= 4 || !Bylines.isPersonName(text);
    }

    private static boolean mentionedElsewhere(String name, List<TextUnit> units, List<Integer> kept, int k) {
        for (int j = 0; j < kept.size(); j++) {
            if (j != k && units.get(kept.get(j)).text().contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, letters and digits only, single spaces: for comparing headlines. */
    static String normal(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
