package id.perpustakaan.jembatan.connectors.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.RawContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DroppedFileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path inbox;

    @Test
    void readsFetchFactsAndOpensTheBytesOnDemand() throws IOException {
        Path file = Files.writeString(inbox.resolve("pengumuman.txt"), "test", StandardCharsets.UTF_8);

        RawContent raw = new DroppedFile(1024, CLOCK).read("disdik-inbox", file, "pengumuman.txt");

        assertThat(raw.sourceId()).isEqualTo("disdik-inbox");
        assertThat(raw.locator()).isEqualTo("pengumuman.txt");
        assertThat(raw.mediaType()).isEqualTo("text/plain");
        assertThat(raw.size()).isEqualTo(4);
        // sha256("test"), a published test vector
        assertThat(raw.sha256()).isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        assertThat(raw.fetchedAt()).isEqualTo(CLOCK.instant());
        assertThat(raw.connector()).isEqualTo("folder");
        try (InputStream in = raw.body().open()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("test");
        }
    }

    @Test
    void refusesAnEmptyFileWithAClearReason() throws IOException {
        Path file = Files.createFile(inbox.resolve("kosong.pdf"));

        assertThatThrownBy(() -> new DroppedFile(1024, CLOCK).read("s", file, "kosong.pdf"))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessage("empty file (0 bytes)");
    }

    @Test
    void refusesAFileOverTheSizeLimitNamingTheLimitAndItsKey() throws IOException {
        Path file = Files.write(inbox.resolve("besar.pdf"), new byte[3 * 1_048_576]);

        assertThatThrownBy(() -> new DroppedFile(2 * 1_048_576, CLOCK).read("s", file, "besar.pdf"))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessage("too large: 3.0 MB exceeds the limit of 2.0 MB (jembatan.harvest.max-file-size)");
    }
}
