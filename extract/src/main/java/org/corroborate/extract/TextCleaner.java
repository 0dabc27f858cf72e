package org.corroborate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Optional;

/**
 * Removes page furniture from a sequence of paragraph candidates (lines of scraped text, or the blocks of an HTML
 * page's main content) with general, line-based rules, and reads the header lines as metadata. Every removal is
 * recorded in the trace with its reason.
 */
final class TextCleaner {

    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\u00A0]*\n");

    private static final int LONG_PARAGRAPH_WORDS = 30;
    private static final int PAYWALL_MAX_WORDS = 80;

    /** The cleaned body and the metadata read from the text. */
    record Result(List<String> paragraphs, String headline, List<String> byline, String bylineOutlet,
                  String datelineOutlet, String datelineDate, List<String> credits, List<String> tags) {

        Result {
            paragraphs = List.copyOf(paragraphs);
            byline = List.copyOf(byline);
            credits = List.copyOf(credits);
            tags = List.copyOf(tags);
        }

        /** The outlet named by a copyright credit, if any. */
        Optional<String> creditOutlet() {
            for (String credit : credits) {
                Optional<String> holder = LineRules.copyrightHolder(credit);
                if (holder.isPresent()) {
                    return holder;
                }
            }
            return Optional.empty();
        }
    }

    private TextCleaner() {
    }

    /**
     * Splits scraped plain text into paragraph candidates: one per line, except that hard-wrapped lines of one
     * paragraph are joined.
     */
    static List<TextUnit> units(String content) {
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        List<TextUnit> units = new ArrayList<>();
        for (String block : BLANK_LINE.split(text)) {
            List<String> lines = new ArrayList<>();
            for (String line : block.split("\n")) {
                String collapsed = TextUnit.collapse(line);
                if (!collapsed.isEmpty()) {
                    lines.add(collapsed);
                }
            }
            if (isHardWrapped(lines)) {
                units.add(TextUnit.of(String.join(" ", lines)));
                continue;
            }
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                current.append(current.length() == 0 ? "" : " ").append(line);
                boolean continues = i + 1 < lines.size() && line.length() >= 40
                        && !TextUnit.of(line).endsSentence() && Character.isLowerCase(lines.get(i + 1).codePointAt(0));
                if (!continues) {
                    units.add(TextUnit.of(current.toString()));
                    current.setLength(0);
                }
            }
        }
        return units;
    }

    /** Lines of nearly equal length between 50 and 100 characters: one paragraph wrapped by a text editor. */
    private static boolean isHardWrapped(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        int max = lines.stream().mapToInt(String::length).max().orElse(0);
        if (max < 50 || max > 100) {
            return false;
        }
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).length() < max * 0.75) {
                return false;
            }
        }
        return true;
    }

    /**
     * Cleans {@code units}.
     *
     * @param knownTitle     the headline known from metadata; nullable
     * @param detectHeadline whether a headline may be recognised in the first lines
     */
    static Result clean(List<TextUnit> units, String knownTitle, boolean detectHeadline, ExtractionTrace trace) {
        String[] reasons = new String[units.size()];
        List<String> credits = new ArrayList<>();
        int tailStart = -1;
        String tailReason = null;
        for (int i = 0; i < units.size(); i++) {
            Optional<LineRules.Verdict> verdict = LineRules.classify(units.get(i).text());
            if (verdict.isEmpty()) {
                continue;
            }
            LineRules.Verdict v = verdict.get();
            if (v.kind() == LineRules.Kind.CREDIT) {
                credits.add(units.get(i).text());
            } else if (v.kind() == LineRules.Kind.TAIL_MARKER && tailStart < 0 && isTail(units, i)) {
                tailStart = i;
                tailReason = v.reason();
            }
            reasons[i] = v.reason();
            trace.removed(v.reason(), units.get(i).text());
        }
        if (tailStart >= 0) {
            for (int i = tailStart + 1; i < units.size(); i++) {
                if (reasons[i] == null) {
                    reasons[i] = "after " + tailReason;
                    trace.removed(reasons[i], units.get(i).text());
                }
            }
        }
        markPaywallBlocks(units, reasons, trace);
        HeaderReader header = new HeaderReader();
        header.read(units, reasons, knownTitle, detectHeadline, trace);
        markBodyTagsAndTrailingLabels(units, reasons, trace);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (reasons[i] == null) {
                paragraphs.add(units.get(i).text());
            }
        }
        return new Result(paragraphs, header.headline, header.byline, header.bylineOutlet, header.datelineOutlet,
                header.datelineDate, credits, header.tags);
    }

    /** A marker starts the tail when it stands in the second half and at most one long paragraph follows it. */
    private static boolean isTail(List<TextUnit> units, int marker) {
        if (marker < units.size() / 2) {
            return false;
        }
        int longOnes = 0;
        for (int i = marker + 1; i < units.size(); i++) {
            TextUnit unit = units.get(i);
            if (unit.words() >= LONG_PARAGRAPH_WORDS && unit.endsSentence()
                    && LineRules.paywallWords(unit.text()) == 0) {
                longOnes++;
            }
        }
        return longOnes <= 1;
    }

    /**
     * Paywall and account notices: a run of short paragraphs (gaps of at most two very short ones allowed) in which
     * at least two paragraphs and three words in all speak of subscriptions, accounts, devices or passwords.
     */
    private static void markPaywallBlocks(List<TextUnit> units, String[] reasons, ExtractionTrace trace) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (reasons[i] == null) {
                kept.add(i);
            }
        }
        int[] hits = new int[kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            TextUnit unit = units.get(kept.get(k));
            hits[k] = unit.words() <= PAYWALL_MAX_WORDS ? LineRules.paywallWords(unit.text()) : 0;
        }
        int k = 0;
        while (k < kept.size()) {
            if (hits[k] == 0) {
                k++;
                continue;
            }
            int end = k;
            int gap = 0;
            for (int j = k + 1; j < kept.size(); j++) {
                if (hits[j] > 0) {
                    end = j;
                    gap = 0;
                } else if (units.get(kept.get(j)).words() <= 12 && gap < 2) {
                    gap++;
                } else {
                    break;
                }
            }
            int hitUnits = 0;
            int words = 0;
            int totalWords = 0;
            for (int j = k; j <= end; j++) {
                hitUnits += hits[j] > 0 ? 1 : 0;
                words += hits[j];
                totalWords += units.get(kept.get(j)).words();
            }
            if (hitUnits >= 2 && words >= 3 && totalWords <= 45 * (end - k + 1)) {
                for (int j = k; j <= end; j++) {
                    int i = kept.get(j);
                    reasons[i] = "paywall/account notice";
                    trace.removed(reasons[i], units.get(i).text());
                }
            }
            k = end + 1;
        }
    }

    /**
     * Lists of names inside the body (photo tags), and short labels or headings left dangling at the very end.
     */
    private static void markBodyTagsAndTrailingLabels(List<TextUnit> units, String[] reasons, ExtractionTrace trace) {
        for (int i = 0; i < units.size(); i++) {
            if (reasons[i] == null && Bylines.isNameList(units.get(i).text())) {
                reasons[i] = "tag line";
                trace.removed(reasons[i], units.get(i).text());
            }
        }
        int remaining = 0;
        for (String reason : reasons) {
            remaining += reason == null ? 1 : 0;
        }
        for (int i = units.size() - 1; i >= 0 && remaining > 1; i--) {
            if (reasons[i] != null) {
                continue;
            }
            TextUnit unit = units.get(i);
            remaining--;
            if (!unit.heading() && (unit.words() > 5 || unit.endsSentence())) {
                break;
            }
            reasons[i] = "trailing label";
            trace.removed(reasons[i], unit.text());
        }
    }
}
