package id.perpustakaan.jembatan.indexer.audit;

import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.ReviewDecision;
import java.util.LinkedHashMap;
import java.util.Map;

/** One decision in the audit index, with its place in the reviews topic (its name, and the order of equal times). */
record AuditEntry(ReviewDecision decision, int partition, long offset) {

    String id() {
        return partition + "-" + offset;
    }

    /** The decision's own fields as the topic has them, and where it stands in the topic. */
    @SuppressWarnings("unchecked")
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>(JembatanJson.mapper().convertValue(decision, Map.class));
        fields.put("partition", partition);
        fields.put("offset", offset);
        return fields;
    }
}
