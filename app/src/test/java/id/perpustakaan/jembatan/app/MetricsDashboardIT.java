package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.perpustakaan.jembatan.routes.fixtures.Documents;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every metric the operators' Grafana dashboard (ops/grafana/dashboards/jembatan.json) asks Prometheus for is one
 * that Jembatan exposes on {@code /actuator/prometheus}, read as the metrics scraper's account reads it once
 * documents have flowed: a renamed meter, or a panel with a typo, fails here instead of showing "No data".
 */
class MetricsDashboardIT extends PipelineIT {

    static final Path DASHBOARD = Path.of(System.getProperty("jembatan.dashboard",
            "../ops/grafana/dashboards/jembatan.json"));
    /** PromQL words that are not metric names. */
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "offset", "bool", "and", "or", "unless", "inf", "nan");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    @Test
    void everyMetricTheDashboardQueriesIsScraped() throws Exception {
        Map<String, Set<String>> queried = metricsOfPanels(new ObjectMapper().readTree(DASHBOARD.toFile()));
        assertThat(queried).as("metrics the dashboard's panels query").hasSizeGreaterThanOrEqualTo(10);

        String word = uniqueWord("metrik");
        drop("disdik", "pengumuman-" + word + ".pdf", Documents.pdf("Pengumuman Metrik",
                "Pengumuman " + word + " untuk warga Kota Sawahlunto."));
        drop("disdik", "catatan-" + word + ".txt", Documents.text("Catatan", "Catatan " + word));
        drop("disdik", "kosong-" + word + ".docx", new byte[0]);
        awaitHits(word, 2);

        Map<String, Set<String>> missing = await().atMost(SEARCHABLE_WITHIN).until(
                () -> missingFrom(sampleNames(scrape()), queried), Map::isEmpty);
        assertThat(missing).as("panels that query metrics Jembatan does not expose").isEmpty();
    }

    @Test
    void aPanelNamingAMetricThatDoesNotExistIsCaught() throws Exception {
        JsonNode broken = new ObjectMapper().readTree("""
                {"panels": [{"title": "Harvested", "targets": [
                  {"expr": "sum by (source) (rate(jembatan_harvest_documents_total[5m]))"},
                  {"expr": "histogram_quantile(0.95, sum by (le) (rate(jembatan_serch_seconds_bucket{channel=\\"api\\"}[5m])))"}
                ]}]}
                """);
        Map<String, Set<String>> queried = metricsOfPanels(broken);

        assertThat(queried).containsOnlyKeys("jembatan_harvest_documents_total", "jembatan_serch_seconds_bucket");
        assertThat(missingFrom(sampleNames(scrape()), queried)).containsOnlyKeys("jembatan_serch_seconds_bucket");
    }

    /** Each metric name in the panels' PromQL, with the titles of the panels that use it. */
    static Map<String, Set<String>> metricsOfPanels(JsonNode dashboard) {
        Map<String, Set<String>> names = new TreeMap<>();
        collect(dashboard, "(dashboard)", names);
        return names;
    }

    private static void collect(JsonNode node, String panel, Map<String, Set<String>> names) {
        if (node.isObject()) {
            String title = node.has("title") && node.has("targets") ? node.get("title").asText() : panel;
            node.properties().forEach(field -> {
                if (field.getKey().equals("expr") && field.getValue().isTextual()) {
                    for (String name : metricNames(field.getValue().asText())) {
                        names.computeIfAbsent(name, n -> new TreeSet<>()).add(title);
                    }
                } else {
                    collect(field.getValue(), title, names);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, panel, names));
        }
    }

    /**
     * The metric names in one PromQL expression: what is left once label matchers, range and offset selectors,
     * grouping clauses, strings, numbers, functions and keywords are taken out.
     */
    static Set<String> metricNames(String expr) {
        String bare = expr
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String name = identifier.group();
            boolean isFunction = bare.substring(identifier.end()).stripLeading().startsWith("(");
            boolean isNumber = identifier.start() > 0 && Character.isDigit(bare.charAt(identifier.start() - 1));
            if (!isFunction && !isNumber && !KEYWORDS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }

    /** The queried names no sample of the scrape has, each with the panels that use it. */
    private static Map<String, Set<String>> missingFrom(Set<String> scraped, Map<String, Set<String>> queried) {
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        queried.forEach((name, panels) -> {
            if (!scraped.contains(name)) {
                missing.put(name, panels);
            }
        });
        return missing;
    }

    /** The sample names of a scrape in Prometheus' text format (jembatan_search_seconds_bucket, …). */
    static Set<String> sampleNames(String scrape) {
        return scrape.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** What Prometheus reads with the scraper's account (see config/application.yml of the tests). */
    private String scrape() throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString("prometheus-uji:uji-metrics-2025"
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET /actuator/prometheus as the metrics account").isEqualTo(200);
        Files.createDirectories(dataDir);
        // left beside the test's data for whoever writes the next panel
        Files.writeString(dataDir.resolve("prometheus-scrape.txt"), response.body());
        return response.body();
    }
}
