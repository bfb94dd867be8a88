package id.perpustakaan.jembatan.routes.publish;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {

    private final ReviewRules rules = new ReviewRules(List.of(DocumentKind.REGULATION));

    @Test
    void anAutoSourcePublishesAtOnce() {
        assertThat(rules.publishAtOnce(source(ReviewPolicy.AUTO), document(DocumentKind.ANNOUNCEMENT))).isTrue();
    }

    @Test
    void aRequiredSourceWaitsForALibrarian() {
        assertThat(rules.publishAtOnce(source(ReviewPolicy.REQUIRED), document(DocumentKind.NEWS))).isFalse();
    }

    @Test
    void aRegulationWaitsForALibrarianEvenFromAnAutoSource() {
        assertThat(rules.publishAtOnce(source(ReviewPolicy.AUTO), document(DocumentKind.REGULATION))).isFalse();
    }

    @Test
    void withoutRequiredKindsOnlyTheSourceDecides() {
        assertThat(new ReviewRules(null).publishAtOnce(source(ReviewPolicy.AUTO), document(DocumentKind.REGULATION)))
                .isTrue();
    }

    @Test
    void whatIsExemptFromDisclosureNeverReachesThePublicAtOnce() {
        Document exempt = new Document("d", "hukum-inbox", new Agency("hukum", "Bagian Hukum"),
                DocumentKind.ANNOUNCEMENT, "t", null, "x", null, "id", null, null, null, null, null, null, null,
                List.of(), "h", 1, null, List.of(), List.of(), null, Klasifikasi.DIKECUALIKAN);

        assertThat(new ReviewRules(null).publishAtOnce(source(ReviewPolicy.AUTO), exempt)).isFalse();
    }

    @Test
    void theLogSaysWhyARevisionWaits() {
        assertThat(rules.waitsFor(source(ReviewPolicy.AUTO), document(DocumentKind.ANNOUNCEMENT))).isEmpty();
        assertThat(rules.waitsFor(source(ReviewPolicy.AUTO), document(DocumentKind.REGULATION))).contains(
                "a regulation always waits for a librarian (jembatan.review.required-kinds)");
        assertThat(rules.waitsFor(source(ReviewPolicy.REQUIRED), document(DocumentKind.NEWS)))
                .contains("its source has review: required");
    }

    private static SourceDefinition source(ReviewPolicy review) {
        return new SourceDefinition("hukum-inbox", new Agency("hukum", "Bagian Hukum"), "folder", "/tmp",
                Duration.ofSeconds(5), review, DocumentKind.OTHER);
    }

    private static Document document(DocumentKind kind) {
        return new Document("d", "hukum-inbox", new Agency("hukum", "Bagian Hukum"), kind, "t", null, "x", null, "id",
                null, null, null, null, null, null, null, List.of(), "h", 1, null, List.of(), List.of(), null);
    }
}
