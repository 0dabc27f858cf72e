package org.corroborate.api;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts independent sources: a syndicated copy counts as its original, and articles of the same named outlet count
 * once. Articles whose outlet is unknown count as a source of their own.
 *
 * <p>Stateless and thread-safe.
 */
public final class IndependentSources {

    private IndependentSources() {
    }

    /**
     * @param articleIds       the articles that carry something
     * @param story            their story, for its copy edges
     * @param outletsByArticle outlet name by article id
     * @return the number of independent sources among {@code articleIds}
     */
    public static int count(Collection<String> articleIds, Story story, Map<String, String> outletsByArticle) {
        Set<String> sources = new HashSet<>();
        for (String id : articleIds) {
            sources.add(sourceKey(id, story, outletsByArticle));
        }
        return sources.size();
    }

    /** The key under which {@code articleId} counts: its original's outlet, or its original's id. */
    public static String sourceKey(String articleId, Story story, Map<String, String> outletsByArticle) {
        String root = articleId;
        Set<String> seen = new HashSet<>();
        while (seen.add(root)) {
            String next = story.copyOf(root).orElse(null);
            if (next == null) {
                break;
            }
            root = next;
        }
        String outlet = outletsByArticle.get(root);
        if (outlet == null || outlet.startsWith(Article.UNKNOWN_OUTLET_PREFIX)) {
            return "article:" + root;
        }
        return "outlet:" + outlet;
    }
}
