package id.perpustakaan.jembatan.routes.archive;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.connectors.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderArchiveTest extends ArchiveContract {

    @TempDir
    Path root;

    @Override
    OriginalArchive archive() {
        return new FolderArchive(root);
    }

    @Test
    void fansOutByTheFirstDigitsAndLeavesNoPartialFiles() throws IOException {
        String sha256 = Sha256.of(PDF);
        archive().store(raw(PDF, sha256));

        assertThat(root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256))
                .hasBinaryContent(PDF);
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1);
        }
    }
}
