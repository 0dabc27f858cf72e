package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.corroborate.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@link Rouge}, {@link RougeStemmer} and {@link RougeAverage} reproduce ROUGE-1.5.5 exactly: every stem
 * of the DUC 2004 vocabulary, every per-topic R, P and F of three official runs (7,800 rows, 23,400 values) and every
 * printed Average and 95% interval (468 rows). Reads the DUC 2004 data from {@code ../shared/mds} at test time and
 * skips when it is absent.
 */
class RougeConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The three runs of the conformance data and the options they were made with. */
    private static final Map<String, RougeOptions> RUNS = Map.of(
            "sumrepo_n4_x_m_l100", new RougeOptions(4, true, 100, 0.5, -1, false),
            "n2_su4_m_l100", new RougeOptions(2, true, 100, 0.5, 4, true),
            "n2_su4_nostem_l100", new RougeOptions(2, false, 100, 0.5, 4, true));

    private static RougeStemmer stemmer;

    @BeforeAll
    static void load() {
        stemmer = RougeStemmer.standard();
    }

    @Test
    void stemsAgreeWithRougeOnTheWholeDucVocabulary() throws IOException {
        Path table = SharedData.require("mds/rouge155/stems_duc2004_vocab.tsv");
        List<String> mismatches = new ArrayList<>();
        int rows = 0;
        for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            rows++;
            String got = stemmer.stem(f[0]);
            if (!got.equals(f[1])) {
                mismatches.add(f[0] + " -> " + got + " (ROUGE: " + f[1] + ", " + f[2] + ")");
            }
        }
        assertThat(rows).isEqualTo(6709);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theBundledExceptionTableIsWordNetsAndShortTokensStay() {
        assertThat(stemmer.exceptionCount()).isEqualTo(5930);
        assertThat(stemmer.stem("went")).isEqualTo("go");
        assertThat(stemmer.stem("mice")).isEqualTo("mouse");
        assertThat(stemmer.stem("was")).isEqualTo("was");
        assertThat(stemmer.stem("governmental")).isEqualTo("govern");
        assertThat(stemmer.stem("agreement")).isEqualTo("agreem");
        assertThat(stemmer.stem("congressional")).isEqualTo("congress");
    }

    @Test
    void everyPerTopicScoreAndAverageOfRouge155IsReproduced() throws IOException {
        Path dir = SharedData.require("mds/duc2004-rouge");
        Map<String, Topic> topics = topics(dir.resolve("duc2004_refs_peers.jsonl"));

        // run -> system -> metric -> topic -> score
        Map<String, Map<String, Map<String, Map<String, RougeScore>>>> ours = new TreeMap<>();
        for (Map.Entry<String, RougeOptions> run : RUNS.entrySet()) {
            Rouge rouge = new Rouge(run.getValue(), stemmer);
            for (Topic topic : topics.values()) {
                for (Map.Entry<String, List<String>> peer : topic.peers().entrySet()) {
                    rouge.score(peer.getValue(), topic.references()).forEach((metric, score) ->
                            ours.computeIfAbsent(run.getKey(), k -> new TreeMap<>())
                                    .computeIfAbsent(peer.getKey(), k -> new TreeMap<>())
                                    .computeIfAbsent(metric, k -> new TreeMap<>())
                                    .put(topic.id(), score));
                }
            }
        }

        int values = 0;
        int matched = 0;
        List<String> wrong = new ArrayList<>();
        for (String line : rows(dir.resolve("rouge155_per_topic.tsv"))) {
            String[] f = line.split("\t");
            RougeScore score = ours.get(f[0]).get(f[1]).get(f[2]).get(f[3]);
            String expected = f[4] + " " + f[5] + " " + f[6];
            String got = fmt(score.recall()) + " " + fmt(score.precision()) + " " + fmt(score.f());
            for (int i = 0; i < 3; i++) {
                values++;
                if (expected.split(" ")[i].equals(got.split(" ")[i])) {
                    matched++;
                }
            }
            if (!expected.equals(got)) {
                wrong.add(String.join(" ", f[0], f[1], f[2], f[3]) + ": " + got + " (ROUGE " + expected + ")");
            }
        }

        int averages = 0;
        int averagesMatched = 0;
        int intervalsMatched = 0;
        for (String line : rows(dir.resolve("rouge155_averages.tsv"))) {
            String[] f = line.split("\t");
            char stat = f[3].charAt(0);
            List<Double> perTopic = ours.get(f[0]).get(f[1]).get(f[2]).values().stream()
                    .map(s -> s.get(stat)).toList();
            RougeAverage average = RougeAverage.of(perTopic);
            averages++;
            averagesMatched += fmt(average.mean()).equals(f[4]) ? 1 : 0;
            boolean interval = fmt(average.low()).equals(f[5]) && fmt(average.high()).equals(f[6]);
            intervalsMatched += interval ? 1 : 0;
            if (!fmt(average.mean()).equals(f[4]) || !interval) {
                wrong.add(line + ": ours " + fmt(average.mean()) + " " + fmt(average.low()) + " "
                        + fmt(average.high()));
            }
        }
        String summary = String.format(Locale.ROOT, "per-topic values %d/%d, averages %d/%d, intervals %d/%d",
                matched, values, averagesMatched, averages, intervalsMatched, averages);
        System.out.println("ROUGE-1.5.5 conformance: " + summary);
        assertThat(values).isEqualTo(23_400);
        assertThat(averages).isEqualTo(468);
        assertThat(wrong).as(summary).isEmpty();
    }

    private record Topic(String id, List<List<String>> references, Map<String, List<String>> peers) {
    }

    private static Map<String, Topic> topics(Path file) throws IOException {
        Map<String, Topic> topics = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            List<List<String>> references = new ArrayList<>();
            node.get("references").forEach(r -> references.add(strings(r.get("sentences"))));
            Map<String, List<String>> peers = new TreeMap<>();
            node.get("peers").properties().forEach(e -> peers.put(e.getKey(), strings(e.getValue())));
            String id = node.get("topic").asText();
            topics.put(id, new Topic(id, references, peers));
        }
        return topics;
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(s -> result.add(s.asText()));
        return result;
    }

    private static List<String> rows(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.5f", value);
    }
}
