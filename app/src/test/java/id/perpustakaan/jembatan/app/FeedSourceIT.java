package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.JembatanJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * A feed source against a local web server: entries become searchable, an unchanged feed is fetched conditionally
 * and writes nothing, an edited entry is exactly one new revision, and a feed that declares an external entity
 * never resolves it. Runs its own application with a sources file naming the server.
 */
class FeedSourceIT {

    private HttpServer server;
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private volatile String feed;
    private volatile String etag = "\"v1\"";
    private ConfigurableApplicationContext app;
    private String run;

    @BeforeEach
    void startOrigin() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/robots.txt", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.createContext("/", exchange -> {
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            headers.put("path", exchange.getRequestURI().getPath());
            requests.add(headers);
            if (etag.equals(headers.get("if-none-match"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                byte[] body = feed.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
                exchange.getResponseHeaders().add("ETag", etag);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        run = "feed" + Integer.toHexString(new Random().nextInt());
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        server.stop(0);
    }

    @Test
    void harvestsEntriesOnceAndAnEditedEntryAsOneNewRevision() throws Exception {
        String first = PipelineIT.uniqueWord("umkm");
        String second = PipelineIT.uniqueWord("pasar");
        feed = rss(item("1", "Pelatihan UMKM Digital", "Pelatihan " + first + " bagi pelaku usaha."),
                item("2", "Jadwal Pasar Murah", "Pasar murah " + second + " di Lapangan Segitiga."));
        app = start();
        RestClient http = http();

        awaitTotal(http, first, 1);
        awaitTotal(http, second, 1);
        long documents = endOffset("jembatan.documents");
        int fetched = requests.size();

        await().atMost(Duration.ofSeconds(30)).until(() -> requests.size() >= fetched + 2);
        assertThat(requests.subList(fetched, requests.size())).allSatisfy(headers ->
                assertThat(headers).containsEntry("if-none-match", "\"v1\""));
        assertThat(endOffset("jembatan.documents")).as("an unchanged feed writes nothing").isEqualTo(documents);

        String edited = PipelineIT.uniqueWord("diubah");
        feed = rss(item("1", "Pelatihan UMKM Digital", "Pelatihan " + first + " bagi pelaku usaha."),
                item("2", "Jadwal Pasar Murah", "Pasar murah " + edited + " di Lapangan Segitiga."));
        etag = "\"v2\"";

        awaitTotal(http, edited, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> endOffset("jembatan.documents") == documents + 1);
        assertThat(awaitTotal(http, second, 0).get("total").asInt()).isZero();
        assertThat(requests).allSatisfy(headers -> assertThat(headers.get("user-agent")).contains("JembatanBot"));
    }

    @Test
    void aFeedDeclaringAnExternalEntityNeverResolvesIt() throws Exception {
        String secret = PipelineIT.uniqueWord("rahasia");
        Path file = Files.writeString(Files.createTempFile("jembatan-secret", ".txt"), secret);
        feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + file.toUri() + "\">]>\n"
                + rss(item("1", "Pengumuman &xxe;", "Isi &xxe;")).replaceFirst("^<\\?xml[^>]*>", "");
        app = start();

        List<DeadLetter> letters = await().atMost(Duration.ofSeconds(60)).until(this::deadLetters,
                found -> found.stream().anyMatch(l -> ("feed-" + run).equals(l.sourceId())));
        DeadLetter letter = letters.stream().filter(l -> ("feed-" + run).equals(l.sourceId())).findFirst().get();
        assertThat(letter.reason()).isNotBlank().doesNotContain(secret);
        assertThat(letter.stage()).isEqualTo("feed");
        assertThat(http().get().uri(uri -> uri.path("/api/search").queryParam("q", secret).build()).retrieve()
                .body(JsonNode.class).get("total").asInt()).isZero();
    }

    private ConfigurableApplicationContext start() throws IOException {
        String origin = "http://127.0.0.1:" + server.getAddress().getPort();
        Path sources = Files.writeString(Files.createTempFile("jembatan-sources", ".yml"), """
                jembatan:
                  sources:
                    - id: feed-%s
                      agency-code: diskominfo
                      agency-name: Dinas Komunikasi dan Informatika
                      kind: feed
                      url: %s/feed.xml
                      schedule: 2s
                      default-kind: news
                      options:
                        allowed-hosts: 127.0.0.1
                        allow-private-addresses: "true"
                """.formatted(run, origin));
        return new SpringApplicationBuilder(JembatanApplication.class).run(
                "--server.port=0",
                "--JEMBATAN_SOURCES_FILE=file:" + sources,
                "--jembatan.data-dir=" + System.getProperty("jembatan.data-dir") + "/" + run,
                "--jembatan.elasticsearch.index-prefix=" + run,
                "--jembatan.indexer.group-prefix=" + run);
    }

    private RestClient http() {
        return RestClient.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port"));
    }

    private static JsonNode awaitTotal(RestClient http, String word, int expected) {
        return await().atMost(PipelineIT.SEARCHABLE_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> http.get().uri(uri -> uri.path("/api/search").queryParam("q", word).build())
                        .retrieve().body(JsonNode.class), answer -> answer.get("total").asInt() == expected);
    }

    private long endOffset(String topic) {
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private List<DeadLetter> deadLetters() throws IOException {
        List<DeadLetter> letters = new ArrayList<>();
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor("jembatan.deadletter").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    letters.add(JembatanJson.mapper().readValue(record.value(), DeadLetter.class));
                }
            }
        }
        return letters;
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                app.getEnvironment().getProperty("jembatan.kafka.bootstrap-servers")),
                new StringDeserializer(), new StringDeserializer());
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Diskominfo</title>"
                + "<link>http://127.0.0.1/</link><description>Berita dan pengumuman</description>"
                + String.join("", items) + "</channel></rss>";
    }

    private static String item(String guid, String title, String description) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>" + title + "</title><link>"
                + "http://127.0.0.1/berita/" + guid + "</link><description>" + description + "</description>"
                + "<pubDate>Mon, 03 Mar 2025 10:00:00 +0700</pubDate></item>";
    }
}
