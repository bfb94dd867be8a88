package id.perpustakaan.jembatan.local;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a child's command so that the child ends when this JVM ends, however it ends. A {@code kill -9} runs no
 * shutdown hook, and a process group or {@code PR_SET_PDEATHSIG} does not help either (the signal to the group
 * must come from someone; the death signal fires when the spawning <em>thread</em> ends, which in a JVM is any
 * thread). What the kernel does on every death is close the process's file descriptors: the wrapper's stdin is a
 * pipe from this JVM, so end of file on it means "the JVM is gone or wants the child stopped".
 *
 * <p>The wrapper ({@code /bin/sh}) starts the command in the background with stdin from {@code /dev/null},
 * sends it SIGTERM when its own stdin ends, and exits with the child's exit code when the child exits, so that
 * {@link Process#onExit()} of the wrapper is the child's exit. Closing the wrapper's stdin is therefore also how
 * the child is asked to stop.
 */
final class ParentWatch {

    /** How the wrapper shows in {@code ps} ({@code $0} of the script). */
    static final String NAME = "jembatan-parent-watch";

    // fd 3 keeps the pipe from the JVM for the watcher alone; the child gets neither it nor the pipe as stdin.
    // The watcher is killed when the child exits, so it never signals a pid the kernel has given to another process.
    private static final String SCRIPT = """
            exec 3<&0 </dev/null
            "$@" 3<&- &
            child=$!
            { while read -r line <&3; do :; done; kill -TERM "$child" 2>/dev/null; } &
            watcher=$!
            exec 3<&-
            wait "$child"
            code=$?
            kill "$watcher" 2>/dev/null
            exit "$code"
            """;

    private ParentWatch() {
    }

    static List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of("/bin/sh", "-c", SCRIPT, NAME));
        wrapped.addAll(command);
        return wrapped;
    }
}
