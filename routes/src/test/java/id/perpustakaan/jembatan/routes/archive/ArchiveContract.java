package id.perpustakaan.jembatan.routes.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.routes.archive.OriginalArchive.ArchivedOriginal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What every archive of originals does, whichever store holds the bytes. */
abstract class ArchiveContract {

    static final byte[] PDF = "%PDF-1.4 Pengumuman beasiswa daerah 2026".getBytes(StandardCharsets.UTF_8);

    abstract OriginalArchive archive();

    @Test
    void keepsTheBytesUnderTheirSha256AndGivesThemBackWithTheirLength() throws IOException {
        RawContent raw = raw(PDF, Sha256.of(PDF));
        archive().store(raw);

        ArchivedOriginal found = archive().find(raw.sha256()).orElseThrow();
        assertThat(found.size()).isEqualTo(PDF.length);
        try (InputStream in = found.body().open()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        // each open is a fresh stream
        try (InputStream in = found.body().open()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
    }

    @Test
    void theSameContentTwiceIsReadAndStoredOnce() throws IOException {
        AtomicInteger opened = new AtomicInteger();
        RawContent raw = raw(PDF, Sha256.of(PDF), opened);
        archive().store(raw);
        archive().store(raw);

        assertThat(opened).as("bytes read from the source").hasValue(1);
        assertThat(archive().find(raw.sha256())).isPresent();
    }

    @Test
    void refusesBytesThatAreNotWhatTheirSha256SaysAndKeepsNothing() {
        String claimed = Sha256.of("something else");

        assertThatThrownBy(() -> archive().store(raw(PDF, claimed)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("changed while it was archived")
                .hasMessageContaining(claimed);
        assertThat(find(claimed)).as("an original under a name its content does not have").isFalse();
    }

    @Test
    void findsNothingForAnUnknownOriginalOrAnythingThatIsNotASha256() {
        assertThat(find(Sha256.of("never stored"))).isFalse();
        assertThat(find("../../etc/passwd")).isFalse();
        assertThat(find(Sha256.of(PDF).toUpperCase())).isFalse();
        assertThat(find(null)).isFalse();
    }

    private boolean find(String sha256) {
        try {
            return archive().find(sha256).isPresent();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static RawContent raw(byte[] bytes, String sha256) {
        return raw(bytes, sha256, new AtomicInteger());
    }

    static RawContent raw(byte[] bytes, String sha256, AtomicInteger opened) {
        return new RawContent("disdik", "inbox/beasiswa.pdf", "beasiswa.pdf", "application/pdf", bytes.length,
                sha256, null, Instant.parse("2026-12-01T03:00:00Z"), null, null, "folder", () -> {
                    opened.incrementAndGet();
                    return new ByteArrayInputStream(bytes);
                });
    }
}
