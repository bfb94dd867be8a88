package id.perpustakaan.jembatan.app.review;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files the review pages and API hand out. */
final class ReviewDownloads {

    private ReviewDownloads() {
    }

    /** The audit as a CSV attachment; UTF-8 with a byte order mark, so spreadsheets read Indonesian names right. */
    static ResponseEntity<String> csv(String csv, String documentId) {
        String name = documentId == null ? "audit-jembatan.csv"
                : "audit-" + documentId.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body("\uFEFF" + csv);
    }
}
