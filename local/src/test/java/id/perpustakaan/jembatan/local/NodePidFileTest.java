package id.perpustakaan.jembatan.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which recorded pid a start may stop. The stand-in nodes are shells blocked on a read, whose command lines carry
 * what a real node's launcher carries (its main class and its {@code path.data}).
 */
class NodePidFileTest {

    @TempDir
    Path data;

    private final List<Process> started = new ArrayList<>();
    private final List<ProcessHandle> orphans = new ArrayList<>();

    @AfterEach
    void endWhatThisTestStarted() {
        orphans.forEach(ProcessHandle::destroyForcibly);
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void recognisesTheLauncherOfItsOwnDataDirectoryOnly() {
        NodePidFile pidFile = new NodePidFile(data);
        String nodes = data.toAbsolutePath().resolve("nodes").toString();

        assertThat(pidFile.isNode(List.of("-cp", "lib/*", NodePidFile.LAUNCHER_CLASS, "-Ehttp.port=9200",
                "-Epath.data=" + nodes))).isTrue();
        assertThat(pidFile.isNode(List.of(NodePidFile.LAUNCHER_CLASS, "-Epath.data=/elsewhere/nodes"))).isFalse();
        assertThat(pidFile.isNode(List.of(NodePidFile.LAUNCHER_CLASS, "-Epath.data=" + nodes + "-old"))).isFalse();
        // the parent watch names the data directory too, but is not the node
        assertThat(pidFile.isNode(List.of("-c", "script", ParentWatch.NAME, "bin/elasticsearch",
                "-Epath.data=" + nodes))).isFalse();
    }

    @Test
    void readsBackThePidItWrote() {
        NodePidFile pidFile = new NodePidFile(data);

        pidFile.write(ProcessHandle.current());

        assertThat(pidFile.recordedPid()).contains(ProcessHandle.current().pid());
        pidFile.delete();
        assertThat(pidFile.recordedPid()).isEmpty();
    }

    @Test
    void stopsANodeLeftRunningByACrashedRun() throws Exception {
        NodePidFile pidFile = new NodePidFile(data);
        ProcessHandle leftover = orphanedStandIn(pidFile);
        pidFile.write(leftover);

        pidFile.stopLeftover(0);

        assertThat(leftover.isAlive()).isFalse();
        assertThat(pidFile.file()).doesNotExist();
    }

    @Test
    void leavesANodeThatARunningJavaProcessStillOwns() throws IOException {
        NodePidFile pidFile = new NodePidFile(data);
        Process owned = start("/bin/sh", "-c", "read line", NodePidFile.LAUNCHER_CLASS, pidFile.pathDataSetting());
        pidFile.write(owned.toHandle());

        assertThatThrownBy(() -> pidFile.stopLeftover(0))
                .hasMessageContaining("belongs to the running process " + ProcessHandle.current().pid())
                .hasMessageContaining("another jembatan.data-dir");
        assertThat(owned.isAlive()).isTrue();
    }

    @Test
    void neverStopsAProcessThatIsNotItsNode() throws IOException {
        NodePidFile pidFile = new NodePidFile(data);
        // what a reused pid could name: any other process, or another data directory's node
        Process stranger = start("/bin/sh", "-c", "read line", "sh");
        Process otherNode = start("/bin/sh", "-c", "read line", NodePidFile.LAUNCHER_CLASS,
                new NodePidFile(data.resolve("other")).pathDataSetting());

        for (Process process : List.of(stranger, otherNode)) {
            pidFile.write(process.toHandle());
            pidFile.stopLeftover(0);
            assertThat(process.isAlive()).isTrue();
            assertThat(pidFile.file()).doesNotExist();
        }
    }

    @Test
    void ignoresAPidFileNamingNoLiveProcessOrNoPidAtAll() throws Exception {
        NodePidFile pidFile = new NodePidFile(data);
        Process gone = start("/bin/sh", "-c", "exit 0");
        gone.waitFor();
        pidFile.write(gone.toHandle());
        pidFile.stopLeftover(0);
        assertThat(pidFile.file()).doesNotExist();

        Files.writeString(pidFile.file(), "not a pid\n");
        pidFile.stopLeftover(0);
        assertThat(pidFile.file()).doesNotExist();
    }

    /**
     * A stand-in node whose parent exited, as after a crash: a shell forked by a shell that then exits. It waits on a
     * FIFO nobody writes to, since the JVM closes its pipe to a child once that child (the parent shell) has exited.
     */
    private ProcessHandle orphanedStandIn(NodePidFile pidFile) throws Exception {
        Path fifo = data.resolve("never-written");
        start("mkfifo", fifo.toString()).waitFor();
        // the stand-in writes nothing, so that the parent's output ends when the parent does
        Process parent = start("/bin/sh", "-c",
                "/bin/sh -c 'read line < \"$1\"' \"$@\" >/dev/null 2>&1 & echo $!", "sh",
                NodePidFile.LAUNCHER_CLASS, fifo.toString(), pidFile.pathDataSetting());
        long pid;
        try (InputStream out = parent.getInputStream()) {
            pid = Long.parseLong(new String(out.readAllBytes(), StandardCharsets.US_ASCII).strip());
        }
        ProcessHandle orphan = ProcessHandle.of(pid).orElseThrow();
        orphans.add(orphan);
        parent.onExit().join();
        assertThat(orphan.parent().map(ProcessHandle::pid)).as("orphaned")
                .isNotEqualTo(Optional.of(ProcessHandle.current().pid()));
        // until the fork has become the stand-in, its command line is its parent's
        await().atMost(Duration.ofSeconds(5)).until(() -> orphan.info().arguments()
                .map(a -> a.length > 1 && a[1].startsWith("read line")).orElse(false));
        assertThat(pidFile.isNode(orphan)).isTrue();
        return orphan;
    }

    private Process start(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        started.add(process);
        return process;
    }
}
