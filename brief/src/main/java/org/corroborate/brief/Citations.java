package org.corroborate.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corroborate.api.Span;

/** Numbers spans 1, 2, ... in the order they are first cited; the same span always gets the same number. */
final class Citations {

    private final Map<Span, Integer> numbers = new HashMap<>();
    private final List<Span> spans = new ArrayList<>();

    /** The number of {@code span}, assigning the next one when it is new. */
    int number(Span span) {
        Integer n = numbers.get(span);
        if (n == null) {
            spans.add(span);
            n = spans.size();
            numbers.put(span, n);
        }
        return n;
    }

    /** The span with number {@code n} (1-based). */
    Span span(int n) {
        return spans.get(n - 1);
    }

    /** How many spans have numbers. */
    int size() {
        return spans.size();
    }

    /** All numbered spans, in number order. */
    List<Span> spans() {
        return List.copyOf(spans);
    }
}
