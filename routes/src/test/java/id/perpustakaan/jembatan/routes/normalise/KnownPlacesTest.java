package id.perpustakaan.jembatan.routes.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.OriginalFile;
import id.perpustakaan.jembatan.model.SourceRef;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The harvest memory's places of a source: a document that moved is known at its new place only. */
class KnownPlacesTest {

    private final KnownRevisions revisions = new KnownRevisions();

    @Test
    void aDocumentMovedUnderTheSameRevisionIsKnownAtItsNewPlaceOnly() {
        revisions.remember(document(7, "jadwal.pdf"));
        Document moved = document(7, "2026/jadwal.pdf");

        assertThat(revisions.isNotOlder(moved)).as("the same revision with new places is taken").isTrue();
        revisions.remember(moved);

        assertThat(revisions.placesOf("disdik-mirror")).containsOnlyKeys("2026/jadwal.pdf");
        assertThat(revisions.placesOf("disdik-mirror").get("2026/jadwal.pdf")).satisfies(seen -> {
            assertThat(seen.originalSha256()).isEqualTo("sha");
            assertThat(seen.originalSize()).isEqualTo(1200);
            assertThat(seen.kind()).isEqualTo(DocumentKind.REGULATION);
        });
        assertThat(revisions.placesOf("other-source")).isEmpty();
        assertThat(revisions.isNotOlder(document(6, "jadwal.pdf"))).isFalse();
    }

    @Test
    void aForgottenDocumentLeavesItsPlaces() {
        revisions.remember(document(7, "jadwal.pdf"));

        revisions.forget("doc-1");

        assertThat(revisions.placesOf("disdik-mirror")).isEmpty();
    }

    private static Document document(long revision, String locator) {
        return new Document("doc-1", "disdik-mirror", new Agency("disdik", "Dinas Pendidikan"),
                DocumentKind.REGULATION, "Peraturan", null, "Pasal 1", null, "id", null,
                new OriginalFile("sha", "application/pdf", "jadwal.pdf", 1200, 1), null, null,
                Instant.ofEpochMilli(revision), null, null, List.of(), "hash", revision, null,
                List.of(new SourceRef("disdik-mirror", locator, null, null)), List.of(), null);
    }
}
