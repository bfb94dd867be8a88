package id.perpustakaan.jembatan.app.web;

import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.routes.archive.OriginalArchive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A published document, and its original exactly as the agency published it. */
@RestController
class DocumentController {

    private final SearchService search;
    private final OriginalArchive archive;

    DocumentController(SearchService search, OriginalArchive archive) {
        this.search = search;
        this.archive = archive;
    }

    static String href(String id) {
        return "/api/documents/" + id;
    }

    static String originalHref(String id) {
        return href(id) + "/original";
    }

    /**
     * The document; for the id of a sighting merged into another document (an attachment seen first at another
     * agency), a redirect to that one: the link stays good without rewriting the pages that carry it.
     */
    @GetMapping("/api/documents/{id}")
    ResponseEntity<Document> document(@PathVariable String id) throws IOException {
        Optional<Document> document = search.find(id);
        if (document.isPresent()) {
            return ResponseEntity.ok(document.get());
        }
        return redirect(href(survivorOf(id)));
    }

    @GetMapping("/api/documents/{id}/original")
    ResponseEntity<Resource> original(@PathVariable String id) throws IOException {
        Document document = search.find(id).orElse(null);
        if (document == null) {
            return redirect(originalHref(survivorOf(id)));
        }
        if (document.original() == null) {
            throw new NotFoundException("document '" + id + "' has no original file");
        }
        var file = archive.find(document.original().sha256()).orElseThrow(() -> new NotFoundException(
                "the original of document '" + id + "' is not in the archive of originals"));
        return ResponseEntity.ok()
                .contentType(mediaType(document.original().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(document.original().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                // an original never changes under its sha256
                .eTag("\"" + document.original().sha256() + "\"")
                .body(new OriginalResource(file, document.original().sha256()));
    }

    private String survivorOf(String id) throws IOException {
        return search.mergedInto(id).orElseThrow(() -> new NotFoundException("no published document '" + id + "'"));
    }

    /** 302, not 301: the surviving document may itself be withdrawn or merged again later. */
    private static <T> ResponseEntity<T> redirect(String href) {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(href)).build();
    }

    private static String attachment(String fileName) {
        var disposition = ContentDisposition.attachment();
        // RFC 5987 encoding only where needed: plain names stay readable to every client
        boolean ascii = fileName.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return (ascii ? disposition.filename(fileName) : disposition.filename(fileName, StandardCharsets.UTF_8))
                .build().toString();
    }

    private static MediaType mediaType(String value) {
        try {
            return value == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(value);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
