package org.corroborate.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Contradiction;
import org.corroborate.api.Dates;
import org.corroborate.api.EntityMention;
import org.corroborate.api.EntityType;
import org.corroborate.api.NumberComparison;
import org.corroborate.api.QuoteGroup;
import org.corroborate.api.QuoteRendering;
import org.corroborate.api.ReportedValue;
import org.corroborate.api.SlotValue;
import org.corroborate.api.TimeMention;

/**
 * Finds the slots of a fact that outlets fill with incompatible values.
 *
 * <ul>
 *   <li><b>when</b>: the mentions of a fact each name one resolved date (a {@code DATE} time expression in the
 *       sentence, resolved against the article's date) and two of them are incompatible (neither contains the
 *       other);</li>
 *   <li><b>where</b>: each names one place ({@code LOCATION} entity) and two differ, while neither article mentions
 *       the other's place anywhere (so "Dingwall" against "Scotland" is no contradiction when the first article also
 *       names Scotland);</li>
 *   <li><b>who</b>: likewise with one {@code PERSON} (or one {@code ORGANIZATION}) per mention; and an utterance
 *       that two articles attribute to different speakers, none in common;</li>
 *   <li><b>how many</b>: every number comparison that disagrees.</li>
 * </ul>
 * Each value carries its span, so both sides of a contradiction are cited.
 *
 * <p>Stateless and thread-safe.
 */
final class Contradictions {

    private record Value(FactAligner.Candidate mention, String value, SlotValue slot) {
    }

    /**
     * @param factIds  the facts' ids, index-aligned with {@code facts}
     * @param facts    each fact's mentions
     * @param outlets  outlet by article id
     * @param quotes   the story's quote groups
     * @param numbers  the story's number comparisons
     * @return the contradictions: per fact when, where, who in fact order, then who said each quote, then how many
     */
    List<Contradiction> find(List<String> factIds, List<List<FactAligner.Candidate>> facts,
                             Map<String, String> outlets, List<QuoteGroup> quotes, List<NumberComparison> numbers) {
        List<Contradiction> result = new ArrayList<>();
        for (int f = 0; f < facts.size(); f++) {
            List<FactAligner.Candidate> mentions = facts.get(f);
            if (mentions.size() < 2) {
                continue;
            }
            String id = factIds.get(f);
            addIfIncompatible(Contradiction.WHEN, id, dates(mentions, outlets), true, result);
            addIfIncompatible(Contradiction.WHERE, id, entities(mentions, outlets, EntityType.LOCATION), false,
                    result);
            Contradiction person = incompatible(Contradiction.WHO, id,
                    entities(mentions, outlets, EntityType.PERSON), false);
            if (person != null) {
                result.add(person);
            } else {
                addIfIncompatible(Contradiction.WHO, id, entities(mentions, outlets, EntityType.ORGANIZATION), false,
                        result);
            }
        }
        for (QuoteGroup g : quotes) {
            Contradiction who = whoSaidIt(g);
            if (who != null) {
                result.add(who);
            }
        }
        for (NumberComparison n : numbers) {
            if (!n.agree()) {
                List<SlotValue> values = new ArrayList<>();
                for (ReportedValue v : n.values()) {
                    values.add(new SlotValue(v.outlet(), number(v.quantity().value()) + " " + n.unit(),
                            v.quantity().span()));
                }
                result.add(new Contradiction(Contradiction.HOW_MANY, n.factId(), values));
            }
        }
        return result;
    }

    /**
     * The same words attributed to different speakers: two articles whose renderings name speakers, none in common
     * (an article that quotes an aide on what his principal said names both, and contradicts neither); null when
     * there are none.
     */
    private static Contradiction whoSaidIt(QuoteGroup g) {
        Map<String, Set<String>> speakersOf = new LinkedHashMap<>();
        Map<String, SlotValue> firstOf = new LinkedHashMap<>();
        for (QuoteRendering r : g.renderings()) {
            if (r.quote().speaker() != null && r.quote().speaker().entityId() != null) {
                String article = r.quote().content().articleId();
                String speaker = r.quote().speaker().entityId();
                speakersOf.computeIfAbsent(article, k -> new HashSet<>()).add(speaker);
                firstOf.putIfAbsent(article, new SlotValue(r.outlet(), speaker, r.quote().speaker().span()));
            }
        }
        List<String> articles = List.copyOf(speakersOf.keySet());
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Set<String> shared = new HashSet<>(speakersOf.get(articles.get(i)));
                shared.retainAll(speakersOf.get(articles.get(j)));
                if (shared.isEmpty()) {
                    return new Contradiction(Contradiction.WHO, g.id(),
                            List.of(firstOf.get(articles.get(i)), firstOf.get(articles.get(j))));
                }
            }
        }
        return null;
    }

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
    }

    private static void addIfIncompatible(String slot, String factId, List<Value> values, boolean dates,
                                          List<Contradiction> into) {
        Contradiction c = incompatible(slot, factId, values, dates);
        if (c != null) {
            into.add(c);
        }
    }

    /** A contradiction when two values of different articles are incompatible; null otherwise. */
    private static Contradiction incompatible(String slot, String factId, List<Value> values, boolean dates) {
        boolean found = false;
        for (int i = 0; i < values.size() && !found; i++) {
            for (int j = i + 1; j < values.size() && !found; j++) {
                Value a = values.get(i);
                Value b = values.get(j);
                if (a.mention().order() == b.mention().order()) {
                    continue;
                }
                found = dates ? !TimelineBuilder.compatible(a.value(), b.value())
                        : !a.value().equals(b.value()) && !mentions(b.mention().article(), a.value())
                          && !mentions(a.mention().article(), b.value());
            }
        }
        if (!found) {
            return null;
        }
        return new Contradiction(slot, factId, values.stream().map(Value::slot).toList());
    }

    private static boolean mentions(AnnotatedArticle article, String entityId) {
        for (EntityMention m : article.entities()) {
            if (m.entityId().equals(entityId)) {
                return true;
            }
        }
        return false;
    }

    /** Each mention's one resolved date (mentions with none or several are left out). */
    private static List<Value> dates(List<FactAligner.Candidate> mentions, Map<String, String> outlets) {
        List<Value> result = new ArrayList<>();
        for (FactAligner.Candidate c : mentions) {
            Set<String> days = new HashSet<>();
            TimeMention first = null;
            for (TimeMention t : c.article().times()) {
                if (!"DATE".equals(t.type().toUpperCase(Locale.ROOT)) || t.from() == null
                        || !t.span().within(c.sentence().span())) {
                    continue;
                }
                Optional<java.time.LocalDate> day = Dates.leadingDate(t.from());
                if (day.isPresent()) {
                    days.add(TimelineBuilder.precision(t, day.get().toString()));
                    first = first == null ? t : first;
                }
            }
            if (days.size() == 1) {
                String day = days.iterator().next();
                result.add(new Value(c, day, new SlotValue(outlet(c, outlets), day, first.span())));
            }
        }
        return result;
    }

    /** Each mention's one entity of {@code type} (mentions with none or several are left out). */
    private static List<Value> entities(List<FactAligner.Candidate> mentions, Map<String, String> outlets,
                                        EntityType type) {
        List<Value> result = new ArrayList<>();
        for (FactAligner.Candidate c : mentions) {
            Set<String> ids = new HashSet<>();
            EntityMention first = null;
            for (EntityMention m : c.article().entities()) {
                if (m.type() == type && m.span().within(c.sentence().span())) {
                    ids.add(m.entityId());
                    first = first == null ? m : first;
                }
            }
            if (ids.size() == 1) {
                result.add(new Value(c, first.entityId(), new SlotValue(outlet(c, outlets), first.entityId(),
                        first.span())));
            }
        }
        return result;
    }

    private static String outlet(FactAligner.Candidate c, Map<String, String> outlets) {
        return outlets.getOrDefault(c.article().id(), c.article().article().outlet());
    }
}
