package org.corroborate.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.corroborate.api.Article;
import org.corroborate.api.Entity;
import org.corroborate.api.EntityMention;
import org.corroborate.api.Quote;
import org.corroborate.api.Sentence;
import org.corroborate.api.Span;

/**
 * Finds direct and indirect quotes and their speakers.
 *
 * <p><b>Direct quotes</b> are the stretches {@link QuoteMarks} finds (every mark style, mismatched pairs, one piece per
 * paragraph, capped at the paragraph end when unclosed). The content is inside the marks, trimmed, without a
 * trailing comma. Each quote's speaker and cue come from the first rule that finds one:
 * <ol>
 *   <li>a signature: a dash and a named entity right after the closing mark ({@code “…” — Hillary Clinton
 *       (@HillaryClinton)}), the dash being the cue;</li>
 *   <li>a cue right after the quote in its sentence ({@code "…," Trump said}, {@code "…," said Valeriy Chaly},
 *       {@code "…," Putin adviser Yuri Ushakov told reporters});</li>
 *   <li>a cue in the last 12 words before the quote in its sentence ({@code Trump said: "…"},
 *       {@code …, saying "…"}); without one, when a colon introduces the quote, the main-clause subject before it
 *       ({@code She addressed the supporters again: "…"}, cue null);</li>
 *   <li>a cue with a speaker in the previous, then the next, sentence of the same paragraph;</li>
 *   <li>for a quote opening its paragraph after a sentence ending in a colon ({@code Clinton released the following
 *       statement:}), a cue with a speaker in that sentence, else its main-clause subject;</li>
 *   <li>the speaker of the previous quote in the same paragraph, or in the paragraph before when the quote opens
 *       its paragraph (cue null);</li>
 *   <li>the only PERSON entity mentioned (outside quotes) in the quote's sentences (cue null).</li>
 * </ol>
 * Speakers and descriptions resolve as {@link SpeakerResolver} documents. A quote continued over paragraphs
 * ({@link QuoteMarks.Piece#continued()}) is attributed as one and is one quote, a piece per paragraph.
 *
 * <p><b>Scare quotes</b>: a quote of at most {@value QuoteDirect#SHORT_WORDS} words is kept only when a cue with a speaker is
 * adjacent to it: the cue or its speaker (with its titles) starts right after the quote, or the cue or speaker comes
 * right before it, with at most "that" or an object pronoun between ({@code saying “not now”}, {@code told them
 * that “never”}) ({@code ‘didn’t like it,’ Trump said} counts; {@code a “productive” call} and
 * {@code this ‘inglorious’ War} do not), or when it comes right after a naming verb with a speaker and at most one
 * linking word ({@code what he called a “productive” call}, {@code called it “unhinged”}).
 *
 * <p><b>Indirect quotes</b> are found by {@link QuoteIndirect}. When an indirect clause embeds direct quotes and has
 * at least 3 words outside them (a mixed quote), it is kept once, as the indirect quote with the whole clause, and the
 * embedded direct quotes are dropped; with fewer words outside, the direct quotes stand and the indirect one is
 * dropped. A clause of a non-speech verb ("expressed skepticism ..., saying “...”") never replaces a direct quote:
 * the direct quote stands and the clause is dropped.
 *
 * <p>Headline attributions ({@code Graham: Trump’s rhetoric destroying GOP’s chance}) are found by
 * {@link QuoteHeadline}; a direct quote inside one is dropped.
 *
 * <p>A quote split around its attribution ({@code “A,” he said, “B.”}, {@code “A,” he said. “B.”}) is one quote in
 * two {@link Quote#pieces()}, as is a quote running on over paragraphs; no piece holds the narration between them
 * (conditions in {@link QuoteDirect#splitAroundAttribution}).
 *
 * <p>This class merges the direct quotes ({@link QuoteDirect}, attributed by {@link QuoteAttributions}), the indirect
 * ones ({@link QuoteIndirect}) and the headline ones ({@link QuoteHeadline}).
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteFinder {

    /**
     * @param article   the article (offsets index its text); never null
     * @param sentences its sentences with tokens (POS tags, lemmas, NER classes); null means none
     * @param mentions  its entity mentions, with within-article canonical entity ids; null means none
     * @param entities  its entity index; null means none
     * @return quotes in text order (by content start); never null
     */
    List<Quote> find(Article article, List<Sentence> sentences, List<EntityMention> mentions, List<Entity> entities) {
        Objects.requireNonNull(article, "article");
        List<QuoteMarks.Piece> pieces = QuoteMarks.find(article.text());
        QuoteText t = new QuoteText(article, sentences == null ? List.of() : sentences,
                mentions == null ? List.of() : mentions, entities == null ? List.of() : entities, pieces);
        List<Quote> directs = QuoteDirect.find(t, pieces);
        Set<Quote> dropped = new HashSet<>();
        List<Quote> result = new ArrayList<>(QuoteIndirect.find(t, directs, dropped));
        List<Quote> headlines = QuoteHeadline.find(t);
        List<Quote> kept = new ArrayList<>();
        for (Quote q : directs) {
            if (!dropped.contains(q) && headlines.stream().noneMatch(h -> q.content().within(h.content()))) {
                kept.add(q);
            }
        }
        for (Quote h : headlines) {
            if (result.stream().noneMatch(q -> q.content().overlaps(h.content()))) {
                result.add(h);
            }
        }
        result.addAll(kept);
        result.sort(Comparator.comparingInt((Quote q) -> q.content().start()).thenComparingInt(q -> q.content().end()));
        return List.copyOf(result);
    }

    /**
     * @param t the article view
     * @param c a cue
     * @return the span of the cue's words
     */
    static Span cueSpan(QuoteText t, QuoteCues.Cue c) {
        return t.span(t.word(c.first()).start(), t.word(c.last()).end());
    }
}
