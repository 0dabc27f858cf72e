package org.corroborate.engine;

/**
 * Typed configuration of a local run. Validated on construction (fail fast).
 *
 * @param maxInputBytes largest input file (decompressed) that is read; larger ones are skipped with a problem
 * @param maxWords      word budget of each brief's summary
 * @param threads       worker threads for annotation (CoreNLP is the cost), at least 1
 */
public record EngineOptions(long maxInputBytes, int maxWords, int threads) {

    /** 10 MiB inputs, 120-word summaries, one thread per core (at most 4). */
    public static final EngineOptions DEFAULTS = new EngineOptions(10L * 1024 * 1024, 120,
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));

    public EngineOptions {
        if (maxInputBytes <= 0) {
            throw new IllegalArgumentException("maxInputBytes must be positive, was " + maxInputBytes);
        }
        if (maxWords <= 0) {
            throw new IllegalArgumentException("maxWords must be positive, was " + maxWords);
        }
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be positive, was " + threads);
        }
    }

    public EngineOptions withMaxInputBytes(long value) {
        return new EngineOptions(value, maxWords, threads);
    }

    public EngineOptions withMaxWords(int value) {
        return new EngineOptions(maxInputBytes, value, threads);
    }

    public EngineOptions withThreads(int value) {
        return new EngineOptions(maxInputBytes, maxWords, value);
    }
}
