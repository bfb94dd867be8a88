package id.perpustakaan.jembatan.routes.mirror;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.OriginalFile;
import id.perpustakaan.jembatan.model.Provenance;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.SourceRef;
import id.perpustakaan.jembatan.routes.normalise.KnownRevisions;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import id.perpustakaan.jembatan.routes.publish.PublishRoutes;
import id.perpustakaan.jembatan.routes.publish.WithdrawalRoutes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.camel.builder.RouteBuilder;

/**
 * What comes after a look at a mirrored folder, stood in for as the real routes behave once Kafka acknowledged:
 * normalising and publishing remember the document in the harvest memory, withdrawing forgets it (a regulation's
 * only asks, and stays known until a librarian answers), and dead letters are kept for the test to read.
 */
public final class MirrorStandIns extends RouteBuilder {

    public final KnownRevisions revisions = new KnownRevisions();
    public final List<RawContent> ingested = new CopyOnWriteArrayList<>();
    /** What each ingested copy held when it was published: the copy itself is gone once its exchange is done. */
    public final List<String> contents = new CopyOnWriteArrayList<>();
    public final List<Removal> removals = new CopyOnWriteArrayList<>();
    public final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    /** While set, publishing fails as it does while Kafka is away: nothing is remembered. */
    public final AtomicBoolean kafkaAway = new AtomicBoolean();

    private final String ingest;

    /** Standing in for everything after a source hands its content over. */
    public MirrorStandIns() {
        this(NormaliseRoute.INGEST);
    }

    /** Standing in for what comes after {@code ingest}, e.g. the normalisation of a table's rows. */
    public MirrorStandIns(String ingest) {
        this.ingest = ingest;
    }

    @Override
    public void configure() {
        from(ingest).errorHandler(noErrorHandler()).process(exchange -> {
            if (kafkaAway.get()) {
                throw new IllegalStateException("Kafka unreachable");
            }
            RawContent raw = exchange.getMessage().getBody(RawContent.class);
            try (InputStream in = raw.body().open()) {
                contents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            revisions.remember(published(raw));
            ingested.add(raw);
        });
        from(WithdrawalRoutes.WITHDRAW).process(exchange -> {
            Removal removal = exchange.getMessage().getBody(Removal.class);
            removals.add(removal);
            if (!removal.regulation()) {
                revisions.forget(removal.documentId());
            }
        });
        from(PublishRoutes.DEADLETTER).process(e -> deadLetters.add(e.getMessage().getBody(DeadLetter.class)));
    }

    /** The content taken from that place, the latest first. */
    public RawContent ingested(String locator) {
        for (int i = ingested.size() - 1; i >= 0; i--) {
            if (ingested.get(i).locator().equals(locator)) {
                return ingested.get(i);
            }
        }
        throw new AssertionError("nothing was taken from " + locator);
    }

    /** What the documents topic would hold for it: enough for the harvest memory. */
    private static Document published(RawContent raw) {
        String id = SourceRef.idOf(raw.sourceId(), raw.movedFrom() == null ? raw.locator() : raw.movedFrom());
        DocumentKind kind = raw.declared() != null && raw.declared().kind() != null ? raw.declared().kind()
                : DocumentKind.OTHER;
        return new Document(id, raw.sourceId(), new Agency("dinsos", "Dinas Sosial"), kind, raw.fileName(), null,
                "text", null, "id", null, new OriginalFile(raw.sha256(), "text/plain", raw.fileName(), raw.size(),
                null), null, null, Instant.now(), null, null, List.of(), raw.sha256(), System.nanoTime(),
                new Provenance(raw.connector(), raw.fetchedAt(), null, raw.lastModified(), null, false, null),
                List.of(new SourceRef(raw.sourceId(), raw.locator(), null, null)), List.of(), null);
    }

    /** Every file and folder under a folder, with its size and time: what a look must leave as it found it. */
    public static Map<String, String> onDisk(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            Map<String, String> found = new TreeMap<>();
            paths.forEach(path -> {
                try {
                    found.put(folder.relativize(path).toString(), Files.isDirectory(path) ? "folder"
                            : Files.size(path) + " bytes, " + Files.getLastModifiedTime(path));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
