package org.corroborate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link Feeds} over the store's SQLite connection, used under the store's write lock. Thread-safe. */
final class SqliteFeeds implements Feeds {

    private static final String FEED_COLUMNS = "url, title, etag, last_modified, added_at, last_polled_at,"
            + " last_status, last_error, failures, next_poll_at";

    private static final String PAGE_COLUMNS = "url, feed_url, item_updated, etag, last_modified, fetched_at,"
            + " first_seen_at, fetched";

    private final Connection connection;
    private final Object lock;

    SqliteFeeds(Connection connection, Object lock) {
        this.connection = connection;
        this.lock = lock;
    }

    @Override
    public List<FeedRecord> list() {
        return select("SELECT " + FEED_COLUMNS + " FROM feeds ORDER BY rowid", "feeds", SqliteFeeds::feed);
    }

    @Override
    public Optional<FeedRecord> get(String url) {
        return select("SELECT " + FEED_COLUMNS + " FROM feeds WHERE url = ?", "feed " + url, SqliteFeeds::feed, url)
                .stream().findFirst();
    }

    @Override
    public void put(FeedRecord feed) {
        synchronized (lock) {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO feeds (" + FEED_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET title = excluded.title,"
                    + " etag = excluded.etag, last_modified = excluded.last_modified,"
                    + " last_polled_at = excluded.last_polled_at, last_status = excluded.last_status,"
                    + " last_error = excluded.last_error, failures = excluded.failures,"
                    + " next_poll_at = excluded.next_poll_at")) {
                upsert.setString(1, feed.url());
                upsert.setString(2, feed.title());
                upsert.setString(3, feed.etag());
                upsert.setString(4, feed.lastModified());
                upsert.setString(5, feed.addedAt());
                upsert.setString(6, feed.lastPolledAt());
                upsert.setString(7, feed.lastStatus());
                upsert.setString(8, feed.lastError());
                upsert.setInt(9, feed.failures());
                upsert.setString(10, feed.nextPollAt());
                upsert.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("cannot write feed " + feed.url() + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public boolean remove(String url) {
        synchronized (lock) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM feeds WHERE url = ?")) {
                delete.setString(1, url);
                return delete.executeUpdate() > 0;
            } catch (SQLException e) {
                throw new StoreException("cannot remove feed " + url + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Optional<PageRecord> page(String url) {
        return select("SELECT " + PAGE_COLUMNS + " FROM pages WHERE url = ?", "page " + url, SqliteFeeds::page, url)
                .stream().findFirst();
    }

    @Override
    public List<PageRecord> pages(String feedUrl, String since) {
        return select("SELECT " + PAGE_COLUMNS + " FROM pages WHERE feed_url = ? AND first_seen_at >= ?"
                + " ORDER BY first_seen_at, url", "pages of " + feedUrl, SqliteFeeds::page, feedUrl, since);
    }

    /** The rows of a query with string parameters, each mapped; {@code what} names them in errors. */
    private <T> List<T> select(String sql, String what, RowMapper<T> mapper, String... parameters) {
        synchronized (lock) {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setString(i + 1, parameters[i]);
                }
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(mapper.map(rs));
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new StoreException("cannot read " + what + ": " + e.getMessage(), e);
            }
        }
    }

    /** Reads one row. */
    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @Override
    public void putPage(PageRecord page) {
        synchronized (lock) {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO pages (" + PAGE_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (url) DO UPDATE SET feed_url = excluded.feed_url,"
                    + " item_updated = excluded.item_updated, etag = excluded.etag,"
                    + " last_modified = excluded.last_modified, fetched_at = excluded.fetched_at,"
                    + " fetched = excluded.fetched")) {
                upsert.setString(1, page.url());
                upsert.setString(2, page.feedUrl());
                upsert.setString(3, page.itemUpdated());
                upsert.setString(4, page.etag());
                upsert.setString(5, page.lastModified());
                upsert.setString(6, page.fetchedAt());
                upsert.setString(7, page.firstSeenAt());
                upsert.setInt(8, page.fetched() ? 1 : 0);
                upsert.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("cannot write page " + page.url() + ": " + e.getMessage(), e);
            }
        }
    }

    private static PageRecord page(ResultSet rs) throws SQLException {
        return new PageRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8) == 1);
    }

    private static FeedRecord feed(ResultSet rs) throws SQLException {
        return new FeedRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10));
    }
}
