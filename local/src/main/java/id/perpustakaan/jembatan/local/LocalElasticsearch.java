package id.perpustakaan.jembatan.local;

import java.io.IOException;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single Elasticsearch node from the distribution the build unpacked, run as a child process with its data
 * under the data directory. Elasticsearch refuses to run as root: as root it is started in a user namespace as
 * an unprivileged user, which still owns the files it writes. The node runs under a {@link ParentWatch}, so it
 * ends with this JVM even when this JVM is killed, and its pid is kept in a {@link NodePidFile}, so a start after a
 * crash that left it running stops it first.
 */
final class LocalElasticsearch {

    private static final Logger log = LoggerFactory.getLogger(LocalElasticsearch.class);

    /** The parent watch; it exits with the node's exit code. */
    private final Process process;
    private final URI uri;
    private final Path consoleLog;
    private final Settings settings;
    private final NodePidFile pidFile;
    private final Instant started = Instant.now();
    private volatile ProcessHandle node;
    private volatile boolean stopping;

    private LocalElasticsearch(Process process, URI uri, Path consoleLog, Settings settings, NodePidFile pidFile) {
        this.process = process;
        this.uri = uri;
        this.consoleLog = consoleLog;
        this.settings = settings;
        this.pidFile = pidFile;
    }

    /** The settings it runs with, its port as claimed. */
    Settings settings() {
        return settings;
    }

    record Settings(Path home, Path dataDir, int port, String javaHome, String heap, Duration startTimeout) {
    }

    static LocalElasticsearch start(Settings settings) {
        Path launcher = settings.home().resolve("bin/elasticsearch");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("no Elasticsearch distribution at " + settings.home() + ": build once with"
                    + " './mvnw package' (it unpacks one into app/target/elasticsearch), set"
                    + " jembatan.local.elasticsearch.home, or point jembatan.elasticsearch.uris at a cluster");
        }
        Path javaHome = JavaRuntimes.find(settings.javaHome(), Path.of("/usr/lib/jvm"));
        NodePidFile pidFile = new NodePidFile(settings.dataDir());
        pidFile.stopLeftover(settings.port());
        int port = Ports.claim(settings.port(), "Elasticsearch node", "jembatan.local.elasticsearch.port");
        Path data = settings.dataDir().toAbsolutePath().normalize();
        Path logs = data.resolve("logs");
        try {
            Files.createDirectories(logs);
            Path consoleLog = logs.resolve("console.log");
            List<String> command = new ArrayList<>();
            if (UserNamespace.runningAsRoot()) {
                command.addAll(UserNamespace.unprivilegedPrefix());
            }
            command.addAll(List.of(launcher.toString(),
                    "-Ecluster.name=jembatan-local",
                    "-Enode.name=jembatan-local",
                    "-Ediscovery.type=single-node",
                    "-Enetwork.host=127.0.0.1",
                    "-Ehttp.port=" + port,
                    "-Etransport.port=" + Ports.claim(0, "Elasticsearch transport", "jembatan.local.elasticsearch.port"),
                    "-Epath.data=" + data.resolve("nodes"),
                    "-Epath.logs=" + logs,
                    "-Expack.security.enabled=false",
                    // a nearly full disk must not turn the library's index read-only on a single machine
                    "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                    // after a crash every index recovers from this one disk: four at a time (the default) leaves a
                    // node with many small indices red for minutes
                    "-Ecluster.routing.allocation.node_initial_primaries_recoveries=16"));
            ProcessBuilder builder = new ProcessBuilder(ParentWatch.wrap(command))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog.toFile()));
            builder.environment().put("ES_JAVA_HOME", javaHome.toString());
            // a configuration folder of its own: the node writes its keystore there at its first start, and two
            // nodes of one distribution starting at once must not write the same file
            builder.environment().put("ES_PATH_CONF", NodeConfiguration.ofNode(settings.home(), data).toString());
            builder.environment().put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            log.info("starting local Elasticsearch on port {} with Java at {} (data in {})", port, javaHome, data);
            LocalElasticsearch node = new LocalElasticsearch(builder.start(),
                    URI.create("http://127.0.0.1:" + port), consoleLog, new Settings(settings.home(),
                    settings.dataDir(), port, settings.javaHome(), settings.heap(), settings.startTimeout()), pidFile);
            node.awaitReady(settings.startTimeout());
            node.recordPid();
            log.info("local Elasticsearch ready at {} (pid {})", node.uri,
                    node.node().map(p -> String.valueOf(p.pid())).orElse("unknown"));
            return node;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start Elasticsearch from " + settings.home() + ": " + e, e);
        }
    }

    /**
     * Waits until every index has its primary shard (yellow). A node that answers but is still recovering its
     * indices when the time is up is kept, not stopped: with a few hundred indices on a busy machine recovery can
     * take minutes, and a node killed for being slow only starts that recovery again. Only a node that never
     * answered is given up on.
     */
    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(uri.resolve("/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        boolean answered = false;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited with code " + process.exitValue()
                        + " during start-up; the end of " + consoleLog + ":\n" + tail());
            }
            try {
                int status = http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
                // 408: it answers, and some primary shards are still being recovered
                answered = true;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
            }
            sleep(500);
        }
        if (answered) {
            log.warn("local Elasticsearch answers, but some of its indices are still being recovered after {} s;"
                    + " searches of those answer once they are", timeout.toSeconds());
            return;
        }
        stop();
        throw new IllegalStateException("Elasticsearch was not ready after " + timeout.toSeconds() + " s; the end of "
                + consoleLog + ":\n" + tail());
    }

    /** The launcher's process (the server runs as its child), the one the pid file names: found once ready. */
    private void recordPid() {
        node = process.children().filter(pidFile::isNode).findFirst().orElse(null);
        if (node == null) {
            log.warn("cannot tell the local Elasticsearch's own process among the children of {}: no pid file,"
                    + " so a crash that leaves it running needs it stopped by hand", process.pid());
        } else {
            pidFile.write(node);
        }
    }

    URI uri() {
        return uri;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The node's own process (not its parent watch); empty before it is ready. */
    Optional<ProcessHandle> node() {
        return Optional.ofNullable(node);
    }

    Instant started() {
        return started;
    }

    /** Completes when the node has exited, for whatever reason. */
    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** The node's exit code; {@code 128 + n} when a signal n ended it (137 for SIGKILL). */
    int exitCode() {
        return process.exitValue();
    }

    /** Whether {@link #stop()} was called: an exit that was asked for, not one to restart after. */
    boolean stopping() {
        return stopping;
    }

    /**
     * Asks the node to shut down cleanly by closing its parent watch's stdin; kills it and its children if it does
     * not within 30 s.
     */
    void stop() {
        stopping = true;
        if (!process.isAlive()) {
            pidFile.delete();
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // a pipe that cannot be closed cleanly: the kill below still ends the node
            log.debug("closing the local Elasticsearch's stdin: {}", e.toString());
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        pidFile.delete();
        log.info("local Elasticsearch stopped");
    }

    /** The last 30 lines of the node's console, for a log message that says why it ended. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(consoleLog, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + consoleLog + ": " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
