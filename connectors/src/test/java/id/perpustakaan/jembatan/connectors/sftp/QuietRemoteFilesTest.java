package id.perpustakaan.jembatan.connectors.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.camel.component.file.GenericFile;
import org.junit.jupiter.api.Test;

/** A file in an outbox is taken once its listed size and time stayed the same for the quiet period. */
class QuietRemoteFilesTest {

    private Instant now = Instant.parse("2025-06-02T01:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final QuietRemoteFiles<Object> quiet = new QuietRemoteFiles<>(Duration.ofSeconds(2), clock);

    private static GenericFile<Object> listed(long size, long modified) {
        GenericFile<Object> file = new GenericFile<>();
        file.setAbsoluteFilePath("outbox/bansos.pdf");
        file.setFileName("bansos.pdf");
        file.setFileLength(size);
        file.setLastModified(modified);
        return file;
    }

    @Test
    void takesAFileOnlyOnceItStayedTheSameForTheQuietPeriod() {
        assertThat(quiet.accept(listed(100, 1))).isFalse();
        now = now.plusSeconds(1);
        assertThat(quiet.accept(listed(100, 1))).isFalse();
        now = now.plusSeconds(1);
        assertThat(quiet.accept(listed(100, 1))).isTrue();
    }

    @Test
    void aFileStillGrowingWaits() {
        quiet.accept(listed(100, 1));
        now = now.plusSeconds(2);
        assertThat(quiet.accept(listed(200, 2))).isFalse();
        now = now.plusSeconds(2);
        assertThat(quiet.accept(listed(200, 2))).isTrue();
    }

    @Test
    void aFileThatCouldNotBeMovedWaitsLongerEachTime() {
        quiet.pause("outbox/bansos.pdf");
        now = now.plusSeconds(1);
        assertThat(quiet.accept(listed(100, 1))).isFalse();
        now = now.plusSeconds(2);
        quiet.accept(listed(100, 1));
        now = now.plusSeconds(2);
        assertThat(quiet.accept(listed(100, 1))).isTrue();

        quiet.pause("outbox/bansos.pdf");
        now = now.plusSeconds(3);
        assertThat(quiet.accept(listed(100, 1))).as("paused 4 s the second time").isFalse();
    }

    @Test
    void aListedNameThatLeadsOutOfTheOutboxIsNeverTaken() {
        assertThat(QuietRemoteFiles.inOutbox("bansos.pdf")).isTrue();
        assertThat(QuietRemoteFiles.inOutbox("../../etc/passwd")).isFalse();
        assertThat(QuietRemoteFiles.inOutbox("sub/dir.pdf")).isFalse();
        assertThat(QuietRemoteFiles.inOutbox("..\\secret.pdf")).isFalse();
        assertThat(QuietRemoteFiles.inOutbox("..")).isFalse();
        GenericFile<Object> outside = listed(100, 1);
        outside.setFileName("../rahasia.pdf");
        quiet.accept(outside);
        now = now.plusSeconds(5);
        assertThat(quiet.accept(outside)).isFalse();
    }
}
