package id.perpustakaan.jembatan.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewDecisionJsonTest {

    @Test
    void aDecisionKeepsItsContractNamesAndReadsBack() throws Exception {
        ReviewDecision decision = new ReviewDecision("disdik-inbox-5f0c", 1741053600000L, "3b8f", ReviewAction.REJECT,
                "pustakawan", Instant.parse("2025-03-04T02:00:00Z"), "bukan informasi publik");

        String json = JembatanJson.mapper().writeValueAsString(decision);
        JsonNode tree = JembatanJson.mapper().readTree(json);

        assertThat(tree.fieldNames()).toIterable().containsExactly("documentId", "revision", "contentHash", "action",
                "by", "at", "reason");
        assertThat(tree.get("action").asText()).isEqualTo("REJECT");
        assertThat(tree.get("at").asText()).isEqualTo("2025-03-04T02:00:00Z");
        assertThat(JembatanJson.mapper().readValue(json, ReviewDecision.class)).isEqualTo(decision);
    }

    @Test
    void anApprovalWithEditsCarriesThemAndTheRevisionItPublishedUnder() throws Exception {
        ReviewEdits edits = new ReviewEdits("Pengumuman Beasiswa 2025", DocumentKind.ANNOUNCEMENT, List.of("beasiswa"),
                Instant.parse("2025-03-31T16:59:59Z"), null);
        ReviewDecision decision = new ReviewDecision("disdik-inbox-5f0c", 1741053600000L, "3b8f", ReviewAction.APPROVE,
                "pustakawan", Instant.parse("2025-03-04T02:00:00Z"), null, edits, 1741053700000L);

        String json = JembatanJson.mapper().writeValueAsString(decision);
        JsonNode tree = JembatanJson.mapper().readTree(json);

        assertThat(tree.fieldNames()).toIterable().containsExactly("documentId", "revision", "contentHash", "action",
                "by", "at", "edits", "publishedRevision");
        assertThat(tree.get("edits").fieldNames()).toIterable().containsExactly("title", "kind", "tags",
                "validUntil");
        assertThat(JembatanJson.mapper().readValue(json, ReviewDecision.class)).isEqualTo(decision);
    }

    @Test
    void aDecisionWrittenBeforeEditsExistedStillReads() throws Exception {
        String old = "{\"documentId\":\"d\",\"revision\":5,\"contentHash\":\"h\",\"action\":\"APPROVE\","
                + "\"by\":\"pustakawan\",\"at\":\"2025-03-04T02:00:00Z\"}";

        ReviewDecision decision = JembatanJson.mapper().readValue(old, ReviewDecision.class);

        assertThat(decision.edits()).isNull();
        assertThat(decision.publishedRevision()).isNull();
        assertThat(decision.revision()).isEqualTo(5);
    }

    @Test
    void emptyEditsAreNoEdits() {
        ReviewDecision decision = new ReviewDecision("d", 5, "h", ReviewAction.APPROVE, "pustakawan",
                Instant.parse("2025-03-04T02:00:00Z"), null, new ReviewEdits(null, null, null, null, null), null);

        assertThat(decision.edits()).isNull();
    }
}
