package id.perpustakaan.jembatan.routes.archive;

import id.perpustakaan.jembatan.model.RawContent;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The archive of originals in a bucket of an S3-compatible object store (MinIO, Ceph, Garage, AWS S3), so that every
 * instance serves and normalises again what any of them harvested. Bytes are checked against their sha256 on this
 * side before they are sent, so a bucket never holds an object under a name its content does not have.
 */
public final class S3Archive implements OriginalArchive, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3Archive(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    /**
     * A client for the bucket, checked at once: a start with a bucket that is missing or refuses these credentials
     * stops with the reason instead of failing on the first harvested file.
     */
    public static S3Archive connect(S3Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(credentials(settings))
                // no CRC trailer on uploads unless the operation requires one: object stores besides AWS do not all
                // take the SDK's newer aws-chunked trailers. What an upload carries is checked against its sha256
                // here before it is sent (VerifiedCopy); downloads are still checked whenever the store sends a checksum
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED);
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        S3Client s3 = builder.build();
        try {
            s3.headBucket(request -> request.bucket(settings.bucket()));
        } catch (SdkException e) {
            s3.close();
            throw new IllegalStateException("the archive of originals cannot use bucket '" + settings.bucket() + "'"
                    + (settings.endpoint() == null || settings.endpoint().isBlank() ? ""
                    : " at " + settings.endpoint()) + ": " + e.getMessage() + " — create the bucket, or check"
                    + " jembatan.archive.s3.endpoint, .region and the credentials", e);
        }
        return new S3Archive(s3, settings.bucket(), settings.prefix() == null ? "" : settings.prefix());
    }

    private static AwsCredentialsProvider credentials(S3Settings settings) {
        if (settings.accessKey() == null || settings.accessKey().isBlank()) {
            // the environment's: AWS_ACCESS_KEY_ID, a profile, or the machine's role
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(),
                settings.secretKey()));
    }

    @Override
    public void store(RawContent raw) throws IOException {
        String key = keyOf(raw.sha256());
        if (head(key).isPresent()) {
            return;
        }
        Path temporary = Files.createTempFile("jembatan-original-", ".part");
        try {
            VerifiedCopy.to(raw, temporary);
            s3.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromFile(temporary));
        } catch (SdkException e) {
            throw unavailable("write " + key, e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Optional<ArchivedOriginal> find(String sha256) throws IOException {
        if (!ArchiveKeys.isSha256(sha256)) {
            return Optional.empty();
        }
        String key = keyOf(sha256);
        return head(key).map(found -> new ArchivedOriginal(found.contentLength(), () -> {
            try {
                return s3.getObject(request -> request.bucket(bucket).key(key));
            } catch (SdkException e) {
                throw unavailable("read " + key, e);
            }
        }));
    }

    private Optional<HeadObjectResponse> head(String key) throws IOException {
        try {
            return Optional.of(s3.headObject(request -> request.bucket(bucket).key(key)));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw unavailable("look up " + key, e);
        } catch (SdkException e) {
            throw unavailable("look up " + key, e);
        }
    }

    private String keyOf(String sha256) {
        return prefix + ArchiveKeys.keyOf(sha256);
    }

    private IOException unavailable(String what, SdkException e) {
        return new IOException("the archive of originals (bucket '" + bucket + "') could not " + what + ": "
                + e.getMessage(), e);
    }

    @Override
    public void close() {
        s3.close();
    }

    /**
     * Where the bucket is and how to sign in to it.
     *
     * @param endpoint  the store's address ({@code http://minio:9000}); empty for AWS S3 in the region
     * @param pathStyle bucket in the path rather than the host name, as MinIO and most stores besides AWS expect
     * @param accessKey empty to take the environment's credentials (AWS_ACCESS_KEY_ID, a profile, a role)
     * @param prefix    put before every key, so one bucket can hold more than the originals
     */
    public record S3Settings(String bucket, String prefix, String endpoint, String region, boolean pathStyle,
                             String accessKey, String secretKey) {

        @Override
        public String toString() {
            // the secret never reaches a log
            return "S3Settings[bucket=" + bucket + ", prefix=" + prefix + ", endpoint=" + endpoint + ", region="
                    + region + ", pathStyle=" + pathStyle + ", accessKey=" + accessKey + "]";
        }
    }
}
