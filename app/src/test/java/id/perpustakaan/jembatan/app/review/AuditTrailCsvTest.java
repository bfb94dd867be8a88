package id.perpustakaan.jembatan.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewEdits;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditTrailCsvTest {

    private static final Instant AT = Instant.parse("2025-03-04T02:00:00Z");

    @Test
    void namesTheDocumentByItsTitleAndTellsTheTimeInWib() {
        String csv = AuditTrail.csv(List.of(new ReviewDecision("d1", 5, "h", ReviewAction.APPROVE, "siti",
                Instant.parse("2026-11-17T17:00:00Z"), null)), Map.of("d1", "Jadwal Posyandu"));

        assertThat(csv).contains("\r\n2026-11-18 00:00:00,d1,Jadwal Posyandu,5,APPROVE,siti,");
    }

    @Test
    void quotesReasonsWithCommasAndQuotes() {
        String csv = AuditTrail.csv(List.of(new ReviewDecision("d1", 5, "h", ReviewAction.REJECT, "siti", AT,
                "iklan, kata \"Dinas\"")), Map.of("d1", "Pengumuman Lelang"));

        assertThat(csv).isEqualTo("at (WIB),documentId,title,revision,action,by,reason,edits,publishedRevision,"
                + "contentHash\r\n"
                + "2025-03-04 09:00:00,d1,Pengumuman Lelang,5,REJECT,siti,\"iklan, kata \"\"Dinas\"\"\",,,h\r\n");
    }

    @Test
    void keepsAReasonThatLooksLikeAFormulaAsText() {
        String csv = AuditTrail.csv(List.of(new ReviewDecision("d1", 5, "h", ReviewAction.REJECT, "siti", AT,
                "=HYPERLINK(\"http://contoh\")")), Map.of());

        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://contoh\"\")\",");
    }

    @Test
    void namesTheEditedFields() {
        ReviewDecision approval = new ReviewDecision("d1", 5, "h", ReviewAction.APPROVE, "siti", AT, null,
                new ReviewEdits("Judul Baru", DocumentKind.ANNOUNCEMENT, List.of("a", "b"), null, null), 7L);

        assertThat(AuditTrail.csv(List.of(approval), Map.of())).contains(",title=Judul Baru; kind=ANNOUNCEMENT; tags=a b,7,h");
    }
}
