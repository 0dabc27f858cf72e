/**
 * Extraction evaluation: scorers that re-implement two public article-extraction benchmarks
 * ({@link org.corroborate.eval.ShingleMetric}, {@link org.corroborate.eval.SegmentMetric}) and runners that apply an
 * {@link org.corroborate.api.Extractor} to the benchmark data ({@link org.corroborate.eval.ExtractionEvaluation}).
 *
 * <p>The benchmark data is third-party and is read from a directory given at run time; nothing of it ships with the
 * project.
 */
package org.corroborate.eval;
