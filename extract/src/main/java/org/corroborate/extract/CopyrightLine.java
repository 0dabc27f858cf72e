package org.corroborate.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copyright notice read as text: "© 2025 The Daily Planet. All rights reserved.", "Copyright (c) 2012- Jane Doe",
 * "© Copyright by Jane Doe". The one parser behind text credits ({@link LineRules}: the line is a credit, and the
 * outlet it names) and page notices ({@link CopyrightNotice}: the person who holds a personal site's copyright).
 * Immutable.
 *
 * @param years the years after the sign ("2012-", "2019 - 2024"), stripped; empty when none
 * @param rest  what follows the sign, the years and "by", stripped; never empty
 */
record CopyrightLine(String years, String rest) {

    /** The opening of a notice: the word and/or the sign (or "(c)"), then maybe years and "by". */
    private static final Pattern NOTICE = Pattern.compile("(?iu)^(?:copyright\\s*)?(?:\u00a9|\\(c\\)|copyright)\\s*"
            + "(?:(?:\u00a9|copyright)\\s*)?(?<years>(?:\\d{4}\\s*(?:[-\u2013]\\s*(?:\\d{4})?\\s*)?)?),?\\s*"
            + "(?:by\\s+)?(?<rest>\\S.*)$");
    /** The end of a holder written out whole: "All rights reserved" and a closing period or comma. */
    private static final Pattern HOLDER_END = Pattern.compile("(?iu)\\s*[.,]?\\s*(?:all rights reserved\\.?)?\\s*$");
    /** Where a name ends: a separator, a spaced dash or "All rights reserved". */
    private static final Pattern NAME_END = Pattern.compile("(?iu)\\s*(?:[,.;|/\u2022\u00b7]|\\s[-\u2013\u2014]\\s"
            + "|all rights|alle rechte).*$");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** The notice {@code text} is, if it opens like one. */
    static Optional<CopyrightLine> parse(String text) {
        Matcher notice = NOTICE.matcher(text.strip());
        if (!notice.matches()) {
            return Optional.empty();
        }
        return Optional.of(new CopyrightLine(notice.group("years").strip(), notice.group("rest").strip()));
    }

    /** True when the notice gives a year. */
    boolean dated() {
        return !years.isEmpty();
    }

    /**
     * The holder written out whole, up to "All rights reserved" and a closing period or comma: an organisation's
     * name keeps its commas ("Jane Doe, University of X").
     */
    String holder() {
        return HOLDER_END.matcher(rest).replaceFirst("").strip();
    }

    /** The holder's name up to its first separator ("Jane Doe" of "Jane Doe | Blog"); may be empty. */
    String name() {
        return NAME_END.matcher(rest).replaceFirst("").strip();
    }

    /** The holder as an outlet's name: empty when it is blank or holds a digit. */
    Optional<String> outlet() {
        String holder = holder();
        return holder.isEmpty() || DIGIT.matcher(holder).find() ? Optional.empty() : Optional.of(holder);
    }
}
