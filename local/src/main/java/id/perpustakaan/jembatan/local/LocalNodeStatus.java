package id.perpustakaan.jembatan.local;

import id.perpustakaan.jembatan.indexer.SupervisedNode;

/**
 * The local Elasticsearch node as its supervisor sees it: what health can say while the cluster itself cannot
 * answer (it exited, it is being started again).
 *
 * @param phase       running, waiting for or in a restart, or stopped on purpose
 * @param restarts    how many times it was started again after exiting by itself
 * @param lastExitCode the exit code of its last exit not asked for, or -1 if it never exited by itself
 * @param attempt     the restart attempt under way or scheduled (1 for the first after an exit), 0 when running
 */
public record LocalNodeStatus(Phase phase, int restarts, int lastExitCode, int attempt) implements SupervisedNode.State {

    public enum Phase { RUNNING, RESTARTING, STOPPED }

    @Override
    public boolean restarting() {
        return phase == Phase.RESTARTING;
    }

    @Override
    public String describe() {
        return switch (phase) {
            case RESTARTING -> "local node restarting after exit code " + lastExitCode + ", attempt " + attempt;
            case STOPPED -> "local node stopped";
            case RUNNING -> restarts == 0 ? "local node running"
                    : "local node running, restarted " + restarts + (restarts == 1 ? " time" : " times")
                            + " (last after exit code " + lastExitCode + ")";
        };
    }
}
