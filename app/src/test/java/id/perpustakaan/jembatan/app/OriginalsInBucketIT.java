package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.routes.fixtures.Documents;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Two instances with their own disks and one bucket of originals on a real S3 server (S3Proxy in the test JVM): the
 * original of a file one of them harvested downloads through the other, and neither keeps it on its own disk.
 */
class OriginalsInBucketIT {

    private static final String BUCKET = "jembatan-originals";

    private final String run = "bucket" + Long.toHexString(System.nanoTime());
    private S3Proxy server;
    private OwnApplication harvesting;
    private OwnApplication serving;

    @AfterEach
    void stop() throws Exception {
        for (OwnApplication app : new OwnApplication[] {serving, harvesting}) {
            if (app != null) {
                app.close();
            }
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void anOriginalHarvestedByOneInstanceDownloadsThroughTheOther() throws Exception {
        TransientNio2BlobStore store = new TransientNio2BlobStore();
        store.createContainer(BUCKET);
        server = S3Proxy.builder().blobStore(store).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "jembatan", "rahasia-arsip").build();
        server.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> "STARTED".equals(server.getState()));
        String[] bucket = {
                "--jembatan.archive.s3.bucket=" + BUCKET,
                "--jembatan.archive.s3.endpoint=http://127.0.0.1:" + server.getPort(),
                "--jembatan.archive.s3.access-key=jembatan",
                "--jembatan.archive.s3.secret-key=rahasia-arsip"};
        harvesting = OwnApplication.startInstance(run, "harvesting", """
                jembatan:
                  sources:
                    - id: dukcapil-inbox
                      agency-code: dukcapil
                      agency-name: Dinas Kependudukan dan Pencatatan Sipil
                      kind: folder
                      path: ${jembatan.data-dir}/inbox/dukcapil
                      schedule: 1s
                """, bucket);
        serving = OwnApplication.startInstance(run, "serving", OwnApplication.NO_SOURCES, bucket);

        String word = "ktpel" + Long.toHexString(System.nanoTime());
        byte[] pdf = Documents.pdf("Layanan KTP Elektronik Keliling", "Perekaman " + word + " di Kecamatan Talawi.");
        Path inbox = OwnApplication.dataDir(run, "harvesting").resolve("inbox/dukcapil");
        Files.createDirectories(inbox);
        Path staged = Files.write(inbox.getParent().resolve("staged.pdf"), pdf);
        Files.move(staged, inbox.resolve("ktp-keliling.pdf"));

        JsonNode hit = serving.awaitHits(word, 1).get("hits").get(0);
        ResponseEntity<byte[]> original = serving.http().get().uri(hit.get("original").get("href").asText())
                .retrieve().toEntity(byte[].class);

        assertThat(original.getBody()).isEqualTo(pdf);
        assertThat(original.getHeaders().getContentLength()).isEqualTo(pdf.length);
        String sha256 = Sha256.of(pdf);
        assertThat(store.blobExists(BUCKET, "originals/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4)
                + "/" + sha256)).isTrue();
        for (String instance : new String[] {"harvesting", "serving"}) {
            assertThat(OwnApplication.dataDir(run, instance).resolve("originals")).as(instance).doesNotExist();
        }
    }
}
