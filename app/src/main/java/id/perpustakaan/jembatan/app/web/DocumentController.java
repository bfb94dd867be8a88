package id.perpustakaan.jembatan.app.web;

import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.routes.archive.OriginalArchive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

    @GetMapping("/api/documents/{id}")
    Document document(@PathVariable String id) throws IOException {
        return search.find(id).orElseThrow(() -> new NotFoundException("no published document '" + id + "'"));
    }

    @GetMapping("/api/documents/{id}/original")
    ResponseEntity<Resource> original(@PathVariable String id) throws IOException {
        Document document = document(id);
        if (document.original() == null) {
            throw new NotFoundException("document '" + id + "' has no original file");
        }
        Path file = archive.find(document.original().sha256()).orElseThrow(() -> new NotFoundException(
                "the original of document '" + id + "' is not in this instance's archive"));
        return ResponseEntity.ok()
                .contentType(mediaType(document.original().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(document.original().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                // an original never changes under its sha256
                .eTag("\"" + document.original().sha256() + "\"")
                .body(new FileSystemResource(file));
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
