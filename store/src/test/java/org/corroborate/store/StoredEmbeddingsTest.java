package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredEmbeddingsTest {

    @TempDir
    Path temp;

    private Connection open(Path db) throws Exception {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Tables.create(connection);
        return connection;
    }

    @Test
    void aSavedVectorIsRecalledExactlyByALaterInstance() throws Exception {
        Path db = temp.resolve("store.db");
        float[] vector = {0.25f, -1.5f, Float.MIN_VALUE, 3.0e7f};
        try (Connection writer = open(db)) {
            StoredEmbeddings first = new StoredEmbeddings(writer, new Object());
            assertThat(first.recall("a lead")).isEmpty();
            first.remember("a lead", vector);
            assertThat(first.recall("a lead")).contains(vector);
            assertThat(first.save(writer)).isEqualTo(1);
            assertThat(first.save(writer)).isZero();
        }
        try (Connection reader = open(db)) {
            StoredEmbeddings later = new StoredEmbeddings(reader, new Object());
            assertThat(later.recall("a lead").orElseThrow()).containsExactly(vector);
            assertThat(later.recall("another lead")).isEmpty();
        }
    }

    @Test
    void aDamagedVectorIsNotRecalled() {
        assertThat(StoredEmbeddings.decode(new byte[] {1, 2, 3})).isEmpty();
        assertThat(StoredEmbeddings.decode(new byte[0])).isEmpty();
        assertThat(StoredEmbeddings.decode(StoredEmbeddings.encode(new float[] {7f})).orElseThrow())
                .containsExactly(7f);
    }

    @Test
    void theStoreKeepsTheLeadVectorsOfItsArticles() throws Exception {
        Path a = Files.writeString(temp.resolve("a.json"), "{\"id\": \"a1\", \"outlet\": \"Alpha\", \"title\":"
                + " \"Bridge shut\", \"text\": \"The Old Mill bridge was closed on Monday after a crack.\"}",
                StandardCharsets.UTF_8);
        Path b = Files.writeString(temp.resolve("b.json"), "{\"id\": \"b1\", \"outlet\": \"Beta\", \"title\":"
                + " \"Tram vote\", \"text\": \"The city council voted to build a new tram line.\"}",
                StandardCharsets.UTF_8);
        Path data = temp.resolve("data");
        try (Store store = Stores.open(data, FakeEngines.fast())) {
            store.add(List.of(a));
        }
        assertThat(rows(data)).isEqualTo(1);
        try (Store store = Stores.open(data, FakeEngines.fast())) {
            store.add(List.of(a, b));
        }
        assertThat(rows(data)).isEqualTo(2);
    }

    private static int rows(Path data) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("store.db"));
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM embeddings")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
