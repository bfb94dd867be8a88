package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tries failed items again after a fix (a raised limit, a repaired file): a folder source's refused file moves from
 * {@code .failed/} back into its folder, where the next poll takes it like a new drop; a feed or website is run
 * again, which fetches what did not make it last time. The dead letter itself stays in its topic, as history.
 */
public class FailureReplay {

    private static final String REASON = ".reason";

    private final SourceCatalog sources;
    private final SourceBoard board;

    public FailureReplay(SourceCatalog sources, SourceBoard board) {
        this.sources = sources;
        this.board = board;
    }

    /** @return how many files were put back (for a feed or website: 0, and the source runs) */
    public int replay(String sourceId, String fileName) throws IOException {
        SourceDefinition source = sources.require(sourceId);
        if (!FolderSource.KIND.equals(source.kind())) {
            // a run already going reads the source anyway
            board.run(sourceId);
            return 0;
        }
        Path failed = FolderSource.inbox(source).resolve(FolderSource.FAILED_DIR);
        Path file = failed.resolve(fileName).normalize();
        if (!file.startsWith(failed) || file.equals(failed) || !Files.isRegularFile(file)) {
            throw new ReviewRefusedException("'" + fileName + "' is not in " + failed + ": it was replayed or"
                    + " removed already");
        }
        putBack(FolderSource.inbox(source), failed, file);
        return 1;
    }

    public int replayAll(String sourceId) throws IOException {
        SourceDefinition source = sources.require(sourceId);
        if (!FolderSource.KIND.equals(source.kind())) {
            // a run already going reads the source anyway
            board.run(sourceId);
            return 0;
        }
        Path inbox = FolderSource.inbox(source);
        Path failed = inbox.resolve(FolderSource.FAILED_DIR);
        if (!Files.isDirectory(failed)) {
            return 0;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(failed)) {
            walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(REASON))
                    .forEach(files::add);
        }
        for (Path file : files) {
            putBack(inbox, failed, file);
        }
        return files.size();
    }

    private static void putBack(Path inbox, Path failed, Path file) throws IOException {
        Path target = inbox.resolve(failed.relativize(file));
        Files.createDirectories(target.getParent());
        // a move within one folder tree is atomic: the poll never sees half a file
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + REASON));
    }
}
