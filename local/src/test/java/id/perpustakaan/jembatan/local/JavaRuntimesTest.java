package id.perpustakaan.jembatan.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRuntimesTest {

    @TempDir
    Path jvms;

    @Test
    void readsTheFeatureVersionFromTheReleaseFile() throws IOException {
        assertThat(JavaRuntimes.featureVersion(runtime("temurin-25", "25.0.1"))).contains(25);
        assertThat(JavaRuntimes.featureVersion(runtime("openjdk-17", "17.0.15"))).contains(17);
        assertThat(JavaRuntimes.featureVersion(runtime("old", "1.8.0_402"))).contains(8);
        assertThat(JavaRuntimes.featureVersion(jvms.resolve("missing"))).isEmpty();
    }

    @Test
    void prefersTheConfiguredRuntimeWhenItIsNewEnough() throws IOException {
        Path configured = runtime("temurin-21", "21.0.5");
        runtime("temurin-25", "25.0.1");

        assertThat(JavaRuntimes.find(configured.toString(), jvms)).isEqualTo(configured);
    }

    @Test
    void refusesAConfiguredRuntimeThatIsTooOld() throws IOException {
        Path old = runtime("openjdk-17", "17.0.15");

        assertThatThrownBy(() -> JavaRuntimes.find(old.toString(), jvms))
                .hasMessageContaining("is Java 17; Elasticsearch 9 needs Java 21 or newer");
    }

    @Test
    void findsTheNewestUnderTheJvmDirectoryWhenTheRunningJvmIsTooOld() throws IOException {
        runtime("openjdk-17", "17.0.15");
        runtime("temurin-21", "21.0.5");
        Path newest = runtime("temurin-25", "25.0.1");

        Path found = JavaRuntimes.find(null, jvms);

        if (Runtime.version().feature() >= 21) {
            assertThat(found).isEqualTo(Path.of(System.getProperty("java.home")));
        } else {
            assertThat(found).isEqualTo(newest);
        }
    }

    @Test
    void saysWhereItLookedWhenThereIsNone() throws IOException {
        runtime("openjdk-17", "17.0.15");
        if (Runtime.version().feature() >= 21) {
            return; // the running JVM is itself new enough
        }

        assertThatThrownBy(() -> JavaRuntimes.find("", jvms))
                .hasMessageContaining("Elasticsearch 9 needs Java 21 or newer, and none was found")
                .hasMessageContaining(jvms.toString())
                .hasMessageContaining("ES_JAVA_HOME");
    }

    private Path runtime(String name, String version) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }
}
