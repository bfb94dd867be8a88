package id.perpustakaan.jembatan.routes.archive;

import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.model.RawContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The raw content's bytes copied to a file and checked against the sha256 they were named by. */
final class VerifiedCopy {

    private VerifiedCopy() {
    }

    static void to(RawContent raw, Path file) throws IOException {
        try (InputStream in = raw.body().open()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        String written;
        try (InputStream in = Files.newInputStream(file)) {
            written = Sha256.of(in);
        }
        if (!written.equals(raw.sha256())) {
            throw new IOException("the content of " + raw.locator() + " changed while it was archived"
                    + " (expected sha256 " + raw.sha256() + ", read " + written + ")");
        }
    }
}
