package id.perpustakaan.jembatan.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
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
}
