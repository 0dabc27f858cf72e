package org.corroborate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Fact;
import org.corroborate.api.Quantity;
import org.corroborate.api.Span;
import org.corroborate.engine.StoryResult;

/**
 * What changed in the stories between two adds: articles that joined or were edited, facts that appeared, numbers
 * that were revised, stories that merged. A fact is the same fact as before when they share a mention (article and
 * offsets); its numbers are revised when the values reported for it differ. Also keeps the facts table that the next
 * comparison starts from. Not thread-safe; used under the store's write lock.
 */
final class ChangeLog {

    private static final Pattern DIGITS = Pattern.compile("\\d[\\d.,]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<StoryChange> changes;
    private final List<String[]> facts;

    private ChangeLog(List<StoryChange> changes, List<String[]> facts) {
        this.changes = changes;
        this.facts = facts;
    }

    /** The changes and new fact rows; reads the previous fact rows from {@code connection}. */
    static ChangeLog compute(Connection connection, List<StoryResult> stories, List<String> added,
                             List<String> updated, Map<String, List<String>> merged, Map<String, String> headlines,
                             String now) throws SQLException {
        Map<String, String> oldNumbersByMention = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT mentions, numbers FROM story_facts")) {
            while (rs.next()) {
                for (String mention : rs.getString(1).split("\n")) {
                    oldNumbersByMention.put(mention, rs.getString(2));
                }
            }
        }
        Set<String> addedIds = new HashSet<>(added);
        Set<String> updatedIds = new HashSet<>(updated);
        List<StoryChange> changes = new ArrayList<>();
        List<String[]> factRows = new ArrayList<>();
        for (StoryResult result : stories) {
            String story = result.story().id();
            for (String old : merged.getOrDefault(story, List.of())) {
                changes.add(new StoryChange(story, now, "merged", null, headlines.getOrDefault(old, old), old));
            }
            for (AnnotatedArticle article : result.articles()) {
                String title = article.article().title() == null ? article.id() : article.article().title();
                if (addedIds.contains(article.id())) {
                    changes.add(new StoryChange(story, now, "new_article", article.id(), title, null));
                } else if (updatedIds.contains(article.id())) {
                    changes.add(new StoryChange(story, now, "edited_article", article.id(), title, null));
                }
            }
            Map<String, String> numbersByFact = numbers(result);
            for (Fact fact : result.analysis().facts()) {
                List<String> mentions = fact.mentions().stream().map(ChangeLog::key).toList();
                String numbers = numbersByFact.getOrDefault(fact.id(), "");
                factRows.add(new String[] {story, fact.text(), String.join("\n", mentions), numbers});
                String before = null;
                boolean seen = false;
                for (String mention : mentions) {
                    if (oldNumbersByMention.containsKey(mention)) {
                        seen = true;
                        before = oldNumbersByMention.get(mention);
                        break;
                    }
                }
                if (!seen) {
                    changes.add(new StoryChange(story, now, "new_fact", null, fact.text(), null));
                } else if (!before.isEmpty() && !numbers.isEmpty() && !before.equals(numbers)) {
                    changes.add(new StoryChange(story, now, "revised_number", null, fact.text(),
                            before + " → " + numbers));
                }
            }
        }
        return new ChangeLog(changes, factRows);
    }

    /** Replaces the facts table and appends the changes, inside the caller's transaction. */
    void write(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM story_facts");
        }
        try (PreparedStatement fact = connection.prepareStatement(
                "INSERT INTO story_facts (story_id, text, mentions, numbers) VALUES (?, ?, ?, ?)");
             PreparedStatement change = connection.prepareStatement("INSERT INTO story_changes (story_id, at, kind,"
                     + " article_id, text, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (String[] row : facts) {
                for (int i = 0; i < row.length; i++) {
                    fact.setString(i + 1, row[i]);
                }
                fact.addBatch();
            }
            fact.executeBatch();
            for (StoryChange c : changes) {
                change.setString(1, c.storyId());
                change.setString(2, c.at());
                change.setString(3, c.kind());
                change.setString(4, c.articleId());
                change.setString(5, c.text());
                change.setString(6, c.detail());
                change.addBatch();
            }
            change.executeBatch();
        }
    }

    /** The changes of {@code storyId} (or of its current articles) at or after {@code since}, oldest first. */
    static List<StoryChange> read(Connection connection, String storyId, String since) throws SQLException {
        List<StoryChange> result = new ArrayList<>();
        // Two indexed lookups (by story, and by each current article) rather than one OR that scans the log.
        try (PreparedStatement select = connection.prepareStatement("SELECT story_id, at, kind, article_id, text,"
                + " detail, rowid FROM story_changes WHERE story_id = ? AND at >= ?"
                + " UNION SELECT c.story_id, c.at, c.kind, c.article_id, c.text, c.detail, c.rowid"
                + " FROM story_articles sa JOIN story_changes c ON c.article_id = sa.article_id"
                + " WHERE sa.story_id = ? AND c.at >= ? ORDER BY 7")) {
            select.setString(1, storyId);
            select.setString(2, since);
            select.setString(3, storyId);
            select.setString(4, since);
            try (ResultSet rs = select.executeQuery()) {
                Set<String> seen = new HashSet<>();
                while (rs.next()) {
                    StoryChange c = new StoryChange(storyId, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6));
                    if (seen.add(c.at() + c.kind() + c.articleId() + c.text())) {
                        result.add(c);
                    }
                }
            }
        }
        return result;
    }

    /**
     * A mention's identity across versions of its article: the article and the sentence with its digits masked and
     * spaces folded, so an edit elsewhere in the article (offsets shift) or to the numbers (a revision) keeps it.
     */
    private static String key(Span span) {
        String masked = DIGITS.matcher(span.text().toLowerCase(Locale.ROOT)).replaceAll("#");
        return span.articleId() + ":" + SPACES.matcher(masked).replaceAll("_");
    }

    /** Per fact id, the quantities inside its mentions as "value unit", sorted and joined by "; ". */
    private static Map<String, String> numbers(StoryResult result) {
        Map<String, List<Quantity>> byArticle = new HashMap<>();
        for (AnnotatedArticle article : result.articles()) {
            byArticle.put(article.id(), article.quantities());
        }
        Map<String, String> joined = new HashMap<>();
        for (Fact fact : result.analysis().facts()) {
            TreeSet<String> values = new TreeSet<>();
            for (Span mention : fact.mentions()) {
                for (Quantity q : byArticle.getOrDefault(mention.articleId(), List.of())) {
                    if (q.span().start() >= mention.start() && q.span().end() <= mention.end()) {
                        values.add(format(q.value()) + " " + q.unit());
                    }
                }
            }
            if (!values.isEmpty()) {
                joined.put(fact.id(), String.join("; ", values));
            }
        }
        return joined;
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }
}
