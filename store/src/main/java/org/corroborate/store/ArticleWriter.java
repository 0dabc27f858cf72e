package org.corroborate.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.corroborate.api.Article;
import org.corroborate.api.ContentType;
import org.corroborate.api.DocumentHints;
import org.corroborate.api.RawDocument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes articles and their versions, one transaction per batch; reads the stored raw documents back. Stateless. */
final class ArticleWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleWriter() {
    }

    /**
     * Stores one batch in one transaction, then indexes it. Each article is sorted into {@code added},
     * {@code updated} (new version) or {@code unchanged}.
     */
    static void write(Connection connection, ArticleIndex index, List<SqliteStore.Extracted> batch,
                      List<String> added, List<String> updated, List<String> unchanged)
            throws SQLException, IOException {
        if (batch.isEmpty()) {
            return;
        }
        String now = Instant.now().toString();
        List<StoredArticle> changed = new ArrayList<>();
        connection.setAutoCommit(false);
        for (SqliteStore.Extracted extracted : batch) {
            Article article = extracted.article();
            String hash = SqliteStore.contentHash(article.title(), article.text());
            int[] current = currentVersion(connection, article.id(), hash);
            int version;
            if (current == null) {
                version = 1;
                added.add(article.id());
            } else if (current[1] == 1) {
                unchanged.add(article.id());
                continue;
            } else {
                version = current[0] + 1;
                updated.add(article.id());
            }
            upsert(connection, extracted, hash, version, now);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO article_versions"
                    + " (article_id, version, content_hash, title, text, fetched_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, article.id());
                insert.setInt(2, version);
                insert.setString(3, hash);
                insert.setString(4, article.title());
                insert.setString(5, article.text());
                insert.setString(6, now);
                insert.executeUpdate();
            }
            changed.add(new StoredArticle(article.id(), article.source(), url(article), article.outlet(),
                    article.title(), article.published(), article.text(), hash, version, now, null));
        }
        connection.commit();
        connection.setAutoCommit(true);
        index.putAll(changed);
        index.commit();
    }

    /** Every stored article's latest raw document, in insertion order. */
    static List<RawDocument> storedDocuments(Connection connection) throws SQLException {
        List<RawDocument> result = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT source, raw_type, raw_content, hints FROM articles ORDER BY rowid")) {
            while (rs.next()) {
                DocumentHints hints;
                try {
                    hints = JSON.readValue(rs.getString(4), DocumentHints.class);
                } catch (JsonProcessingException e) {
                    throw new SQLException("unreadable hints of " + rs.getString(1), e);
                }
                result.add(new RawDocument(rs.getString(1), ContentType.valueOf(rs.getString(2)), rs.getString(3),
                        hints));
            }
        }
        return result;
    }

    /** {version, 1 if the hash is the latest's} or null when the article is new. */
    private static int[] currentVersion(Connection connection, String id, String hash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version, content_hash FROM articles WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new int[] {rs.getInt(1), hash.equals(rs.getString(2)) ? 1 : 0};
            }
        }
    }

    private static void upsert(Connection connection, SqliteStore.Extracted extracted, String hash, int version,
                               String now) throws SQLException {
        Article article = extracted.article();
        RawDocument document = extracted.document();
        String hints;
        try {
            hints = JSON.writeValueAsString(document.hints());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("hints are not serialisable", e);
        }
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO articles (id, source, url, outlet,"
                + " title, published, text, content_hash, version, fetched_at, raw_type, raw_content, hints)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                + " source = excluded.source, url = excluded.url, outlet = excluded.outlet, title = excluded.title,"
                + " published = excluded.published, text = excluded.text, content_hash = excluded.content_hash,"
                + " version = excluded.version, fetched_at = excluded.fetched_at, raw_type = excluded.raw_type,"
                + " raw_content = excluded.raw_content, hints = excluded.hints")) {
            upsert.setString(1, article.id());
            upsert.setString(2, article.source());
            upsert.setString(3, url(article));
            upsert.setString(4, article.outlet());
            upsert.setString(5, article.title());
            upsert.setString(6, article.published());
            upsert.setString(7, article.text());
            upsert.setString(8, hash);
            upsert.setInt(9, version);
            upsert.setString(10, now);
            upsert.setString(11, document.type().name());
            upsert.setString(12, document.content());
            upsert.setString(13, hints);
            upsert.executeUpdate();
        }
    }

    private static String url(Article article) {
        return article.url() != null ? article.url() : article.canonicalUrl();
    }
}
