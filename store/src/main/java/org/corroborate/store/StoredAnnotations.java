package org.corroborate.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Annotator;
import org.corroborate.api.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Annotates through another annotator, and keeps its results in the store's {@code annotations} table, so that a
 * later process (the next {@code corroborate add}) reads them back instead of annotating every stored article again
 * (gzip-compressed JSON, about four times the size of the article text).
 * A stored annotation is reused only for the same article (every field) annotated by an annotator of the same
 * {@link Annotator#version()}; an annotator without a version is always called. A stored annotation that cannot be
 * read back is annotated again.
 *
 * <p>Results are read from the store's reader connection; new results are held until {@link #save} writes them with
 * the writer connection. Thread-safe.
 */
final class StoredAnnotations implements Annotator {

    private static final Logger LOG = LoggerFactory.getLogger(StoredAnnotations.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<Annotator> delegate;
    private final KeptRows<Row> rows;

    /** One row of the table: the article and annotator it was computed for, and the annotations as gzip JSON. */
    private record Row(String inputKey, byte[] gzipJson) {
    }

    /**
     * @param delegate the annotator to call when nothing usable is stored; called lazily (it may load models)
     * @param reader   the connection to read stored annotations with, used only while holding {@code readLock}
     * @param readLock the lock that guards {@code reader}
     */
    StoredAnnotations(Supplier<Annotator> delegate, Connection reader, Object readLock) {
        this.delegate = delegate;
        this.rows = new KeptRows<>("SELECT gzip_json FROM annotations WHERE article_id = ? AND input_key = ?",
                "INSERT INTO annotations (article_id, input_key, gzip_json) SELECT ?, ?, ? WHERE EXISTS"
                        + " (SELECT 1 FROM articles WHERE id = ?) ON CONFLICT (article_id) DO UPDATE SET"
                        + " input_key = excluded.input_key, gzip_json = excluded.gzip_json",
                (insert, articleId, row) -> {
                    insert.setString(1, articleId);
                    insert.setString(2, row.inputKey());
                    insert.setBytes(3, row.gzipJson());
                    insert.setString(4, articleId);
                }, reader, readLock);
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        Annotator annotator = delegate.get();
        Optional<String> version = annotator.version();
        if (version.isEmpty()) {
            return annotator.annotate(article);
        }
        String key = inputKey(version.get(), article);
        Optional<AnnotatedArticle> stored = read(article.id(), key);
        if (stored.isPresent()) {
            return stored.get();
        }
        AnnotatedArticle fresh = annotator.annotate(article);
        try {
            rows.put(article.id(), new Row(key, gzip(JSON.writeValueAsBytes(fresh))));
        } catch (JsonProcessingException | UncheckedIOException e) {
            LOG.debug("annotations of {} are not serialisable; not stored", article.id(), e);
        }
        return fresh;
    }

    @Override
    public Optional<String> version() {
        return delegate.get().version();
    }

    /**
     * Writes the annotations computed since the last save, in one transaction, replacing older ones of the same
     * articles. Call while holding the store's write lock, after the articles themselves are committed.
     *
     * @return the number of articles whose annotations were written
     */
    int save(Connection writer) throws SQLException {
        return rows.save(writer);
    }

    private Optional<AnnotatedArticle> read(String articleId, String key) {
        Optional<byte[]> gzipJson = rows.read(articleId, key);
        if (gzipJson.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipJson.get()))) {
            return Optional.of(JSON.readValue(in, AnnotatedArticle.class));
        } catch (IOException | RuntimeException e) {
            LOG.debug("unreadable stored annotations of {}; annotating again", articleId, e);
            return Optional.empty();
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /** The SHA-256 of the annotator's version and the article's JSON form (every field). */
    static String inputKey(String version, Article article) {
        try {
            return Sha256.hex((byte) 0, version.getBytes(StandardCharsets.UTF_8), JSON.writeValueAsBytes(article));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an article is not serialisable: " + article.id(), e);
        }
    }
}
