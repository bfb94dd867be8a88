package id.perpustakaan.jembatan.app.upload;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The agencies' upload API. Defaults are in {@code application.yml}.
 *
 * @param inboxes     where each agency's upload inbox is, unless its source sets a path (read by the upload kind)
 * @param maxFileSize the largest file one upload may send; a larger one is refused with 413 before it is read
 * @param perMinute   requests per token a minute (uploads, status, withdrawals); 0 lifts the limit
 * @param tokenDays   how long a new token is valid unless its creator says otherwise
 */
@ConfigurationProperties("jembatan.uploads")
public record UploadProperties(Path inboxes, DataSize maxFileSize, int perMinute, int tokenDays) {

    /** The longest a token may be valid: a leaked token must end by itself. */
    static final int MAX_TOKEN_DAYS = 365;
}
