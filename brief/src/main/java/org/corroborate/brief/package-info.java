/**
 * The brief stage: {@link org.corroborate.brief.Briefs#standard(BriefOptions)} turns a story, its annotated articles
 * and their comparison into a cited extractive {@link org.corroborate.api.Brief}, and
 * {@link org.corroborate.brief.Briefs#renderer(String)} renders it as Markdown, a self-contained HTML page, or the
 * JSON document described in {@code docs/schema.md}. Every summary sentence is the exact text of a span of one
 * article's clean text, so that every citation can be re-checked. Everything here is immutable and thread-safe.
 */
package org.corroborate.brief;
