package id.perpustakaan.jembatan.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.app.bench.DropFolder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jembatan killed with {@code kill -9}, so that no shutdown hook runs, and started again on the same data and ports.
 * Its local Elasticsearch node does not outlive it (the parent watch ends it), and the next start is clean: ready,
 * healthy, finding what it harvested before. With the parent watch killed as well (like a node from before the
 * watch), the next start is clean too, on a node of its own, whether the old one outlived its JVM or not.
 * The first kill comes in the middle of a drop of 2,000 files taken at full speed: after the next start every file is
 * searchable exactly once or in {@code .failed/} with its reason. Jembatan runs as the default run runs it: the
 * built jar, in a JVM of its own.
 * <p>
 * What the kill can lose or double is what is in flight at that moment: the files the folder workers hold and queue
 * (three for each worker) and the sends Kafka has not acknowledged yet, which back-pressure bounds: the same at any
 * size of drop. Killed after 400 files, with 1,600 still waiting, the drop is well past its start and far from its
 * end, as it was with 5,000 files (then killed after 1,000); the 3,000 files more only added some forty seconds of
 * processing after the restart.
 */
class ApplicationCrashIT {

    private static final Duration START = Duration.ofMinutes(4);
    private static final int DROPPED = 2_000;

    private final String run = "crash" + Integer.toHexString(new Random().nextInt());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> launched = new ArrayList<>();
    private Path data;
    private Path sources;
    private int webPort;
    private int elasticsearchPort;

    @BeforeEach
    void ports() throws IOException {
        data = Path.of(System.getProperty("jembatan.data-dir"), run).toAbsolutePath();
        Files.createDirectories(data.resolve("inbox/dinsos"));
        sources = Files.writeString(data.resolve("sources.yml"), """
                jembatan:
                  sources:
                    - id: dinsos
                      agency-code: dinsos
                      agency-name: Dinas Sosial
                      kind: folder
                      path: %s
                      schedule: 1s
                """.formatted(data.resolve("inbox/dinsos")));
        webPort = freePort();
        // a fixed node port, as in the default run (9200): a node that outlived its JVM would hold it
        elasticsearchPort = freePort();
    }

    @AfterEach
    void endWhatThisTestStarted() throws InterruptedException {
        for (Process process : launched) {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            }
        }
        // only this test's node, recognised by its data directory
        new NodePidFile(data.resolve("elasticsearch")).recordedNode().ifPresent(NodePidFile::stop);
    }

    /**
     * One run of three starts (each start of Jembatan and its node costs most of a minute on this machine kind):
     * killed with SIGKILL, the node goes along and the second start is clean; then, with the parent watch defeated
     * first, the third start is clean on a node of its own.
     */
    @Test
    void jembatanKilledWithKill9StartsCleanlyAgainWhetherItsNodeWentAlongOrOutlivedIt() throws Exception {
        Process first = launch("first");
        awaitHealthy(first);
        String word = "crashtest" + Integer.toHexString(new Random().nextInt());
        Files.writeString(data.resolve("inbox/dinsos/pengumuman.txt"), "Pengumuman bantuan " + word + " untuk warga.");
        awaitFound(word);
        Path inbox = data.resolve("inbox/dinsos");
        for (Path file : DropFolder.texts(data.resolve("staging"), DROPPED, 0)) {
            Files.move(file, inbox.resolve(file.getFileName()));
        }
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> dropped(inbox.resolve(".done")) >= DROPPED / 5);
        ProcessHandle node = recordedNode();
        List<ProcessHandle> nodeProcesses = Stream.concat(Stream.of(node), node.descendants()).toList();

        first.destroyForcibly().waitFor();
        Instant killed = Instant.now();
        long takenBeforeTheKill = dropped(inbox.resolve(".done"));

        await().atMost(Duration.ofSeconds(60)).until(() -> nodeProcesses.stream().noneMatch(ProcessHandle::isAlive));
        System.out.printf("Jembatan killed with SIGKILL: its local node (%d processes) gone after %.1f s%n",
                nodeProcesses.size(), Duration.between(killed, Instant.now()).toMillis() / 1000.0);

        Process second = launch("second");
        awaitHealthy(second);
        awaitFound(word);
        assertThat(logOf("second")).doesNotContain("is taken").doesNotContain("previous run is still running");
        everyDroppedFileSearchableOnceOrRefused(inbox, takenBeforeTheKill);

        ProcessHandle secondNode = recordedNode();
        ProcessHandle watch = secondNode.parent().orElseThrow();
        List<ProcessHandle> watchProcesses = Stream.concat(Stream.of(watch),
                watch.children().filter(child -> child.pid() != secondNode.pid())).toList();
        assertThat(watch.info().arguments().map(List::of).orElseThrow()).contains(ParentWatch.NAME);

        // the parent watch defeated first, then the crash
        watchProcesses.forEach(ProcessHandle::destroyForcibly);
        second.destroyForcibly().waitFor();
        // without its watch the node is left to itself: in two of three CI runs it ended soon after its JVM (not
        // yet understood); either way the next start must come up clean, on its own node
        Process third = launch("third");
        awaitHealthy(third);

        assertThat(secondNode.isAlive()).isFalse();
        assertThat(recordedNode().pid()).isNotEqualTo(secondNode.pid());
        assertThat(logOf("third")).doesNotContain("is taken");
        awaitFound(word);
    }

    private void everyDroppedFileSearchableOnceOrRefused(Path inbox, long takenBeforeTheKill) throws Exception {
        Instant restarted = Instant.now();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            try (Stream<Path> left = Files.list(inbox)) {
                return left.noneMatch(Files::isRegularFile);
            }
        });
        long done = dropped(inbox.resolve(".done"));
        long failed = dropped(inbox.resolve(".failed"));
        assertThat(done + failed).isEqualTo(DROPPED);
        try (Stream<Path> refused = failed == 0 ? Stream.empty() : Files.list(inbox.resolve(".failed"))) {
            assertThat(refused.filter(file -> file.getFileName().toString().matches("(?:\\d+-)?pengumuman-\\d+\\.\\w+")))
                    .allSatisfy(file -> assertThat(file.resolveSibling(file.getFileName() + ".reason")).exists());
        }
        // each file is one document (its id comes from its name), published at once: a file published twice would
        // still count once, a lost one would be missing; the announcement dropped first is the one more
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> get("/api/search?agency=dinsos").path("total").asLong(), total -> total == done + 1);
        System.out.printf("%d files dropped, %d taken before the kill; after the start: %d searchable, %d refused"
                        + " with a reason, %.0f s after the start was healthy%n", DROPPED, takenBeforeTheKill, done,
                failed, Duration.between(restarted, Instant.now()).toMillis() / 1000.0);
    }

    /** Dropped files in {@code .done/} or {@code .failed/} (their names may carry a prefix there). */
    private static long dropped(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("(?:\\d+-)?pengumuman-\\d+\\.\\w+"))
                    .count();
        }
    }

    private Process launch(String name) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process process = new ProcessBuilder(java, "-Xmx768m", "-jar", System.getProperty("jembatan.jar"),
                "--server.port=" + webPort,
                "--jembatan.data-dir=" + data,
                "--JEMBATAN_SOURCES_FILE=file:" + sources,
                "--jembatan.local.kafka.port=0",
                "--jembatan.local.elasticsearch.port=" + elasticsearchPort,
                "--jembatan.local.elasticsearch.home=" + System.getProperty("jembatan.local.elasticsearch.home"),
                // as long as this test waits for a healthy start: first in its test JVM, the node starts beside the
                // other JVM's broker, node and application, and three nodes starting on two cores passed the default
                // two minutes once
                "--jembatan.local.elasticsearch.start-timeout=" + START.toSeconds() + "s",
                "--jembatan.harvest.read-lock-check=500ms",
                // the generated regulations among the dropped files are published at once too, to be counted
                "--jembatan.review.required-kinds=")
                .redirectErrorStream(true)
                .redirectOutput(data.resolve(name + ".log").toFile())
                .start();
        launched.add(process);
        return process;
    }

    private void awaitHealthy(Process application) {
        await().atMost(START).pollInterval(Duration.ofSeconds(1))
                .failFast("the application exited", () -> !application.isAlive())
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> get("/actuator/health"), health -> "UP".equals(health.path("status").asText()));
    }

    private void awaitFound(String word) {
        // a search that takes longer than the client waits, on a busy machine, is asked again
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> get("/api/search?q=" + word).path("total").asInt() == 1);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + webPort + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JsonMapper.shared().readTree(response.body());
    }

    private ProcessHandle recordedNode() {
        return new NodePidFile(data.resolve("elasticsearch")).recordedNode()
                .orElseThrow(() -> new AssertionError("no live node named by " + data.resolve("elasticsearch/node.pid")));
    }

    private String logOf(String name) throws IOException {
        return Files.readString(data.resolve(name + ".log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
