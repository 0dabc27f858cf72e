package org.corroborate.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.ContentType;
import org.corroborate.api.DocumentHints;
import org.corroborate.api.Grouping;
import org.corroborate.api.RawDocument;
import org.corroborate.api.Story;
import org.corroborate.engine.Engine;
import org.corroborate.engine.EngineOptions;
import org.corroborate.extract.Extractors;
import org.corroborate.server.CorroborateServer;
import org.corroborate.store.Store;
import org.corroborate.store.StoreOptions;
import org.corroborate.store.StoryQuery;
import org.corroborate.store.StorySummary;
import org.corroborate.store.Stores;
import org.corroborate.testkit.Fixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of the REST API a story page uses, over a store of {@code articles} synthetic articles in stories of five,
 * served by the real server in-process and asked over HTTP: the story (brief JSON), a page of the story list, one
 * article, the story's changes, a full-text search. Mode: sample time, so JMH prints p50/p90/p99 per call.
 *
 * <p>The store is built once (the engine's compare and brief stages run over every story; the annotator is the
 * test kit's naive one and stories are known in advance, so no language model is needed) in {@code dataDir} and reused
 * by later runs; building 100,000 articles takes some minutes and a few GB of heap, which is why the fork has -Xmx6g.
 * The serving path measured holds no story in memory. Semantic search is off in this store (embedding 100,000
 * leads would take the build an hour more); full-text search is measured.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
@State(Scope.Benchmark)
public class StoreApiBenchmark {

    private static final int PER_STORY = 5;
    private static final String[] WORDS = ("harbour bridge council ferry crack girder engineers inspectors mayor"
            + " repairs weeks budget vote tram line university station flood river storm power outage hospital"
            + " school strike union talks wages port cargo ship fire warehouse smoke residents evacuated police"
            + " court ruling appeal minister election poll turnout").split(" ");
    private static final String[] OUTLETS = {"Alpha Times", "Beta Post", "Gamma Herald", "Delta Wire", "Epsilon News"};

    /** Number of articles in the store. */
    @Param("100000")
    public int articles;

    /** Where the store is kept between runs. */
    @Param("target/bench-store")
    public String dataDir;

    private Store store;
    private CorroborateServer server;
    private HttpClient http;
    private String base;
    private List<String> storyIds;
    private final SplittableRandom random = new SplittableRandom(7);

    /** Builds the store (first run only) and starts the server. */
    @Setup(Level.Trial)
    public void start() throws IOException {
        Path dir = Path.of(dataDir + "-" + articles);
        Engine engine = Engine.withStages(EngineOptions.DEFAULTS.withThreads(2), Extractors.standard(),
                Fixtures::annotated, StoreApiBenchmark::knownStories);
        boolean fresh = !Files.exists(dir.resolve("store.db"));
        store = Stores.open(dir, engine, StoreOptions.textOnly());
        if (fresh || store.articleCount() < articles) {
            long start = System.nanoTime();
            store.add(documents(articles), List.of());
            System.out.printf(Locale.ROOT, "# built a store of %d articles in %.0f s%n", store.articleCount(),
                    (System.nanoTime() - start) / 1e9);
        }
        int total = store.stories(StoryQuery.first(1)).total();
        storyIds = new ArrayList<>();
        for (int offset = 0; offset < Math.min(total, 5000); offset += 100) {
            for (StorySummary s : store.stories(new StoryQuery(100, offset, null, null, null)).stories()) {
                storyIds.add(s.id());
            }
        }
        System.out.printf(Locale.ROOT, "# %d articles, %d stories; sampling %d story ids%n", store.articleCount(),
                total, storyIds.size());
        server = CorroborateServer.start(store, CorroborateServer.DEFAULT_HOST, 0);
        base = "http://127.0.0.1:" + server.port();
        http = HttpClient.newHttpClient();
    }

    /** Stops the server and closes the store. */
    @TearDown(Level.Trial)
    public void stop() {
        server.close();
        store.close();
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": HTTP " + response.statusCode());
        }
        return response.body();
    }

    private String someStory() {
        return storyIds.get(random.nextInt(storyIds.size()));
    }

    /** GET /stories/{id}: the brief JSON the story page renders. */
    @Benchmark
    public String storyBrief() throws Exception {
        return get("/stories/" + someStory());
    }

    /** GET /stories?limit=20&offset=N: one page of the story list. */
    @Benchmark
    public String storyList() throws Exception {
        return get("/stories?limit=20&offset=" + random.nextInt(2000));
    }

    /** GET /articles/{id}: one article with its versions (the story page asks for each of its articles). */
    @Benchmark
    public String article() throws Exception {
        return get("/articles/a" + random.nextInt(articles));
    }

    /** GET /stories/{id}/changes: what changed in the story. */
    @Benchmark
    public String changes() throws Exception {
        return get("/stories/" + someStory() + "/changes?since=2000-01-01");
    }

    /** GET /search?q=word: full-text search. */
    @Benchmark
    public String search() throws Exception {
        return get("/search?q=" + WORDS[random.nextInt(WORDS.length)] + "&limit=20");
    }

    /** Articles a0, a1, ... in stories of five; each story shares its first sentence, each outlet words it again. */
    static List<RawDocument> documents(int count) {
        SplittableRandom words = new SplittableRandom(13);
        List<RawDocument> documents = new ArrayList<>(count);
        String lead = null;
        for (int i = 0; i < count; i++) {
            int story = i / PER_STORY;
            if (i % PER_STORY == 0) {
                lead = sentence(words, 14) + " Officials said " + (10 + story % 90) + " people were affected.";
            }
            String text = lead + " " + sentence(words, 18) + " " + sentence(words, 12) + " The " + OUTLETS[i % 5]
                    + " report on story " + story + " was filed on day " + (story % 28 + 1) + ".";
            String published = String.format(Locale.ROOT, "2025-%02d-%02d", 1 + story % 12, 1 + story % 28);
            documents.add(new RawDocument("bench:" + i, ContentType.PLAIN_TEXT, text, new DocumentHints("a" + i,
                    null, "Story " + story + ": " + WORDS[story % WORDS.length] + " update", OUTLETS[i % 5],
                    List.of(), published, "en")));
        }
        return documents;
    }

    private static String sentence(SplittableRandom random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < length; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return sb.append('.').toString();
    }

    /** Stories known in advance: articles a(5k) .. a(5k+4) form story k. */
    private static Grouping knownStories(List<AnnotatedArticle> annotated) {
        Map<Integer, List<String>> byStory = new LinkedHashMap<>();
        for (AnnotatedArticle article : annotated) {
            int index = Integer.parseInt(article.id().substring(1));
            byStory.computeIfAbsent(index / PER_STORY, k -> new ArrayList<>()).add(article.id());
        }
        List<Story> stories = new ArrayList<>();
        byStory.forEach((k, ids) -> stories.add(new Story(String.format(Locale.ROOT, "s%06d", k), ids, List.of(),
                List.of())));
        return new Grouping(stories);
    }
}
