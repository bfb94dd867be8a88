package id.perpustakaan.jembatan.routes.archive;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where originals are kept when not in the folder {@code jembatan.harvest.originals}: every key, its default and its
 * environment variable are listed in the application's {@code application.yml}.
 *
 * @param s3 an S3-compatible bucket, used when its name is set
 */
@ConfigurationProperties("jembatan.archive")
public record ArchiveProperties(S3Archive.S3Settings s3) {

    /** Whether a bucket is named, so the originals go to the object store. */
    public boolean inBucket() {
        return s3 != null && s3.bucket() != null && !s3.bucket().isBlank();
    }
}
