package id.perpustakaan.jembatan.indexer;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal's search behaves.
 *
 * @param synonymsFile the librarians' synonyms (one comma-separated group a line), read again when it changes;
 *                     empty for the default list shipped with the application
 * @param analytics    whether searches and clicks are recorded (without personal data) for the evaluation
 */
@ConfigurationProperties("jembatan.search")
public record SearchProperties(Path synonymsFile, @DefaultValue("true") boolean analytics) {
}
