package id.perpustakaan.jembatan.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A local node's own copy of its distribution's configuration folder, in the node's data folder: made once, whole or
 * not at all (copied beside it, then moved into place), and kept, with the keystore the node adds, for later starts.
 */
final class NodeConfiguration {

    private NodeConfiguration() {
    }

    /** The node's configuration folder under {@code data}, copied from {@code home}'s {@code config} if not there. */
    static Path ofNode(Path home, Path data) throws IOException {
        Path config = data.resolve("config");
        if (Files.isDirectory(config)) {
            return config;
        }
        Path copy = Files.createTempDirectory(data, "config-");
        try {
            Path distribution = home.resolve("config");
            List<Path> files;
            try (Stream<Path> tree = Files.walk(distribution)) {
                files = tree.toList();
            }
            for (Path file : files) {
                Path target = copy.resolve(distribution.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            Files.move(copy, config, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // made meanwhile by a start that ran at the same time: that copy serves
            if (!Files.isDirectory(config)) {
                throw e;
            }
        } finally {
            deleteTree(copy);
        }
        return config;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path path : tree.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
