package id.perpustakaan.jembatan.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/** Finds a Java runtime new enough for Elasticsearch, which needs a newer one than the application. */
final class JavaRuntimes {

    static final int ELASTICSEARCH_MINIMUM = 21;

    private JavaRuntimes() {
    }

    /**
     * In order: the configured one (or {@code ES_JAVA_HOME}), the running JVM, the newest under {@code jvmRoot}.
     *
     * @throws IllegalStateException naming every place looked at, when none is new enough
     */
    static Path find(String configured, Path jvmRoot) {
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured);
            int version = featureVersion(home).orElseThrow(() -> new IllegalStateException(
                    "ES_JAVA_HOME / jembatan.local.elasticsearch.java-home '" + configured + "' is not a Java runtime"
                            + " (no 'release' file)"));
            if (version < ELASTICSEARCH_MINIMUM) {
                throw new IllegalStateException("the Java runtime at '" + configured + "' is Java " + version
                        + "; Elasticsearch 9 needs Java " + ELASTICSEARCH_MINIMUM + " or newer");
            }
            return home;
        }
        if (Runtime.version().feature() >= ELASTICSEARCH_MINIMUM) {
            return Path.of(System.getProperty("java.home"));
        }
        return newestUnder(jvmRoot).orElseThrow(() -> new IllegalStateException(
                "Elasticsearch 9 needs Java " + ELASTICSEARCH_MINIMUM + " or newer, and none was found: not in"
                        + " ES_JAVA_HOME (unset), not the running JVM (Java " + Runtime.version().feature()
                        + "), not under " + jvmRoot + ". Install one (e.g. Temurin 21+) or set ES_JAVA_HOME,"
                        + " or point jembatan.elasticsearch.uris at an existing cluster."));
    }

    private static Optional<Path> newestUnder(Path jvmRoot) {
        if (!Files.isDirectory(jvmRoot)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvmRoot)) {
            return homes.filter(home -> !Files.isSymbolicLink(home))
                    .filter(home -> featureVersion(home).orElse(0) >= ELASTICSEARCH_MINIMUM)
                    .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .max(Comparator.comparingInt(home -> featureVersion(home).orElse(0)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The feature version from a runtime's {@code release} file ({@code JAVA_VERSION="25.0.1"} gives 25). */
    static Optional<Integer> featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(release)) {
            properties.load(reader);
        } catch (IOException e) {
            return Optional.empty();
        }
        String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
        String feature = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < feature.length() && Character.isDigit(feature.charAt(end))) {
            end++;
        }
        return end == 0 ? Optional.empty() : Optional.of(Integer.parseInt(feature.substring(0, end)));
    }
}
