package org.corroborate.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.corroborate.api.Problem;
import org.corroborate.api.RawDocument;

/**
 * A data directory holding articles (with every version of their content), the stories computed over them with
 * their briefs, and a full-text index of the articles. Open one with {@link Stores#open(Path, org.corroborate.engine.Engine)}.
 *
 * <p>Durability: articles are committed in batches before stories are recomputed, and every commit is atomic
 * (SQLite in WAL mode), so killing the process at any moment leaves a store that reopens with every committed
 * article. The full-text index is rebuilt from the tables when it is found behind them on opening.
 *
 * <p>Thread-safe: writes ({@link #add}) are serialised; reads may run concurrently with a write and see the state
 * of the last commit. No method returns null; absent values are empty optionals or nullable record fields as
 * documented on each record.
 */
public interface Store extends AutoCloseable {

    /** Longest search query accepted, in characters. */
    int MAX_QUERY_LENGTH = 500;

    /** Largest page of stories or search hits. */
    int MAX_LIMIT = 100;

    /**
     * Reads {@code inputs} (files and folders, as {@code corroborate brief} does), stores new articles and new
     * versions of changed ones, then recomputes every story and brief over all stored articles. Annotations are kept
     * in the store, so only new and edited articles are annotated; grouping, comparison and briefs run over the whole
     * store each time (simple and correct, but their cost grows with the store).
     *
     * @param inputs files and folders; never null
     * @return what was stored, and every problem met
     * @throws StoreException when the store cannot be written
     */
    AddResult add(List<Path> inputs);

    /**
     * Stores documents already read (fetched pages, feed items) as {@link #add(List)} stores files. Articles already
     * annotated by this store instance with the same content are not annotated again.
     *
     * @param documents       the documents; never null
     * @param earlierProblems problems met while getting them, carried into the result; never null
     * @return what was stored, and every problem met
     * @throws StoreException when the store cannot be written
     */
    AddResult add(List<RawDocument> documents, List<Problem> earlierProblems);

    /**
     * What changed in a story at or after {@code since}: articles that joined or were edited, new facts, revised
     * numbers, stories merged into it; oldest first. Empty for an unknown story.
     */
    List<StoryChange> changes(String storyId, Instant since);

    /**
     * Entities by the number of stories that name them.
     *
     * @param query a fragment of the name to filter by (case-insensitive); null or blank for all
     * @param limit 1 to {@link #MAX_LIMIT}
     */
    List<EntitySummary> entities(String query, int limit);

    /** The feed subscriptions and fetched-page records of this store. */
    Feeds feeds();

    /**
     * A page of stories matching {@code query}, most recently published first.
     *
     * @param query the filters and page; never null
     * @return the page; never null
     */
    StoryPage stories(StoryQuery query);

    /** The story with its brief, if it exists. */
    Optional<StoredStory> story(String id);

    /** The latest version of the article, if it exists. */
    Optional<StoredArticle> article(String id);

    /** Every stored version of the article, oldest first; empty when the article is unknown. */
    List<ArticleVersion> versions(String articleId);

    /**
     * Full-text search over article titles and texts.
     *
     * @param query Lucene query syntax (plain words work; a query that does not parse is searched as plain words);
     *              not blank, at most {@link #MAX_QUERY_LENGTH} characters
     * @param limit at most this many hits, 1 to {@link #MAX_LIMIT}
     * @return hits, best first
     * @throws IllegalArgumentException when the query or limit is out of range
     */
    List<SearchHit> search(String query, int limit);

    /**
     * Semantic search: the articles whose lead (title and first paragraph) is closest in meaning to {@code query},
     * by sentence embeddings in a Lucene vector index ("blaze at the docks" finds "fire in the harbour warehouse").
     *
     * @param query free text; not blank, at most {@link #MAX_QUERY_LENGTH} characters
     * @param limit 1 to {@link #MAX_LIMIT}
     * @return hits, closest first (score: Lucene's cosine score, 1 is identical)
     * @throws IllegalArgumentException      when the query or limit is out of range
     * @throws UnsupportedOperationException when the store was opened with {@link StoreOptions#textOnly()}
     */
    List<SearchHit> searchByMeaning(String query, int limit);

    /** The number of stored articles. */
    int articleCount();

    /** Closes the tables and the index; idempotent. */
    @Override
    void close();
}
