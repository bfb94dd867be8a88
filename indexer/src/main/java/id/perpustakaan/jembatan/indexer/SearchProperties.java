package id.perpustakaan.jembatan.indexer;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the portal's search behaves.
 *
 * @param synonymsFile the librarians' synonyms (one comma-separated group a line), read again when it changes;
 *                     empty for the default list shipped with the application
 * @param analytics    whether searches and clicks are recorded (without personal data) for the evaluation
 * @param analyticsRetention how long they are kept: a year for the yearly report, and the month it is written in
 */
@ConfigurationProperties("jembatan.search")
public record SearchProperties(Path synonymsFile, boolean analytics,
                               Duration analyticsRetention) {
}
