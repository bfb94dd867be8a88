package id.perpustakaan.jembatan.app.review.agenda;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.connectors.sidecar.Sidecar;
import id.perpustakaan.jembatan.connectors.upload.UploadInbox;
import id.perpustakaan.jembatan.connectors.upload.UploadMetadata;
import id.perpustakaan.jembatan.connectors.upload.UploadNames;
import id.perpustakaan.jembatan.connectors.upload.UploadSource;
import id.perpustakaan.jembatan.indexer.search.AgendaSearch;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceRef;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The library's own trainings, workshops and forums, as librarians enter them in the agenda form. Each is handed over
 * as an agency's upload is: its page and its facts (a sidecar) written into the inbox of the library's upload source
 * ({@code jembatan.agenda.source}), which the folder pipeline takes, so an event is a document like any other,
 * through Kafka, with the same guarantees. A change is the same key written again; a cancellation is the event
 * written again, called off.
 */
public class LibraryEvents {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final SourceCatalog sources;
    private final String sourceId;
    private final SearchService search;
    private final AgendaSearch agenda;
    private final Clock clock;

    public LibraryEvents(SourceCatalog sources, String sourceId, SearchService search, AgendaSearch agenda,
                         Clock clock) {
        this.sources = sources;
        this.sourceId = sourceId;
        this.search = search;
        this.agenda = agenda;
        this.clock = clock;
    }

    /** The library's upload source that takes its events, when one is configured. */
    public Optional<SourceDefinition> source() {
        return sources.all().stream().filter(source -> source.id().equals(sourceId)
                && UploadSource.KIND.equals(source.kind())).findFirst();
    }

    /** The id of the configured source, to name it when it is missing. */
    public String sourceId() {
        return sourceId;
    }

    /**
     * Hands the event over; a new one gets a key of its own.
     *
     * @return the event's key
     * @throws IllegalArgumentException with the pipeline's reason, when its sidecar would be refused
     */
    public String save(LibraryEventForm form, boolean cancelled) throws IOException {
        SourceDefinition source = source().orElseThrow(() -> new IllegalStateException("no upload source '"
                + sourceId + "' takes the library's events"));
        String key = form.key() != null && !form.key().isBlank() ? UploadNames.key(form.key().strip())
                : "acara-" + LocalDate.parse(form.date().strip()).format(DAY) + "-"
                        + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String fileName = UploadNames.fileName(key, "acara.html");
        byte[] sidecar = form.sidecar(cancelled);
        try {
            Sidecar.read(UploadMetadata.sidecarName(fileName), sidecar);
        } catch (ContentRejectedException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        new UploadInbox(FolderSource.inbox(source)).put(fileName, Optional.of(sidecar),
                new ByteArrayInputStream(form.page()));
        return key;
    }

    /** The published event of that key, as a form to change it. */
    public Optional<LibraryEventForm> form(String key) throws IOException {
        return published(key).filter(document -> document.event() != null)
                .map(document -> LibraryEventForm.of(key, document));
    }

    /** The published document of that key. */
    public Optional<Document> published(String key) throws IOException {
        return search.find(SourceRef.idOf(sourceId, UploadNames.key(key)));
    }

    /** The library's events that are not over, soonest first. */
    public List<Document> coming() throws IOException {
        SourceDefinition source = source().orElse(null);
        if (source == null) {
            return List.of();
        }
        return agenda.agenda(new AgendaSearch.AgendaQuery(clock.instant(), null, List.of(), List.of(),
                        List.of(source.agency().code()), 0, AgendaSearch.MAX_SIZE)).events().stream()
                .filter(document -> sourceId.equals(document.sourceId())).toList();
    }

    /** The key of one of the library's events, from where its document was found. */
    public static String keyOf(Document document) {
        return document.sources().stream().filter(place -> place.locator() != null).findFirst()
                .map(place -> UploadNames.keyOf(place.locator())).orElse(null);
    }
}
