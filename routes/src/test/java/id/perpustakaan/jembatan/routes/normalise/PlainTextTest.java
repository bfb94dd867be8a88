package id.perpustakaan.jembatan.routes.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.RawContent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void readsAUtf8TextFileAsItIs() {
        String written = "\uFEFFPengumuman Beasiswa\n\nDibuka sampai 31 Desember 2030 — kuota 50 siswa.\n";
        Extraction text = PlainText.read(raw("pengumuman.TXT", written.getBytes(StandardCharsets.UTF_8)), 1_000)
                .orElseThrow();

        assertThat(text.text()).isEqualTo("Pengumuman Beasiswa\n\nDibuka sampai 31 Desember 2030 — kuota 50 siswa.");
        assertThat(text.mediaType()).isEqualTo("text/plain");
        assertThat(text.parser()).isEqualTo("utf-8 text");
        assertThat(text.truncated()).isFalse();
    }

    @Test
    void cutsAtTheCharacterLimit() {
        Extraction text = PlainText.read(raw("a.txt", "x".repeat(50).getBytes(StandardCharsets.UTF_8)), 20)
                .orElseThrow();
        assertThat(text.text()).hasSize(20);
        assertThat(text.truncated()).isTrue();
    }

    @Test
    void leavesToTikaWhatTheBytesSayIsSomethingElse() {
        assertThat(PlainText.read(raw("surat.txt", "{\\rtf1\\ansi Surat}".getBytes(StandardCharsets.US_ASCII)), 99))
                .as("RTF").isEmpty();
        assertThat(PlainText.read(raw("a.txt", "<!DOCTYPE html><p>x</p>".getBytes(StandardCharsets.UTF_8)), 99))
                .as("a page").isEmpty();
        assertThat(PlainText.read(raw("a.txt", "%PDF-1.7\nstream".getBytes(StandardCharsets.US_ASCII)), 99))
                .as("a PDF").isEmpty();
        assertThat(PlainText.read(raw("a.txt", new byte[] {'a', 0, 'b'}), 99)).as("binary").isEmpty();
        assertThat(PlainText.read(raw("a.txt", "Pengumuman caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)), 99))
                .as("not UTF-8: Tika guesses the encoding").isEmpty();
        assertThat(PlainText.read(raw("data.csv", "a,b\n1,2".getBytes(StandardCharsets.UTF_8)), 99))
                .as("not named as text").isEmpty();
        assertThat(PlainText.read(raw("kosong.txt", "  \n ".getBytes(StandardCharsets.UTF_8)), 99))
                .as("Tika says why an empty file is refused").isEmpty();
    }

    private static RawContent raw(String name, byte[] bytes) {
        return new RawContent("uji", name, name, null, bytes.length, "0", null, Instant.EPOCH, Instant.EPOCH, null,
                "test", () -> new ByteArrayInputStream(bytes));
    }
}
