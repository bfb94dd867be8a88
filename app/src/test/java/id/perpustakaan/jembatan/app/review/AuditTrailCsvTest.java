package id.perpustakaan.jembatan.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewEdits;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditTrailCsvTest {

    private static final Instant AT = Instant.parse("2025-03-04T02:00:00Z");

    @Test
    void quotesReasonsWithCommasAndQuotes() {
        String csv = AuditTrail.csv(List.of(new ReviewDecision("d1", 5, "h", ReviewAction.REJECT, "siti", AT,
                "iklan, kata \"Dinas\"")));

        assertThat(csv).isEqualTo("at,documentId,revision,action,by,reason,edits,publishedRevision,contentHash\r\n"
                + "2025-03-04T02:00:00Z,d1,5,REJECT,siti,\"iklan, kata \"\"Dinas\"\"\",,,h\r\n");
    }

    @Test
    void keepsAReasonThatLooksLikeAFormulaAsText() {
        String csv = AuditTrail.csv(List.of(new ReviewDecision("d1", 5, "h", ReviewAction.REJECT, "siti", AT,
                "=HYPERLINK(\"http://contoh\")")));

        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://contoh\"\")\",");
    }

    @Test
    void namesTheEditedFields() {
        ReviewDecision approval = new ReviewDecision("d1", 5, "h", ReviewAction.APPROVE, "siti", AT, null,
                new ReviewEdits("Judul Baru", DocumentKind.ANNOUNCEMENT, List.of("a", "b"), null, null), 7L);

        assertThat(AuditTrail.csv(List.of(approval))).contains(",title=Judul Baru; kind=ANNOUNCEMENT; tags=a b,7,h");
    }
}
