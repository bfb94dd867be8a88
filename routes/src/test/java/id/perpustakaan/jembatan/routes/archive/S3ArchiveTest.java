package id.perpustakaan.jembatan.routes.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.routes.archive.S3Archive.S3Settings;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The archive in a bucket of a real S3 server (S3Proxy in this JVM, signing requests as AWS S3 does). */
class S3ArchiveTest extends ArchiveContract {

    private static final String ACCESS_KEY = "jembatan";
    private static final String SECRET_KEY = "rahasia-perpustakaan";
    private static S3Proxy server;
    private static TransientNio2BlobStore store;
    private static String endpoint;
    private static int buckets;

    private String bucket;
    private S3Archive archive;

    @BeforeAll
    static void startServer() throws Exception {
        store = new TransientNio2BlobStore();
        server = S3Proxy.builder().blobStore(store).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        server.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> "STARTED".equals(server.getState()));
        endpoint = "http://127.0.0.1:" + server.getPort();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.stop();
    }

    @BeforeEach
    void bucket() {
        bucket = "originals-" + ++buckets;
        store.createContainer(bucket);
        archive = S3Archive.connect(settings(bucket, SECRET_KEY));
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Override
    OriginalArchive archive() {
        return archive;
    }

    @Test
    void keepsAnOriginalUnderThePrefixFannedOutByItsFirstDigits() throws IOException {
        String sha256 = Sha256.of(PDF);
        archive.store(raw(PDF, sha256));

        assertThat(store.blobExists(bucket, "jembatan/originals/" + sha256.substring(0, 2) + "/"
                + sha256.substring(2, 4) + "/" + sha256)).isTrue();
    }

    @Test
    void aMissingBucketStopsTheStartWithWhatToCheck() {
        assertThatThrownBy(() -> S3Archive.connect(settings("tidak-ada", SECRET_KEY)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bucket 'tidak-ada' at " + endpoint)
                .hasMessageContaining("create the bucket, or check jembatan.archive.s3.endpoint");
    }

    @Test
    void wrongCredentialsStopTheStartToo() {
        assertThatThrownBy(() -> S3Archive.connect(settings(bucket, "salah")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bucket '" + bucket + "'")
                .hasMessageContaining("403");
    }

    @Test
    void aStoreThatCannotBeReachedIsAFailureToRetryNotARefusal() throws Exception {
        // a server of its own, stopped after the archive connected
        TransientNio2BlobStore ownStore = new TransientNio2BlobStore();
        ownStore.createContainer(bucket);
        S3Proxy own = S3Proxy.builder().blobStore(ownStore).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        own.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> "STARTED".equals(own.getState()));
        try (S3Archive unreachable = S3Archive.connect(new S3Settings(bucket, "", "http://127.0.0.1:" + own.getPort(),
                "us-east-1", true, ACCESS_KEY, SECRET_KEY))) {
            own.stop();

            assertThatThrownBy(() -> unreachable.store(raw(PDF, Sha256.of(PDF))))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("the archive of originals (bucket '" + bucket + "') could not look up");
        }
    }

    @Test
    void theSecretKeyIsNeverPrinted() {
        assertThat(settings(bucket, SECRET_KEY).toString()).contains(ACCESS_KEY).doesNotContain(SECRET_KEY);
    }

    private static S3Settings settings(String bucket, String secretKey) {
        return new S3Settings(bucket, "jembatan/originals/", endpoint, "us-east-1", true, ACCESS_KEY, secretKey);
    }
}
