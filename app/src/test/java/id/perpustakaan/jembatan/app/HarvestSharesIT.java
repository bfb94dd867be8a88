package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.Topics;
import id.perpustakaan.jembatan.routes.source.HarvestShares;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * Two harvesting instances on one broker and one node: each of twenty feeds is fetched by exactly one of them at a
 * time; when one is killed (SIGKILL: it says goodbye to nobody), the other takes its feeds within a minute, and
 * the index holds every entry once; restarted, both restore what they remember from the inbox index and publish
 * nothing again. The first instance runs in this JVM with every role, the second is the built
 * jar in a JVM of its own with the harvest role only, as a separately scaled deployment would be.
 */
class HarvestSharesIT {

    private static final int FEEDS = 20;
    private static final Duration SCHEDULE = Duration.ofSeconds(2);
    private static final Duration FAILOVER_WITHIN = Duration.ofMinutes(1);

    private final String run = "shares" + Integer.toHexString(new Random().nextInt());
    private final String word = "panen" + Long.toHexString(System.nanoTime());
    private final HttpClient http = HttpClient.newHttpClient();
    private LocalOrigin origin;
    private OwnApplication first;
    private Process second;

    @AfterEach
    void stop() throws Exception {
        if (second != null) {
            second.destroyForcibly().waitFor();
        }
        if (first != null) {
            first.close();
        }
        if (origin != null) {
            origin.close();
        }
    }

    @Test
    void eachFeedIsFetchedByOneInstanceAndMovesWhenItsInstanceIsKilled() throws Exception {
        origin = new LocalOrigin();
        for (int i = 0; i < FEEDS; i++) {
            feed(i, item(i, "1", "Pengumuman " + i, "Kabar " + word + " nomor " + i + "."));
        }
        Path sources = Files.writeString(Files.createTempFile("jembatan-sources", ".yml"), sources(origin.base()));
        String[] shared = {
                "--jembatan.topics.harvest=" + run + ".harvest",
                "--jembatan.harvest.shares.failover-after=6s"};
        first = OwnApplication.startInstance(run, "first", Files.readString(sources), shared);
        HarvestShares firstShares = first.bean(HarvestShares.class);

        awaitSearchable(word, FEEDS);
        assertThat(firstShares.harvested()).as("alone, it harvests every source").hasSize(FEEDS);

        int webPort = freePort();
        Path data = Files.createDirectories(Path.of(System.getProperty("jembatan.data-dir"), run, "second"));
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                // the JIT's first tier only: the optimising compiler's threads would take the two cores from the
                // start, which this JVM makes twice; fetching twenty small feeds needs no optimised code
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", System.getProperty("jembatan.jar"),
                "--server.port=" + webPort,
                "--jembatan.roles=harvest",
                "--jembatan.data-dir=" + data,
                "--JEMBATAN_SOURCES_FILE=file:" + sources,
                "--jembatan.kafka.bootstrap-servers=" + property("jembatan.kafka.bootstrap-servers"),
                "--jembatan.elasticsearch.uris=" + property("jembatan.elasticsearch.uris"),
                "--jembatan.elasticsearch.index-prefix=" + run,
                "--jembatan.indexer.group-prefix=" + run,
                // the group OwnApplication gives the first instance
                "--jembatan.harvest.shares.group=" + run + "-harvest"));
        command.addAll(List.of(shared));
        second = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("second.log").toFile()).start();

        // Kafka moves some partitions, and their sources, to the new member
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .failFast("the second instance exited", () -> !second.isAlive())
                .until(() -> firstShares.harvested().size() < FEEDS && !firstShares.harvested().isEmpty());
        assertThat(get(webPort, "/api/search?q=" + word).statusCode()).as("no web role: no API").isEqualTo(404);
        assertThat(get(webPort, "/actuator/health").statusCode()).isEqualTo(200);
        Set<String> secondHas = new HashSet<>(allFeeds());
        secondHas.removeAll(firstShares.harvested());

        // every feed fetched several times more: by one instance each time, so never twice within a schedule
        long watchFrom = System.nanoTime();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> allFeeds().stream().allMatch(feed -> fetches(feed, watchFrom).size() >= 5));
        Map<String, Long> shortestGaps = new TreeMap<>();
        for (String feed : allFeeds()) {
            List<Long> at = fetches(feed, watchFrom);
            shortestGaps.put(feed, IntStream.range(1, at.size()).mapToLong(i -> at.get(i) - at.get(i - 1)).min()
                    .orElseThrow() / 1_000_000);
        }
        // two fetchers of one feed on two-second schedules would come within a second of each other
        assertThat(shortestGaps).as("shortest time between two fetches of each feed, ms")
                .allSatisfy((feed, gap) -> assertThat(gap).as(feed).isGreaterThan(1_500));

        second.destroyForcibly().waitFor();
        long killed = System.nanoTime();
        await().atMost(FAILOVER_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> firstShares.harvested().size() == FEEDS);
        await().atMost(FAILOVER_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> secondHas.stream().allMatch(feed -> !fetches(feed, killed).isEmpty()));
        long tookOver = (System.nanoTime() - killed) / 1_000_000;

        // what the killed instance's feeds publish now reaches the index, and nothing is there twice
        String later = "susulan" + Long.toHexString(System.nanoTime());
        for (int i = 0; i < FEEDS; i++) {
            feed(i, item(i, "1", "Pengumuman " + i, "Kabar " + word + " nomor " + i + "."),
                    item(i, "2", "Susulan " + i, "Kabar " + later + " nomor " + i + "."));
        }
        awaitSearchable(later, FEEDS);
        JsonNode all = first.search(word);
        assertThat(all.get("total").asInt()).isEqualTo(FEEDS);
        System.out.printf("harvest shares: %d feeds, %d moved to the second instance; after its SIGKILL all fetched"
                + " by the first within %.1f s%n", FEEDS, secondHas.size(), tookOver / 1000.0);
        assertThat(secondHas).isNotEmpty();

        // a restart of both: what they remember comes from the inbox index, not from the documents topic's
        // beginning, so the feeds' entries are known and none is published again
        String documents = first.bean(Topics.class).documents();
        // the documents topic is this JVM's, with what earlier tests wrote: the inbox holds all of it first
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> OwnApplication
                .caughtUp(property("jembatan.kafka.bootstrap-servers"), run + "-inbox", documents));
        long projected = first.committed(run + "-inbox", documents);
        first.close();
        Instant restarted = Instant.now();
        long restartedNanos = System.nanoTime();
        Path secondLog = data.resolve("second-restarted.log");
        second = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(secondLog.toFile()).start();
        first = OwnApplication.startInstance(run, "first", Files.readString(sources), shared);
        await().atMost(Duration.ofMinutes(1)).until(() -> memoryRecords("snapshot") >= 2 * FEEDS);
        assertThat(memoryRecords("topic")).as("records of %s read at the restart", documents).isLessThan(FEEDS);
        String secondRestored = await().atMost(Duration.ofMinutes(2))
                .failFast("the second instance exited", () -> !second.isAlive())
                .until(() -> Files.readAllLines(secondLog).stream()
                        .filter(line -> line.contains("harvest memory knows")).findFirst().orElse(""),
                        line -> !line.isEmpty());
        assertThat(secondRestored).contains("from the inbox index " + run + "-inbox", "after its offsets");
        // a feed's first run after a start fetches it whole (its validators are not kept): both entries come again
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> allFeeds().stream().allMatch(feed -> fetches(feed, restartedNanos).size() >= 2));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> first.committed(run + "-inbox", documents) == projected);
        // and the sources page shows each feed's run after the restart, whichever instance ran it
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1))
                .until(() -> allFeeds().stream().allMatch(feed -> lastRun(feed).path("started").asText("")
                        .compareTo(restarted.toString()) > 0));
        assertThat(allFeeds()).allSatisfy(feed -> assertThat(lastRun(feed).get("added").asInt()).as(feed).isZero());
    }

    private double memoryRecords(String from) {
        return first.bean(MeterRegistry.class).counter("jembatan.harvest.memory.records", "from", from).count();
    }

    /** As the sources page shows it, whichever instance ran the feed. */
    private JsonNode lastRun(String feed) {
        return first.http().get().uri("/api/sources/" + feed)
                .headers(headers -> headers.setBasicAuth("pustakawan", "uji-pustakawan-2025"))
                .retrieve().body(JsonNode.class).path("lastRun");
    }

    private static List<String> allFeeds() {
        return IntStream.range(0, FEEDS).mapToObj(i -> "feed-" + i).toList();
    }

    private String sources(String base) {
        StringBuilder yaml = new StringBuilder("jembatan:\n  sources:\n");
        for (int i = 0; i < FEEDS; i++) {
            yaml.append("""
                        - id: feed-%d
                          agency-code: diskominfo
                          agency-name: Dinas Komunikasi dan Informatika
                          kind: feed
                          url: %s/feed-%d.xml
                          schedule: %ds
                          default-kind: news
                          options:
                            allowed-hosts: 127.0.0.1
                            allow-private-addresses: "true"
                            request-interval: 0s
                    """.formatted(i, base, i, SCHEDULE.toSeconds()));
        }
        return yaml.toString();
    }

    private void feed(int feed, String... items) {
        origin.put("/feed-" + feed + ".xml", "application/rss+xml; charset=utf-8", ("<rss version=\"2.0\"><channel>"
                + "<title>Diskominfo " + feed + "</title><link>http://127.0.0.1/</link><description>Kabar</description>"
                + String.join("", items) + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
    }

    /** When each fetch of the feed began, in {@link System#nanoTime()}, from the given moment on. */
    private List<Long> fetches(String feed, long fromNanos) {
        String target = "/" + feed + ".xml";
        return origin.requests().stream().filter(request -> target.equals(request.get("target")))
                .map(request -> Long.parseLong(request.get("started-nanos"))).filter(at -> at >= fromNanos)
                .sorted().toList();
    }

    private String property(String key) {
        return first.bean(Environment.class).getProperty(key);
    }

    private String item(int feed, String guid, String title, String description) {
        return "<item><guid isPermaLink=\"false\">feed-" + feed + "-" + guid + "</guid><title>" + title
                + "</title><link>" + origin.base() + "/berita/" + feed + "-" + guid + "</link><description>"
                + description + "</description><pubDate>Mon, 03 Mar 2025 10:00:00 +0700</pubDate></item>";
    }

    private void awaitSearchable(String query, int expected) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> first.search(query).get("total").asInt() == expected);
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
