package org.corroborate.group;

import org.corroborate.text.SiteNotice;
import org.corroborate.text.SparseVector;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.CopyEdge;
import org.corroborate.api.Grouping;
import org.corroborate.api.Story;
import org.corroborate.api.StoryGrouper;

/**
 * The standard {@link StoryGrouper}: copy detection, then online clustering with a merge step (see {@link Groupers}).
 *
 * <p>Thread-safe; every call works on its own state. The embedding model is loaded lazily, once per instance, and
 * then shared by all calls.
 */
final class StandardGrouper implements StoryGrouper {

    private final GroupOptions options;
    private final LeadEmbedder embedder;

    StandardGrouper(GroupOptions options) {
        this(options, new LeadEmbedder());
    }

    StandardGrouper(GroupOptions options, LeadEmbedder embedder) {
        this.options = Objects.requireNonNull(options, "options");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    @Override
    public Grouping group(List<AnnotatedArticle> articles) {
        Objects.requireNonNull(articles, "articles");
        Set<String> seen = new HashSet<>();
        for (AnnotatedArticle a : articles) {
            Objects.requireNonNull(a, "article");
            if (!seen.add(a.id())) {
                throw new IllegalArgumentException("duplicate article id: " + a.id());
            }
        }
        List<Chronology.Entry> entries = Chronology.order(articles);
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<AnnotatedArticle> ordered = new ArrayList<>();
        for (Chronology.Entry e : entries) {
            ids.add(e.id());
            texts.add(e.article().article().text());
            ordered.add(e.article());
        }
        String[] notices = notices(texts);
        boolean[] skipped = new boolean[notices.length];
        for (int i = 0; i < notices.length; i++) {
            skipped[i] = notices[i] != null;
        }
        CopyEdge[] copies = new CopyDetector(options.shingleSize(), options.copyThreshold())
                .detect(ids, texts, skipped);
        List<SparseVector> vectors = new Features(options).vectors(ordered);
        float[][] embeddings = options.embeddings() ? embed(ordered, ids, copies, notices)
                : new float[ordered.size()][0];
        List<StoryClusterer.Result> results;
        try (Candidates candidates = ordered.size() >= options.indexFrom()
                ? new LuceneCandidates(LuceneCandidates.IndexOptions.defaults(), null) : Candidates.all()) {
            results = new StoryClusterer(options, entries, vectors, embeddings, copies, notices, candidates).run();
        }

        List<Story> stories = new ArrayList<>();
        for (StoryClusterer.Result r : results) {
            List<String> members = new ArrayList<>();
            List<CopyEdge> edges = new ArrayList<>();
            for (int m : r.members()) {
                members.add(ids.get(m));
                if (copies[m] != null) {
                    edges.add(copies[m]);
                }
            }
            Map<String, String> mergedFrom = new HashMap<>();
            for (List<Integer> fragment : r.fragments()) {
                List<String> fragmentIds = fragment.stream().map(ids::get).toList();
                String fragmentId = storyId(fragmentIds);
                fragmentIds.forEach(id -> mergedFrom.put(id, fragmentId));
            }
            stories.add(new Story(storyId(members), members, edges, r.explanation(), mergedFrom));
        }
        stories.sort(Comparator.comparingInt((Story s) -> -s.articleIds().size()).thenComparing(Story::id));
        return new Grouping(stories);
    }

    /** For each text, why it is a site notice ({@link SiteNotice}), or null when it is an article. */
    static String[] notices(List<String> texts) {
        String[] notices = new String[texts.size()];
        for (int i = 0; i < notices.length; i++) {
            notices[i] = SiteNotice.detect(texts.get(i)).map(SiteNotice.Finding::describe).orElse(null);
        }
        return notices;
    }

    /**
     * Lead embeddings in processing order. A syndicated copy joins its original's story whatever its embedding, so
     * it is not embedded: it reuses its original's vector (the original comes earlier in processing order). Copies
     * are common in news streams and the model is the dominant cost per article. A site notice is kept alone in a
     * sealed story that is never compared, so it is not embedded either: it gets an empty vector.
     */
    private float[][] embed(List<AnnotatedArticle> ordered, List<String> ids, CopyEdge[] copies, String[] notices) {
        List<Integer> toEmbed = positionsToEmbed(copies, notices);
        List<AnnotatedArticle> originals = new ArrayList<>(toEmbed.size());
        for (int i : toEmbed) {
            originals.add(ordered.get(i));
        }
        float[][] embedded = embedder.embed(originals);
        float[][] embeddings = new float[ordered.size()][];
        for (int k = 0; k < embedded.length; k++) {
            embeddings[toEmbed.get(k)] = embedded[k];
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            position.put(ids.get(i), i);
        }
        for (int i = 0; i < ordered.size(); i++) {
            if (copies[i] != null) {
                embeddings[i] = embeddings[position.get(copies[i].copyOf())];
            } else if (embeddings[i] == null) {
                embeddings[i] = new float[0];
            }
        }
        return embeddings;
    }

    /**
     * The positions whose lead the model must embed: every article that is neither a syndicated copy nor a site
     * notice, in processing order.
     */
    static List<Integer> positionsToEmbed(CopyEdge[] copies, String[] notices) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < copies.length; i++) {
            if (copies[i] == null && notices[i] == null) {
                positions.add(i);
            }
        }
        return positions;
    }

    /** {@code "s"} and the first 10 hex digits of the SHA-256 of the sorted member ids joined by newlines. */
    static String storyId(List<String> memberIds) {
        List<String> sorted = new ArrayList<>(memberIds);
        sorted.sort(Comparator.naturalOrder());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", sorted).getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder("s");
            for (int i = 0; i < 5; i++) {
                sb.append(String.format("%02x", hash[i] & 0xff));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
