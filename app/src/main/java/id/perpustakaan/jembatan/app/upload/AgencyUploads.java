package id.perpustakaan.jembatan.app.upload;

import id.perpustakaan.jembatan.app.review.ReviewActions;
import id.perpustakaan.jembatan.app.web.NotFoundException;
import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.connectors.upload.UploadInbox;
import id.perpustakaan.jembatan.connectors.upload.UploadMetadata;
import id.perpustakaan.jembatan.connectors.upload.UploadNames;
import id.perpustakaan.jembatan.connectors.upload.UploadSource;
import id.perpustakaan.jembatan.indexer.inbox.InboxEntry;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceRef;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;

/**
 * What an agency's system can do through the upload API: hand over a file (written into the agency's upload inbox,
 * where the folder pipeline takes it), ask where it stands, and withdraw it. The document of an upload is its
 * source's and its key's ({@link UploadNames}): the id is known before the file is even read.
 */
class AgencyUploads {

    /** Where an upload stands, as the agency's system reads it. */
    enum Status {
        QUEUED("queued"), REFUSED("refused"), WAITING_FOR_REVIEW("waiting-for-review"), PUBLISHED("published"),
        REJECTED("rejected"), WITHDRAWN("withdrawn"), WITHDRAWAL_REQUESTED("withdrawal-requested");

        final String word;

        Status(String word) {
            this.word = word;
        }
    }

    /** @param reason why it was refused, rejected, withdrawn or asked to be withdrawn; else null */
    record Standing(String documentId, String externalId, Status status, String reason) {
    }

    private static final Logger log = LoggerFactory.getLogger(AgencyUploads.class);

    private final SourceCatalog sources;
    private final InboxSearch inbox;
    private final ReviewActions reviews;
    private final long minFreeSpace;
    /** One upload of a key at a time here, so that two requests never write the same inbox file. */
    private final Map<String, Object> keys = new ConcurrentHashMap<>();

    AgencyUploads(SourceCatalog sources, InboxSearch inbox, ReviewActions reviews, long minFreeSpace) {
        this.sources = sources;
        this.inbox = inbox;
        this.reviews = reviews;
        this.minFreeSpace = minFreeSpace;
    }

    /** The agency's upload source. */
    SourceDefinition sourceOf(String agencyCode) {
        return sources.all().stream()
                .filter(source -> UploadSource.KIND.equals(source.kind())
                        && source.agency().code().equals(agencyCode))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("agency '" + agencyCode + "' takes no uploads: the library"
                        + " adds a source of kind 'upload' for it to the sources file (see the README)"));
    }

    /**
     * Writes the upload into the agency's inbox.
     *
     * @param externalId the agency's own id for it, or null for a new upload id
     */
    Standing upload(String agencyCode, String externalId, String sentName, long size, UploadMetadata metadata,
                    InputStreamSource content) throws IOException {
        SourceDefinition source = sourceOf(agencyCode);
        String key = externalId == null || externalId.isBlank() ? UploadNames.newUploadId()
                : UploadNames.key(externalId.strip());
        String fileName = UploadNames.fileName(key, sentName);
        Optional<byte[]> sidecar = metadata.sidecar(fileName);
        if (size == 0) {
            throw new IllegalArgumentException("the file is empty (0 bytes): send the document itself");
        }
        var uploads = new UploadInbox(FolderSource.inbox(source));
        synchronized (keys.computeIfAbsent(source.id() + "/" + key, k -> new Object())) {
            Optional<Path> pending = uploads.pending(key);
            if (pending.isPresent()) {
                throw UploadProblems.conflict("Previous upload still queued", "the upload '" + key + "' sent"
                        + " before is still being processed (it waits while Kafka is unreachable): send the"
                        + " replacement once its status is no longer 'queued'");
            }
            Path folder = Files.createDirectories(uploads.path());
            long usable = Files.getFileStore(folder).getUsableSpace();
            if (usable - size < minFreeSpace) {
                log.warn("agency '{}': an upload of {} bytes refused, the disk of {} has {} bytes free",
                        agencyCode, size, folder, usable);
                throw UploadProblems.unavailable(300, "Disk full", "the library's disk cannot take this upload"
                        + " now; nothing was kept: send it again later");
            }
            try (InputStream in = content.getInputStream()) {
                uploads.put(fileName, sidecar, in);
            } catch (IOException e) {
                log.warn("agency '{}': upload '{}' could not be written into {}: {}", agencyCode, key, folder,
                        e.toString());
                throw UploadProblems.unavailable(60, "Upload not kept", "the upload could not be written to the"
                        + " library's disk; nothing was kept: send it again in a minute");
            }
        }
        log.info("agency '{}': upload '{}' queued as {}", agencyCode, key, fileName);
        return new Standing(SourceRef.idOf(source.id(), key), key, Status.QUEUED, null);
    }

    /** Where the upload of this key is: on the inbox's disk, then in the librarians' inbox index. */
    Standing standing(String agencyCode, String externalId) throws IOException {
        SourceDefinition source = sourceOf(agencyCode);
        String key = UploadNames.key(externalId);
        String documentId = SourceRef.idOf(source.id(), key);
        UploadInbox.Place place = new UploadInbox(FolderSource.inbox(source)).find(key);
        switch (place.stage()) {
            case QUEUED -> {
                return new Standing(documentId, key, Status.QUEUED, null);
            }
            case REFUSED -> {
                return new Standing(documentId, key, Status.REFUSED, place.reason());
            }
            default -> {
            }
        }
        Optional<InboxEntry> entry = inbox.entry(documentId);
        if (entry.isEmpty() || entry.get().document() == null) {
            if (place.stage() == UploadInbox.Stage.HANDED_OVER) {
                // Kafka has it; the indices follow in a moment
                return new Standing(documentId, key, Status.QUEUED, null);
            }
            throw new NotFoundException("agency '" + agencyCode + "' has no upload '" + key + "': check the"
                    + " externalId (or the uploadId the upload answered with)");
        }
        InboxEntry found = entry.get();
        String reason = found.decision() == null ? null : found.decision().reason();
        return switch (found.state()) {
            case PENDING -> new Standing(documentId, key, Status.WAITING_FOR_REVIEW, null);
            case PUBLISHED, AUTO_PUBLISHED -> new Standing(documentId, key, Status.PUBLISHED, null);
            case REJECTED -> new Standing(documentId, key, Status.REJECTED, reason);
            case WITHDRAWN -> new Standing(documentId, key, Status.WITHDRAWN, reason);
            case WITHDRAWAL_REQUESTED -> new Standing(documentId, key, Status.WITHDRAWAL_REQUESTED, reason);
        };
    }

    /**
     * The agency withdraws its upload: a published document leaves the public, one still waiting for review is
     * rejected. A public regulation is withdrawn by a librarian only (DESIGN.md): the agency's withdrawal becomes a
     * request the review desk answers, and the regulation stays public until a librarian signs it off.
     */
    Standing withdraw(String agencyCode, String externalId, String reason) throws IOException {
        Standing standing = standing(agencyCode, externalId);
        String why = reason == null || reason.isBlank() ? "withdrawn by the agency" : reason.strip();
        String by = ReviewDecision.byAgency(agencyCode);
        switch (standing.status()) {
            case QUEUED -> throw UploadProblems.conflict("Upload still queued", "the upload '"
                    + standing.externalId() + "' is still being processed: withdraw it once its status is no"
                    + " longer 'queued'");
            case REFUSED, REJECTED, WITHDRAWN, WITHDRAWAL_REQUESTED -> {
                return standing;
            }
            default -> {
            }
        }
        InboxEntry entry = inbox.entry(standing.documentId()).orElseThrow();
        if (entry.document().kind() == DocumentKind.REGULATION && entry.publishedRevision() != null) {
            reviews.requestWithdrawal(standing.documentId(), why, by);
            log.info("agency '{}': withdrawal of regulation upload '{}' asked; a librarian signs it off", agencyCode,
                    standing.externalId());
            return new Standing(standing.documentId(), standing.externalId(), Status.WITHDRAWAL_REQUESTED, why);
        }
        if (standing.status() == Status.WAITING_FOR_REVIEW) {
            reviews.reject(standing.documentId(), null, why, by);
            return new Standing(standing.documentId(), standing.externalId(), Status.REJECTED, why);
        }
        reviews.withdraw(standing.documentId(), why, by);
        log.info("agency '{}': upload '{}' withdrawn by the agency", agencyCode, standing.externalId());
        return new Standing(standing.documentId(), standing.externalId(), Status.WITHDRAWN, why);
    }
}
