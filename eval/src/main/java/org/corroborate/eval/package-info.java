/**
 * Extraction evaluation: scorers that re-implement two public article-extraction benchmarks
 * ({@link org.corroborate.eval.ShingleMetric}, {@link org.corroborate.eval.SegmentMetric}) and runners that apply an
 * {@link org.corroborate.api.Extractor} to the benchmark data ({@link org.corroborate.eval.ExtractionEvaluation}).
 *
 * <p>Summary evaluation: {@link org.corroborate.eval.Rouge}, a ROUGE scorer that reproduces ROUGE-1.5.5 exactly
 * (with {@link org.corroborate.eval.RougeStemmer} and the bootstrap of {@link org.corroborate.eval.RougeAverage}),
 * and {@link org.corroborate.eval.SummaryEvaluation}, which scores the engine's briefs on Multi-News clusters. The
 * only data that ships is the WordNet 2.0 exception table the stemmer needs (a resource, with its licence beside it).
 *
 * <p>The benchmark data is third-party and is read from a directory given at run time; nothing of it ships with the
 * project.
 */
package org.corroborate.eval;
