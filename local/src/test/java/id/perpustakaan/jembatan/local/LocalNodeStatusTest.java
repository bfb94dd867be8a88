package id.perpustakaan.jembatan.local;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.local.LocalNodeStatus.Phase;
import org.junit.jupiter.api.Test;

class LocalNodeStatusTest {

    @Test
    void saysWhichExitARestartFollowsAndWhichAttemptItIs() {
        LocalNodeStatus status = new LocalNodeStatus(Phase.RESTARTING, 0, 137, 2);

        assertThat(status.restarting()).isTrue();
        assertThat(status.describe()).isEqualTo("local node restarting after exit code 137, attempt 2");
    }

    @Test
    void aRunningNodeSaysHowOftenItWasRestarted() {
        assertThat(new LocalNodeStatus(Phase.RUNNING, 0, -1, 0).describe()).isEqualTo("local node running");
        assertThat(new LocalNodeStatus(Phase.RUNNING, 1, 137, 0).describe())
                .isEqualTo("local node running, restarted 1 time (last after exit code 137)");
        assertThat(new LocalNodeStatus(Phase.RUNNING, 3, 1, 0).describe())
                .isEqualTo("local node running, restarted 3 times (last after exit code 1)");
    }

    @Test
    void aNodeStoppedOnPurposeIsNotRestarting() {
        LocalNodeStatus status = new LocalNodeStatus(Phase.STOPPED, 2, 137, 0);

        assertThat(status.restarting()).isFalse();
        assertThat(status.describe()).isEqualTo("local node stopped");
    }
}
