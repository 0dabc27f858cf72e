package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.corroborate.engine.Engine;
import org.corroborate.engine.EngineOptions;
import org.corroborate.fetch.FetchOptions;
import org.corroborate.server.ApiToken;
import org.corroborate.server.CorroborateServer;
import org.corroborate.store.Store;
import org.corroborate.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server starts on the CLI's class path (which also holds CoreNLP and its dependencies) and answers reads and
 * refuses unauthenticated writes: 'serve' once failed here because CoreNLP's servlet API 4 shadowed Jetty's.
 */
class ServeClassPathTest {

    @TempDir
    Path temp;

    @Test
    void theServerStartsWithTheCliDependenciesAndGuardsWrites() throws Exception {
        try (Store store = Stores.open(temp.resolve("data"), Engine.standard(EngineOptions.DEFAULTS));
             CorroborateServer server = CorroborateServer.start(store, CorroborateServer.DEFAULT_HOST, 0,
                     new CorroborateServer.Writes(ApiToken.loadOrCreate(temp.resolve("data/api-token")),
                             FetchOptions.DEFAULTS))) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> stories = http.send(HttpRequest.newBuilder(URI.create(base + "/stories")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(stories.statusCode()).isEqualTo(200);
            assertThat(stories.body()).contains("\"total\" : 0");
            HttpResponse<String> write = http.send(HttpRequest.newBuilder(URI.create(base + "/articles"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"urls\": []}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(write.statusCode()).isEqualTo(401);
        }
    }
}
