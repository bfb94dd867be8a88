package id.perpustakaan.jembatan.connectors.upload;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadInboxTest {

    @TempDir
    Path inbox;

    @Test
    void anUploadLandsInTheInboxWithItsSidecarAndNothingElseIsListed() throws IOException {
        var uploads = new UploadInbox(inbox);
        uploads.put("SK-1.pdf", Optional.of("{\"title\":\"SK\"}".getBytes(StandardCharsets.UTF_8)), bytes("isi"));

        assertThat(inbox.resolve("SK-1.pdf")).hasContent("isi");
        assertThat(inbox.resolve("SK-1.pdf.meta.json")).hasContent("{\"title\":\"SK\"}");
        try (Stream<Path> listed = Files.list(inbox)) {
            assertThat(listed.map(p -> p.getFileName().toString()).filter(FolderSource::taken))
                    .as("only the file is a document; staging is hidden").containsExactly("SK-1.pdf");
        }
        assertThat(uploads.find("SK-1")).isEqualTo(new UploadInbox.Place(UploadInbox.Stage.QUEUED, "SK-1.pdf", null));
        assertThat(uploads.pending("SK-1")).contains(inbox.resolve("SK-1.pdf"));
    }

    @Test
    void aFailedWriteLeavesNeitherFileNorSidecar() {
        var uploads = new UploadInbox(inbox);
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> uploads.put("SK-1.pdf",
                Optional.of("{}".getBytes(StandardCharsets.UTF_8)), broken)).isInstanceOf(IOException.class);
        assertThat(inbox.resolve("SK-1.pdf")).doesNotExist();
        assertThat(inbox.resolve("SK-1.pdf.meta.json")).doesNotExist();
        assertThat(inbox.resolve(UploadInbox.STAGING_DIR)).isEmptyDirectory();
    }

    @Test
    void saysWhereAnUploadIsAfterThePipelineMovedIt() throws IOException {
        var uploads = new UploadInbox(inbox);
        Files.createDirectories(inbox.resolve(".failed"));
        Files.writeString(inbox.resolve(".failed/SK-2.docx"), "x");
        Files.writeString(inbox.resolve(".failed/SK-2.docx.reason"), "encrypted (password required)\nstage: parse\n");
        Files.createDirectories(inbox.resolve(".done"));
        Files.writeString(inbox.resolve(".done/SK-3.pdf"), "x");
        Files.writeString(inbox.resolve(".done/SK-3.x.pdf"), "another key");

        assertThat(uploads.find("SK-2")).isEqualTo(new UploadInbox.Place(UploadInbox.Stage.REFUSED, "SK-2.docx",
                "encrypted (password required)"));
        assertThat(uploads.find("SK-3").stage()).isEqualTo(UploadInbox.Stage.HANDED_OVER);
        assertThat(uploads.find("SK-4").stage()).isEqualTo(UploadInbox.Stage.UNKNOWN);
        assertThat(uploads.find("SK").stage()).isEqualTo(UploadInbox.Stage.UNKNOWN);
    }

    @Test
    void aNewUploadOfARefusedKeyClearsTheRefusal() throws IOException {
        var uploads = new UploadInbox(inbox);
        Files.createDirectories(inbox.resolve(".failed"));
        Files.writeString(inbox.resolve(".failed/SK-2.docx"), "x");
        Files.writeString(inbox.resolve(".failed/SK-2.docx.reason"), "encrypted\n");
        Files.writeString(inbox.resolve(".failed/SK-2.docx.meta.json"), "{}");

        uploads.put("SK-2.pdf", Optional.empty(), bytes("baru"));

        assertThat(inbox.resolve(".failed")).isEmptyDirectory();
        assertThat(uploads.find("SK-2").stage()).isEqualTo(UploadInbox.Stage.QUEUED);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
