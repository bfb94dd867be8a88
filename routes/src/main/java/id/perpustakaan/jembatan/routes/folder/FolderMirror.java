package id.perpustakaan.jembatan.routes.folder;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.connectors.folder.DroppedFile;
import id.perpustakaan.jembatan.connectors.folder.FolderSidecars;
import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.connectors.folder.InboxNames;
import id.perpustakaan.jembatan.connectors.sidecar.Sidecar;
import id.perpustakaan.jembatan.model.PrintableText;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.mirror.MirrorEntry;
import id.perpustakaan.jembatan.routes.mirror.MirrorMemory;
import id.perpustakaan.jembatan.routes.mirror.MirrorPlan;
import id.perpustakaan.jembatan.routes.mirror.MirrorSources;
import id.perpustakaan.jembatan.routes.normalise.KnownRevisions;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.Exchange;

/**
 * The steps of a look at a mirrored folder ({@code mode: mirror}): list it, plan against the harvest memory, read
 * each file to take with its sidecars, and name the documents whose file is gone. The folder is the agency's
 * published set and is only read: nothing is moved or written in it, so a read-only mount will do. Subfolders are
 * part of the set; hidden names, temporary files and sidecars are not documents, and symbolic links are not
 * followed out of the folder.
 */
public class FolderMirror {

    /** Exchange property: the listed files as they are on disk, by locator (a name's bytes, not its decoding). */
    static final String FILES = "JembatanMirrorFiles";

    private final SourceCatalog sources;
    private final KnownRevisions revisions;
    private final MirrorMemory memory;
    private final DroppedFile droppedFile;

    public FolderMirror(SourceCatalog sources, KnownRevisions revisions, MirrorMemory memory,
                        DroppedFile droppedFile) {
        this.sources = sources;
        this.revisions = revisions;
        this.memory = memory;
        this.droppedFile = droppedFile;
    }

    /** Body: the files to take now; the plan and the listing go with the exchange. */
    public void look(Exchange exchange) {
        String sourceId = exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class);
        SourceDefinition source = sources.require(sourceId);
        Path root = FolderSource.inbox(source);
        exchange.setProperty(ExchangeFacts.LOCATOR, root.toString());
        // what the documents topic knows decides what is new and what is gone
        revisions.awaitLoaded();
        Map<String, Path> files = new HashMap<>();
        List<MirrorEntry> listed = list(root, files);
        MirrorPlan plan = memory.look(sourceId, listed, revisions.placesOf(sourceId),
                entry -> sha256(files.get(entry.locator())), MirrorSources.MAX_TAKES_PER_LOOK,
                MirrorSources.maxWithdrawalPercent(source));
        exchange.setProperty(MirrorPlan.PROPERTY, plan);
        exchange.setProperty(FILES, files);
        exchange.getMessage().setBody(plan.takes());
    }

    /** Body: one file to take, as content with what its sidecars declare. */
    public void content(Exchange exchange) {
        String sourceId = exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class);
        MirrorPlan.Take take = exchange.getMessage().getBody(MirrorPlan.Take.class);
        String locator = take.entry().locator();
        @SuppressWarnings("unchecked")
        Path file = ((Map<String, Path>) exchange.getProperty(FILES, Map.class)).get(locator);
        exchange.setProperty(ExchangeFacts.LOCATOR, locator);
        exchange.setProperty(ExchangeFacts.FILE_NAME, file.getFileName().toString());
        memory.whenHandled(exchange, sourceId, take.entry());
        if (!InboxNames.intact(file)) {
            throw new ContentRejectedException("fetch", "file name is not valid UTF-8: '" + PrintableText.of(locator)
                    + "' (\uFFFD marks what cannot be read); rename it in the folder");
        }
        Optional<Path> sidecar = FolderSidecars.own(file);
        RawContent raw = droppedFile.read(sourceId, file, locator).withLastModified(take.entry().modified());
        exchange.setProperty(ExchangeFacts.SHA256, raw.sha256());
        raw = raw.withDeclared(FolderSidecars.declared(file.getParent(), sidecar));
        exchange.getMessage().setBody(take.movedFrom() == null ? raw : raw.movedFrom(take.movedFrom()));
    }

    /**
     * The folder's documents and the sidecars' times beside them: a changed sidecar is a changed document. The
     * sidecars' times come from the same walk, so a look costs one listing and no request per file.
     *
     * @param files filled with each listed file as it is on disk
     */
    static List<MirrorEntry> list(Path root, Map<String, Path> files) {
        if (!Files.isDirectory(root)) {
            throw new ContentRejectedException("fetch", "the mirrored folder " + PrintableText.of(root.toString())
                    + " is not there (not mounted, or moved): nothing was taken or withdrawn; mount it again or fix"
                    + " the source's path");
        }
        Map<Path, BasicFileAttributes> documents = new LinkedHashMap<>();
        Map<Path, Instant> sidecars = new HashMap<>();
        try {
            Files.walkFileTree(root, Set.<FileVisitOption>of(), MirrorSources.MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    return directory.equals(root) || !hidden(directory) ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    if (!attributes.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (name.matches("(?i)(" + Sidecar.NAMES + ")")) {
                        sidecars.put(file, attributes.lastModifiedTime().toInstant());
                    } else if (FolderSource.taken(name)) {
                        if (documents.size() >= MirrorSources.MAX_FILES) {
                            throw new ContentRejectedException("fetch", "the mirrored folder "
                                    + PrintableText.of(root.toString()) + " holds more than " + MirrorSources.MAX_FILES
                                    + " files: split it into several sources");
                        }
                        documents.put(file, attributes);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException && !file.equals(root)) {
                        // removed while the folder was listed: gone, as the next look will see too
                        return FileVisitResult.CONTINUE;
                    }
                    // a folder that cannot be read hides its files: better no look than withdrawals
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new ContentRejectedException("fetch", "the mirrored folder " + PrintableText.of(root.toString())
                    + " cannot be read (" + PrintableText.of(e.toString()) + "): nothing was taken or withdrawn;"
                    + " let this user read all of it");
        }
        List<MirrorEntry> entries = new ArrayList<>(documents.size());
        documents.forEach((file, attributes) -> {
            String locator = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            files.put(locator, file);
            entries.add(new MirrorEntry(locator, attributes.size(), changed(file, attributes, sidecars)));
        });
        return entries;
    }

    private static boolean hidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    /** The latest of the file's time, its own sidecar's (the first of the suffixes there) and its folder's. */
    private static Instant changed(Path file, BasicFileAttributes attributes, Map<Path, Instant> sidecars) {
        Instant latest = attributes.lastModifiedTime().toInstant();
        String name = file.getFileName().toString();
        Optional<Instant> own = Sidecar.SUFFIXES.stream().map(suffix -> sidecars.get(file.resolveSibling(name + suffix)))
                .filter(Objects::nonNull).findFirst();
        latest = later(latest, own);
        return later(latest, Optional.ofNullable(sidecars.get(file.resolveSibling(Sidecar.FOLDER_FILE))));
    }

    private static Instant later(Instant time, Optional<Instant> other) {
        return other.filter(time::isBefore).orElse(time);
    }

    private static Optional<String> sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(Sha256.of(in));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
