package org.corroborate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.BriefRenderer;
import org.corroborate.api.Entity;
import org.corroborate.brief.Briefs;
import org.corroborate.engine.StoryResult;

/** Replaces the stories and their membership in one transaction. Stateless. */
final class StoryWriter {

    private static final BriefRenderer JSON = Briefs.renderer("json");
    private static final BriefRenderer HTML = Briefs.renderer("html");

    private StoryWriter() {
    }

    static void replaceAll(Connection connection, List<StoryResult> stories) throws SQLException {
        String now = Instant.now().toString();
        Map<String, String[]> before = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, brief_json, updated_at FROM stories")) {
            while (rs.next()) {
                before.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM story_articles");
            s.executeUpdate("DELETE FROM stories");
        }
        try (PreparedStatement story = connection.prepareStatement("INSERT INTO stories (id, headline,"
                + " article_count, outlet_count, independent_sources, latest_published, entities, brief_json,"
                + " brief_html, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement member = connection.prepareStatement(
                     "INSERT OR IGNORE INTO story_articles (story_id, article_id, position) VALUES (?, ?, ?)")) {
            for (StoryResult result : stories) {
                String id = result.story().id();
                String json = JSON.render(result.brief());
                String[] old = before.get(id);
                story.setString(1, id);
                story.setString(2, result.brief().headline());
                story.setInt(3, result.articles().size());
                story.setInt(4, result.outletCount());
                story.setInt(5, result.analysis().independentSources());
                story.setString(6, latestPublished(result));
                story.setString(7, entities(result));
                story.setString(8, json);
                story.setString(9, HTML.render(result.brief()));
                story.setString(10, old != null && old[0].equals(json) ? old[1] : now);
                story.executeUpdate();
                List<String> ids = result.story().articleIds();
                for (int i = 0; i < ids.size(); i++) {
                    member.setString(1, id);
                    member.setString(2, ids.get(i));
                    member.setInt(3, i);
                    member.executeUpdate();
                }
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    private static String latestPublished(StoryResult result) {
        String latest = null;
        for (AnnotatedArticle article : result.articles()) {
            String published = article.article().published();
            if (published != null && (latest == null || published.compareTo(latest) > 0)) {
                latest = published;
            }
        }
        return latest;
    }

    /** Every entity name and alias, lower-cased, one per line, for the entity filter. */
    private static String entities(StoryResult result) {
        TreeSet<String> names = new TreeSet<>();
        for (AnnotatedArticle article : result.articles()) {
            for (Entity entity : article.entityIndex()) {
                names.add(entity.name().toLowerCase(Locale.ROOT));
                entity.aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
            }
        }
        return String.join("\n", names);
    }
}
