package org.corroborate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SQLite schema and the read queries. Stateless; callers own the connection and its thread confinement.
 */
final class Tables {

    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, source TEXT NOT NULL, url TEXT,"
            + " outlet TEXT NOT NULL, title TEXT, published TEXT, text TEXT NOT NULL, content_hash TEXT NOT NULL,"
            + " version INTEGER NOT NULL, fetched_at TEXT NOT NULL, raw_type TEXT NOT NULL,"
            + " raw_content TEXT NOT NULL, hints TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS article_versions (article_id TEXT NOT NULL REFERENCES articles(id)"
            + " ON DELETE CASCADE, version INTEGER NOT NULL, content_hash TEXT NOT NULL, title TEXT,"
            + " text TEXT NOT NULL, fetched_at TEXT NOT NULL, PRIMARY KEY (article_id, version))",
        "CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, headline TEXT NOT NULL,"
            + " article_count INTEGER NOT NULL, outlet_count INTEGER NOT NULL,"
            + " independent_sources INTEGER NOT NULL, latest_published TEXT, entities TEXT NOT NULL,"
            + " brief_json TEXT NOT NULL, brief_html TEXT NOT NULL, updated_at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS story_articles (story_id TEXT NOT NULL REFERENCES stories(id)"
            + " ON DELETE CASCADE, article_id TEXT NOT NULL REFERENCES articles(id), position INTEGER NOT NULL,"
            + " PRIMARY KEY (story_id, article_id))",
        "CREATE INDEX IF NOT EXISTS story_articles_by_article ON story_articles (article_id)",
        "CREATE INDEX IF NOT EXISTS articles_by_outlet ON articles (outlet)",
        "CREATE TABLE IF NOT EXISTS annotations (article_id TEXT PRIMARY KEY REFERENCES articles(id)"
            + " ON DELETE CASCADE, input_key TEXT NOT NULL, gzip_json BLOB NOT NULL)",
        "CREATE TABLE IF NOT EXISTS embeddings (text_key TEXT PRIMARY KEY, vector BLOB NOT NULL)",
        "CREATE INDEX IF NOT EXISTS stories_by_latest ON stories (latest_published IS NULL, latest_published DESC,"
            + " article_count DESC, id)",
        "CREATE TABLE IF NOT EXISTS story_entities (story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,"
            + " name TEXT NOT NULL, type TEXT NOT NULL, PRIMARY KEY (story_id, name))",
        "CREATE INDEX IF NOT EXISTS story_entities_by_name ON story_entities (name)",
        "CREATE TABLE IF NOT EXISTS story_facts (story_id TEXT NOT NULL, text TEXT NOT NULL, mentions TEXT NOT NULL,"
            + " numbers TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS story_changes (story_id TEXT NOT NULL, at TEXT NOT NULL, kind TEXT NOT NULL,"
            + " article_id TEXT, text TEXT NOT NULL, detail TEXT)",
        "CREATE INDEX IF NOT EXISTS story_changes_by_story ON story_changes (story_id, at)",
        "CREATE INDEX IF NOT EXISTS story_changes_by_article ON story_changes (article_id, at)",
        "CREATE TABLE IF NOT EXISTS feeds (url TEXT PRIMARY KEY, title TEXT, etag TEXT, last_modified TEXT,"
            + " added_at TEXT NOT NULL, last_polled_at TEXT, last_status TEXT, last_error TEXT,"
            + " failures INTEGER NOT NULL, next_poll_at TEXT)",
        "CREATE TABLE IF NOT EXISTS pages (url TEXT PRIMARY KEY, feed_url TEXT, item_updated TEXT, etag TEXT,"
            + " last_modified TEXT, fetched_at TEXT NOT NULL, first_seen_at TEXT NOT NULL, fetched INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS pages_by_feed ON pages (feed_url, first_seen_at)",
    };

    private static final String SUMMARY_COLUMNS =
            "s.id, s.headline, s.article_count, s.outlet_count, s.independent_sources, s.latest_published,"
                    + " s.updated_at";

    private Tables() {
    }

    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : SCHEMA) {
                statement.execute(ddl);
            }
        }
    }

    static StoryPage stories(Connection connection, StoryQuery query) throws SQLException {
        StringBuilder where = new StringBuilder(" FROM stories s WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (query.outlet() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
                    + " WHERE sa.story_id = s.id AND a.outlet = ?)");
            args.add(query.outlet());
        }
        if (query.entity() != null) {
            where.append(" AND s.entities LIKE ? ESCAPE '\\'");
            args.add("%" + likeEscape(query.entity().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.since() != null) {
            where.append(" AND s.latest_published >= ?");
            args.add(query.since().toString());
        }
        int total;
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*)" + where)) {
            bind(count, args);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getInt(1);
            }
        }
        List<StorySummary> page = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS + where
                + " ORDER BY s.latest_published IS NULL, s.latest_published DESC, s.article_count DESC, s.id"
                + " LIMIT ? OFFSET ?")) {
            bind(select, args);
            select.setInt(args.size() + 1, query.limit());
            select.setInt(args.size() + 2, query.offset());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    page.add(summary(rs));
                }
            }
        }
        return new StoryPage(total, query.limit(), query.offset(), page);
    }

    static Optional<StoredStory> story(Connection connection, String id) throws SQLException {
        StorySummary summary;
        String json;
        String html;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + SUMMARY_COLUMNS + ", s.brief_json, s.brief_html FROM stories s WHERE s.id = ?")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                summary = summary(rs);
                json = rs.getString(8);
                html = rs.getString(9);
            }
        }
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return Optional.of(new StoredStory(summary, json, html, ids));
    }

    static Optional<StoredArticle> article(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT a.id, a.source, a.url, a.outlet,"
                + " a.title, a.published, a.text, a.content_hash, a.version, a.fetched_at,"
                + " (SELECT sa.story_id FROM story_articles sa WHERE sa.article_id = a.id LIMIT 1)"
                + " FROM articles a WHERE a.id = ?")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredArticle(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getInt(9), rs.getString(10), rs.getString(11)));
            }
        }
    }

    static List<ArticleVersion> versions(Connection connection, String articleId) throws SQLException {
        List<ArticleVersion> result = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT version, content_hash, title, text,"
                + " fetched_at FROM article_versions WHERE article_id = ? ORDER BY version")) {
            select.setString(1, articleId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    result.add(new ArticleVersion(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        return result;
    }

    /** Entities by the number of stories naming them; {@code query} (nullable) filters by a name fragment. */
    static List<EntitySummary> entities(Connection connection, String query, int limit) throws SQLException {
        List<EntitySummary> result = new ArrayList<>();
        String where = query == null ? "" : " WHERE lower(name) LIKE ? ESCAPE '\\'";
        try (PreparedStatement select = connection.prepareStatement("SELECT name, type, COUNT(*) AS n"
                + " FROM story_entities" + where + " GROUP BY name, type ORDER BY n DESC, name LIMIT ?")) {
            int i = 1;
            if (query != null) {
                select.setString(i++, "%" + likeEscape(query.toLowerCase(Locale.ROOT)) + "%");
            }
            select.setInt(i, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    result.add(new EntitySummary(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            }
        }
        return result;
    }

    /** The story of each of {@code articleIds} that is in one. */
    static Map<String, String> storiesOf(Connection connection, List<String> articleIds) throws SQLException {
        Map<String, String> stories = new HashMap<>();
        if (articleIds.isEmpty()) {
            return stories;
        }
        String marks = String.join(", ", Collections.nCopies(articleIds.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT article_id, story_id FROM story_articles WHERE article_id IN (" + marks + ")")) {
            bind(select, articleIds);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stories.putIfAbsent(rs.getString(1), rs.getString(2));
                }
            }
        }
        return stories;
    }

    static int articleCount(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM articles")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static StorySummary summary(ResultSet rs) throws SQLException {
        return new StorySummary(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                rs.getString(6), rs.getString(7));
    }

    private static void bind(PreparedStatement statement, List<String> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            statement.setString(i + 1, args.get(i));
        }
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
