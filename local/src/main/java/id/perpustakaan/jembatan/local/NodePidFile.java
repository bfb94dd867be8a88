package id.perpustakaan.jembatan.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pid of the local node, kept beside its data ({@code node.pid}), so that a start after a crash that left the
 * node running (the parent watch defeated, or a node from a version without it) can stop that node instead of
 * failing on its port or its data lock. A recorded pid is only acted on when that process is really this data
 * directory's Elasticsearch launcher, by its command line, and no running Java process (another Jembatan, or this
 * one) still owns it: the kernel reuses pids, and another engineer's node on this machine is never ours.
 */
final class NodePidFile {

    static final String FILE_NAME = "node.pid";
    /** The main class of the process the {@code elasticsearch} script becomes; the server is its child. */
    static final String LAUNCHER_CLASS = "org.elasticsearch.launcher.CliToolLauncher";

    private static final Logger log = LoggerFactory.getLogger(NodePidFile.class);
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);

    private final Path file;
    private final Path nodes;

    /**
     * @param dataDir the node's data directory; the pid file lives in it and its {@code nodes} folder is what the
     *                node's command line names as {@code path.data}
     */
    NodePidFile(Path dataDir) {
        Path data = dataDir.toAbsolutePath().normalize();
        this.file = data.resolve(FILE_NAME);
        this.nodes = data.resolve("nodes");
    }

    Path file() {
        return file;
    }

    /** The {@code -E} setting that names this data directory on the node's command line. */
    String pathDataSetting() {
        return "-Epath.data=" + nodes;
    }

    /** Whether a command line is the launcher of the node of this data directory (exact argument, not a prefix). */
    boolean isNode(List<String> arguments) {
        return arguments.contains(LAUNCHER_CLASS) && arguments.contains(pathDataSetting());
    }

    boolean isNode(ProcessHandle process) {
        return process.isAlive() && process.info().arguments().map(a -> isNode(Arrays.asList(a))).orElse(false);
    }

    void write(ProcessHandle node) {
        try {
            Files.writeString(file, node.pid() + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            // the node runs fine without it; only a crash followed by a restart would miss it
            log.warn("cannot write the local Elasticsearch pid file {}: {}", file, e.toString());
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("cannot delete the local Elasticsearch pid file {}: {}", file, e.toString());
        }
    }

    /** The process the pid file names, if it is alive and is this data directory's node. */
    Optional<ProcessHandle> recordedNode() {
        return recordedPid().flatMap(ProcessHandle::of).filter(this::isNode);
    }

    Optional<Long> recordedPid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops a node a previous run left behind, then waits until its port is free (a configured one; 0 picks a new
     * port anyway, but the data directory's lock must be free too). Does nothing when the pid file names no such node.
     *
     * @throws IllegalStateException when the node is still owned by a running Java process, or will not stop
     */
    void stopLeftover(int port) {
        Optional<ProcessHandle> leftover = recordedNode();
        if (leftover.isEmpty()) {
            delete();
            return;
        }
        ProcessHandle node = leftover.get();
        Optional<ProcessHandle> owner = owner(node);
        if (owner.isPresent()) {
            throw new IllegalStateException("the local Elasticsearch with data in " + nodes.getParent() + " (pid "
                    + node.pid() + ") belongs to the running process " + owner.get().pid() + " ("
                    + owner.get().info().commandLine().orElse("?") + "): stop that application first, or give this"
                    + " one another jembatan.data-dir");
        }
        log.warn("the local Elasticsearch of a previous run is still running (pid {}, data in {}): stopping it",
                node.pid(), nodes.getParent());
        stop(node);
        delete();
        if (port != 0) {
            Ports.awaitFree(port, GRACEFUL_STOP);
        }
    }

    /**
     * The Java process that started the node, through its parent watch: absent when that process is gone (the node's
     * parents are then the init process or a subreaper).
     */
    private Optional<ProcessHandle> owner(ProcessHandle node) {
        Optional<ProcessHandle> ancestor = node.parent();
        // the parent watch wrapper carries the node's arguments too
        while (ancestor.isPresent() && ancestor.get().info().arguments()
                .map(a -> Arrays.asList(a).contains(pathDataSetting())).orElse(false)) {
            ancestor = ancestor.get().parent();
        }
        return ancestor.filter(ProcessHandle::isAlive).filter(p -> p.pid() != 1)
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false));
    }

    /** SIGTERM first (Elasticsearch's launcher then stops its server cleanly), SIGKILL to all of it after 30 s. */
    static void stop(ProcessHandle node) {
        List<ProcessHandle> all = Stream.concat(node.descendants(), Stream.of(node)).toList();
        node.destroy();
        if (!awaitExit(all, GRACEFUL_STOP)) {
            all.forEach(ProcessHandle::destroyForcibly);
            if (!awaitExit(all, Duration.ofSeconds(10))) {
                throw new IllegalStateException("the local Elasticsearch (pid " + node.pid() + ") did not stop");
            }
        }
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        try {
            CompletableFuture.allOf(processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
