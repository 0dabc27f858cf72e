package org.corroborate.group;

import org.corroborate.text.ContentWords;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.corroborate.api.CopyEdge;

/**
 * Finds syndicated copies by the exact Jaccard similarity of word shingle sets.
 *
 * <p>Text is lower-cased and split into words (runs of letters and digits); every run of {@code shingleSize} words
 * is one shingle, hashed to 64 bits (FNV-1a, so the same text always gives the same hashes). A text shorter than one
 * shingle is a single shingle of all its words. Shared shingles are counted through an inverted index, so only pairs
 * that share something are looked at: exact Jaccard in time linear in the number of shared shingles, which is fine
 * for batches of a few thousand articles (MinHash/LSH would be the next step for larger ones).
 *
 * <p>An article is a copy when its Jaccard with an article earlier in processing order is at least the threshold;
 * its original is the earliest such article. Verbatim copies with a different header or footer score about 0.8-0.95,
 * lightly edited rewrites 0.6-0.8, different reports of one event rarely above 0.2.
 *
 * <p>Stateless apart from its configuration; thread-safe.
 */
final class CopyDetector {

    private final int shingleSize;
    private final double threshold;

    CopyDetector(int shingleSize, double threshold) {
        if (shingleSize < 1) {
            throw new IllegalArgumentException("shingle size must be positive: " + shingleSize);
        }
        this.shingleSize = shingleSize;
        this.threshold = threshold;
    }

    /**
     * @param texts the clean texts in processing order
     * @return for each position, its copy edge (ids filled from {@code ids}), or null when it is no copy
     */
    CopyEdge[] detect(List<String> ids, List<String> texts) {
        return detect(ids, texts, new boolean[texts.size()]);
    }

    /**
     * As {@link #detect(List, List)}, leaving out the positions marked in {@code skipped} (site notices): they are
     * neither copies nor originals.
     */
    CopyEdge[] detect(List<String> ids, List<String> texts, boolean[] skipped) {
        int n = texts.size();
        CopyEdge[] edges = new CopyEdge[n];
        Map<Long, List<Integer>> postings = new HashMap<>();
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            if (skipped[i]) {
                continue;
            }
            long[] shingles = shingles(texts.get(i));
            sizes[i] = shingles.length;
            int[] shared = new int[i];
            for (long s : shingles) {
                List<Integer> docs = postings.computeIfAbsent(s, k -> new ArrayList<>());
                for (int j : docs) {
                    shared[j]++;
                }
                docs.add(i);
            }
            for (int j = 0; j < i; j++) {
                if (shared[j] == 0) {
                    continue;
                }
                double jaccard = (double) shared[j] / (sizes[i] + sizes[j] - shared[j]);
                if (jaccard >= threshold) {
                    edges[i] = new CopyEdge(ids.get(i), ids.get(j), round(jaccard));
                    break;
                }
            }
        }
        return edges;
    }

    /** The distinct shingle hashes of {@code text}, sorted. */
    long[] shingles(String text) {
        List<String> words = ContentWords.words(text);
        if (words.isEmpty()) {
            return new long[0];
        }
        int count = Math.max(1, words.size() - shingleSize + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = i; k < Math.min(words.size(), i + shingleSize); k++) {
                sb.append(words.get(k)).append(' ');
            }
            hashes[i] = fnv1a(sb.toString());
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    private static long fnv1a(String s) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    static double round(double x) {
        return Math.round(x * 1000.0) / 1000.0;
    }
}
