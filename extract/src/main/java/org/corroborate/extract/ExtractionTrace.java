package org.corroborate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What extraction removed from one document and why, for {@code --explain} and for tests. One trace belongs to one
 * extraction call and is not shared between threads.
 */
final class ExtractionTrace {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final int MAX_TEXT = 160;

    /** One removed line, block or element. */
    record Entry(String reason, String text) {

        /** {@code removed: <reason>: <text>}. */
        String line() {
            return "removed: " + reason + ": " + text;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final boolean on;

    /** A trace that records. */
    ExtractionTrace() {
        this(true);
    }

    /** A trace that records when {@code on}; an off trace ignores every call (plain extraction needs no record). */
    ExtractionTrace(boolean on) {
        this.on = on;
    }

    /** Whether removals are recorded: callers skip computing texts only a recording trace needs. */
    boolean on() {
        return on;
    }

    void removed(String reason, String text) {
        if (!on) {
            return;
        }
        String flat = WHITESPACE.matcher(text).replaceAll(" ").strip();
        if (flat.length() > MAX_TEXT) {
            flat = flat.substring(0, MAX_TEXT - 1) + "\u2026";
        }
        entries.add(new Entry(reason, flat));
    }

    List<String> lines() {
        return entries.stream().map(Entry::line).toList();
    }
}
