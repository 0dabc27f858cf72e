package org.corroborate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Brief;
import org.corroborate.api.BriefRenderer;
import org.corroborate.api.Entity;
import org.corroborate.api.StoryAnalysis;
import org.corroborate.brief.Briefs;
import org.corroborate.engine.StoryResult;

/**
 * Replaces the stories, their membership, facts and entities in one transaction, keeping story ids stable
 * ({@link StoryIdentity}) and appending what changed ({@link ChangeLog}). Stateless.
 */
final class StoryWriter {

    private static final BriefRenderer JSON = Briefs.renderer("json");
    private static final BriefRenderer HTML = Briefs.renderer("html");

    private StoryWriter() {
    }

    /**
     * @param added   ids of articles stored for the first time by this add
     * @param updated ids of articles that got a new version
     */
    static void replaceAll(Connection connection, List<StoryResult> stories, List<String> added, List<String> updated)
            throws SQLException {
        String now = Instant.now().toString();
        Map<String, String[]> before = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, brief_json, updated_at, headline FROM stories")) {
            while (rs.next()) {
                before.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        Map<String, Set<String>> oldMembers = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT story_id, article_id FROM story_articles")) {
            while (rs.next()) {
                oldMembers.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        StoryIdentity.Assignment identity = StoryIdentity.assign(oldMembers,
                stories.stream().map(StoryResult::story).toList());
        List<StoryResult> stable = new ArrayList<>();
        for (StoryResult result : stories) {
            stable.add(withId(result, identity.idByComputedId().get(result.story().id())));
        }
        Map<String, String> headlines = new HashMap<>();
        before.forEach((id, row) -> headlines.put(id, row[2]));
        ChangeLog changes = ChangeLog.compute(connection, stable, added, updated, identity.mergedByStableId(),
                headlines, now);

        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM story_articles");
            s.executeUpdate("DELETE FROM story_entities");
            s.executeUpdate("DELETE FROM stories");
        }
        try (PreparedStatement story = connection.prepareStatement("INSERT INTO stories (id, headline,"
                + " article_count, outlet_count, independent_sources, latest_published, entities, brief_json,"
                + " brief_html, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement member = connection.prepareStatement(
                     "INSERT OR IGNORE INTO story_articles (story_id, article_id, position) VALUES (?, ?, ?)");
             PreparedStatement entity = connection.prepareStatement(
                     "INSERT OR IGNORE INTO story_entities (story_id, name, type) VALUES (?, ?, ?)")) {
            for (StoryResult result : stable) {
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
                for (Map.Entry<String, String> e : namedEntities(result).entrySet()) {
                    entity.setString(1, id);
                    entity.setString(2, e.getKey());
                    entity.setString(3, e.getValue());
                    entity.executeUpdate();
                }
            }
            changes.write(connection);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            connection.setAutoCommit(true);
            throw e;
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    /** The result with its story, analysis and brief under {@code id}. */
    private static StoryResult withId(StoryResult result, String id) {
        if (id.equals(result.story().id())) {
            return result;
        }
        var story = result.story();
        StoryAnalysis a = result.analysis();
        StoryAnalysis analysis = new StoryAnalysis(id, a.facts(), a.numbers(), a.quoteGroups(), a.timeline(),
                a.independentSources(), a.notes());
        Brief b = result.brief();
        Brief brief = new Brief(id, b.headline(), b.summary(), b.articles(), analysis, b.texts());
        return new StoryResult(new org.corroborate.api.Story(id, story.articleIds(), story.copies(),
                story.explanation(), story.mergedFrom()), result.articles(), analysis, brief);
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

    /** Canonical entity name → type, for the entity listing. */
    private static Map<String, String> namedEntities(StoryResult result) {
        Map<String, String> names = new LinkedHashMap<>();
        for (AnnotatedArticle article : result.articles()) {
            for (Entity entity : article.entityIndex()) {
                names.putIfAbsent(entity.name(), entity.type().name());
            }
        }
        return names;
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
