package org.corroborate.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of article titles and texts. One document per article id (its latest version).
 *
 * <p>Thread-safe: Lucene's writer and searcher manager are.
 */
final class ArticleIndex implements AutoCloseable {

    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String OUTLET = "outlet";
    private static final String VECTOR = "vector";
    /** Characters of title and text that are embedded for semantic search (the lead tells what a story is). */
    static final int EMBEDDED_CHARS = 600;

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final TextEmbedder embedder;

    /**
     * @param embedder the model for semantic search; null when articles are not embedded
     */
    ArticleIndex(Path dir, TextEmbedder embedder) throws IOException {
        this.embedder = embedder;
        directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
    }

    /** The number of indexed articles (committed or not). */
    int size() {
        return writer.getDocStats().numDocs;
    }

    /** Adds or replaces the articles (embedded in one batch); not visible until {@link #commit()}. */
    void putAll(List<StoredArticle> articles) throws IOException {
        if (articles.isEmpty()) {
            return;
        }
        float[][] vectors = null;
        if (embedder != null) {
            vectors = embedder.embed(articles.stream().map(ArticleIndex::lead).toList());
        }
        for (int i = 0; i < articles.size(); i++) {
            put(articles.get(i), vectors == null ? null : vectors[i]);
        }
    }

    /** Whether semantic search is on. */
    boolean semantic() {
        return embedder != null;
    }

    /** The articles closest in meaning to {@code text}, best first. */
    List<SearchHit> searchByMeaning(String text, int limit) throws IOException {
        float[] vector = embedder.embed(List.of(text))[0];
        return hits(new KnnFloatVectorQuery(VECTOR, vector, limit), limit);
    }

    private static String lead(StoredArticle article) {
        String lead = (article.title() == null ? "" : article.title().strip() + ". ") + article.text().strip();
        lead = lead.length() > EMBEDDED_CHARS ? lead.substring(0, EMBEDDED_CHARS) : lead;
        return lead.isBlank() ? "(empty)" : lead;
    }

    private void put(StoredArticle article, float[] vector) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        doc.add(new TextField(TITLE, article.title() == null ? "" : article.title(), Field.Store.YES));
        doc.add(new TextField(TEXT, article.text(), Field.Store.NO));
        doc.add(new StoredField(OUTLET, article.outlet()));
        if (vector != null && vector.length > 0) {
            doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
        }
        writer.updateDocument(new Term(ID, article.id()), doc);
    }

    /** Removes every document; not visible until {@link #commit()}. */
    void clear() throws IOException {
        writer.deleteAll();
    }

    /** Makes the changes durable and visible to searches. */
    void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    List<SearchHit> search(String text, int limit) throws IOException {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, TEXT}, new StandardAnalyzer());
        Query query;
        try {
            query = parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            try {
                query = parser.parse(QueryParser.escape(text));
            } catch (ParseException again) {
                return List.of();
            }
        }
        return hits(query, limit);
    }

    private List<SearchHit> hits(Query query, int limit) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(query, limit);
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc scored : top.scoreDocs) {
                Document doc = searcher.storedFields().document(scored.doc);
                String title = doc.get(TITLE);
                hits.add(new SearchHit(doc.get(ID), title == null || title.isEmpty() ? null : title,
                        doc.get(OUTLET), scored.score, null));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
