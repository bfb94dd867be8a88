package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.connectors.fixtures.LocalSamba;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.routes.fixtures.Documents;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * SMB sources against a real Samba server, through the real broker and node: a file an agency puts on its share
 * becomes searchable and moves to .done/ on the share; a broken one ends in .failed/ there with its reason, and in
 * the dead-letter topic; the same file put again writes nothing; a wrong password is a reason saying what to check.
 */
class SmbSourceIT {

    private final String run = "smb" + Integer.toHexString(new Random().nextInt());
    private LocalSamba samba;
    private OwnApplication app;

    @BeforeEach
    void startSamba() throws Exception {
        samba = LocalSamba.start();
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        samba.close();
    }

    @Test
    void filesOnTheShareBecomeSearchableAndMoveOnTheShare() throws Exception {
        String word = PipelineIT.uniqueWord("bansos");
        Path outbox = samba.shared().resolve("pengumuman");
        Path closed = samba.shared().resolve("tertutup");
        String outboxUrl = samba.url("pengumuman");
        String closedUrl = samba.url("tertutup");
        Path password = samba.passwordFile(LocalSamba.PASSWORD);
        Path wrongPassword = samba.passwordFile("salah");
        app = OwnApplication.start(run, """
                jembatan:
                  sources:
                    - id: dinsos-%1$s
                      agency-code: dinsos
                      agency-name: Dinas Sosial
                      kind: smb
                      url: %2$s
                      schedule: 1s
                      options:
                        username: %3$s
                        password-file: %4$s
                    - id: tertutup-%1$s
                      agency-code: dinsos
                      agency-name: Dinas Sosial
                      kind: smb
                      url: %5$s
                      schedule: 1s
                      options:
                        username: %3$s
                        password-file: %6$s
                """.formatted(run, outboxUrl, LocalSamba.user(), password, closedUrl, wrongPassword),
                OwnApplication.ownTopics(run));

        byte[] announcement = Documents.pdf("Pengumuman Penyaluran Bantuan Sosial",
                "Bantuan sosial " + word + " disalurkan di kantor kelurahan mulai pekan depan.");
        Files.write(outbox.resolve("penyaluran-bansos.pdf"), announcement);
        Files.write(outbox.resolve("rusak.pdf"), "%PDF-1.7 terpotong".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(closed.resolve("jadwal.txt"), "Jadwal pelayanan");

        JsonNode hit = app.awaitHits(word, 1).get("hits").get(0);
        assertThat(hit.get("title").asText()).isEqualTo("Pengumuman Penyaluran Bantuan Sosial");
        assertThat(hit.get("agency").get("code").asText()).isEqualTo("dinsos");
        assertThat(hit.get("id").asText()).startsWith("dinsos-" + run + "-");
        assertThat(hit.get("original").get("fileName").asText()).isEqualTo("penyaluran-bansos.pdf");
        assertThat(app.http().get().uri(hit.get("original").get("href").asText()).retrieve().body(byte[].class))
                .isEqualTo(announcement);
        JsonNode document = app.http().get().uri(hit.get("href").asText()).retrieve().body(JsonNode.class);
        assertThat(document.get("provenance").toString()).contains("smb");

        Path done = outbox.resolve(".done/penyaluran-bansos.pdf");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(done));
        assertThat(outbox.resolve("penyaluran-bansos.pdf")).doesNotExist();

        Path reason = outbox.resolve(".failed/rusak.pdf.reason");
        await().atMost(PipelineIT.SEARCHABLE_WITHIN).until(() -> Files.exists(outbox.resolve(".failed/rusak.pdf")));
        assertThat(outbox.resolve("rusak.pdf")).doesNotExist();
        List<DeadLetter> refused = app.deadLetters("dinsos-" + run);
        assertThat(refused).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).isNotBlank();
            assertThat(Files.readString(reason)).startsWith(letter.reason() + "\n")
                    .contains("file: rusak.pdf\n");
        });

        DeadLetter signIn = await().atMost(PipelineIT.SEARCHABLE_WITHIN)
                .until(() -> app.deadLetters("tertutup-" + run), letters -> !letters.isEmpty()).get(0);
        assertThat(signIn.reason()).isEqualTo("the file server 127.0.0.1 refused the sign-in of user '"
                + LocalSamba.user() + "' (STATUS_LOGON_FAILURE): check username and domain, and the password in "
                + wrongPassword);
        assertThat(closed.resolve("jadwal.txt")).as("left where the agency put it").exists();

        // the same file put again, as after a crash between Kafka's acknowledgement and the move
        long documents = app.endOffset(app.topics().documents());
        Files.delete(done);
        Files.write(outbox.resolve("penyaluran-bansos.pdf"), announcement);

        await().atMost(PipelineIT.SEARCHABLE_WITHIN).until(() -> Files.exists(done));
        assertThat(app.endOffset(app.topics().documents())).as("records on the documents topic").isEqualTo(documents);
        assertThat(app.search(word).get("total").asInt()).isEqualTo(1);
        assertThat(app.deadLetters("tertutup-" + run)).as("the same refusal at every run: counted, not written again")
                .hasSize(1);
    }
}
