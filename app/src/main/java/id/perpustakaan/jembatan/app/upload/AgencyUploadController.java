package id.perpustakaan.jembatan.app.upload;

import id.perpustakaan.jembatan.app.limits.RateLimits;
import id.perpustakaan.jembatan.connectors.upload.UploadMetadata;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Agencies' systems hand over documents the moment they are signed: the same way as a file dropped into the agency's
 * folder, so an upload is kept on disk until Kafka has it, and its status says where it stands.
 */
@RestController
@Tag(name = "Agency uploads", description = "for agencies' own systems, with a token of the agency")
@SecurityRequirement(name = UploadConfiguration.TOKEN_SCHEME)
class AgencyUploadController {

    /** What an upload, its status and a withdrawal answer. */
    record UploadAnswer(String documentId, String externalId, String status, String reason, URI statusUrl) {
    }

    private final AgencyUploads uploads;
    private final RateLimits perToken;
    private final UploadProperties settings;

    AgencyUploadController(AgencyUploads uploads, UploadProperties settings, Clock clock) {
        this.uploads = uploads;
        this.settings = settings;
        this.perToken = new RateLimits(settings.perMinute(), clock);
    }

    @Operation(summary = "Upload a document", description = "202: kept on disk and queued; the document id is"
            + " final. The same externalId again is a new revision of the same document (a replacement). 400:"
            + " metadata the pipeline would refuse; 409: the previous upload of that externalId is still queued; 413:"
            + " over jembatan.uploads.max-file-size; 503 with Retry-After: the disk cannot take it now.")
    @PostMapping(path = "/api/agencies/{code}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<UploadAnswer> upload(
            @PathVariable String code, Authentication token,
            @Parameter(description = "the document: PDF, DOCX, DOC, ODT, RTF, XLSX, HTML, TXT…")
            @RequestPart MultipartFile file,
            @Parameter(description = "your system's id for it, to replace or withdraw it later (letters, digits,"
                    + " '.', '_', '-')") @RequestParam(required = false) String externalId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String summary,
            @Parameter(description = "pengumuman, peraturan, program, acara, berita, lainnya (or the English words)")
            @RequestParam(required = false) String kind,
            @Parameter(description = "berkala, serta-merta, setiap-saat, dikecualikan")
            @RequestParam(required = false) String klasifikasi,
            @Parameter(description = "2025-12-31: valid to the end of that day (WIB)")
            @RequestParam(required = false) String validUntil,
            @Parameter(description = "repeat, or separate with commas") @RequestParam(required = false)
            List<String> tags) throws IOException {
        limit(token);
        if (file.getSize() > settings.maxFileSize().toBytes()) {
            throw UploadProblems.tooLarge(settings);
        }
        var metadata = new UploadMetadata(title, summary, kind, validUntil, tags, klasifikasi);
        AgencyUploads.Standing queued = uploads.upload(code, externalId, file.getOriginalFilename(), file.getSize(),
                metadata, file);
        UploadAnswer answer = answer(code, queued);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(answer.statusUrl()).body(answer);
    }

    @Operation(summary = "Where an upload stands", description = "queued (kept, not yet in the index: also while"
            + " Kafka is unreachable), refused (with the pipeline's reason: send a corrected file under the same"
            + " externalId), waiting-for-review, published, rejected, withdrawn (with the librarian's reason) or"
            + " withdrawal-requested (a regulation whose withdrawal waits for a librarian).")
    @GetMapping("/api/agencies/{code}/documents/{externalId}/status")
    UploadAnswer status(@PathVariable String code, @PathVariable String externalId, Authentication token)
            throws IOException {
        limit(token);
        return answer(code, uploads.standing(code, externalId));
    }

    @Operation(summary = "Withdraw an upload", description = "A published document leaves the public; one waiting"
            + " for review is rejected. A public regulation is withdrawn by a librarian only: it stays public, its status"
            + " says withdrawal-requested until a librarian signs the withdrawal off (then withdrawn) or keeps it"
            + " public (then published).")
    @DeleteMapping("/api/agencies/{code}/documents/{externalId}")
    ResponseEntity<UploadAnswer> withdraw(@PathVariable String code, @PathVariable String externalId,
                                          @RequestParam(required = false) String reason, Authentication token)
            throws IOException {
        limit(token);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(answer(code,
                uploads.withdraw(code, externalId, reason)));
    }

    private void limit(Authentication token) {
        OptionalLong wait = perToken.take(((AgencyTokenAuthentication) token).token().tokenId());
        if (wait.isPresent()) {
            throw UploadProblems.tooManyRequests(wait.getAsLong());
        }
    }

    private static UploadAnswer answer(String code, AgencyUploads.Standing standing) {
        return new UploadAnswer(standing.documentId(), standing.externalId(), standing.status().word,
                standing.reason(), URI.create("/api/agencies/" + code + "/documents/" + standing.externalId()
                + "/status"));
    }
}
