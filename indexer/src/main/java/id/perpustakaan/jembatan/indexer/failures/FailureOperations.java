package id.perpustakaan.jembatan.indexer.failures;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.JsonNode;
import id.perpustakaan.jembatan.indexer.projection.ProjectionOperations;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.FailureDismissal;
import id.perpustakaan.jembatan.model.JembatanJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The failures page from the dead-letter topic: one entry per failure, named by what identifies it (source, locator,
 * document, time), and a librarian's dismissal merged into the entry it names. Both are partial updates that create
 * the entry when missing, so neither undoes the other whichever is indexed first. A record that is neither is
 * skipped, never sent to the dead-letter topic: this projection reads that topic, and must not feed itself.
 */
public class FailureOperations implements ProjectionOperations {

    private final String topic;

    public FailureOperations(String deadletterTopic) {
        this.topic = deadletterTopic;
    }

    @Override
    public List<String> topics() {
        return List.of(topic);
    }

    @Override
    public Plan plan(List<ConsumerRecord<String, String>> records, Target target) {
        List<Operation> operations = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            if (record.value() == null) {
                continue;
            }
            JsonNode json;
            try {
                json = JembatanJson.mapper().readTree(record.value());
            } catch (Exception e) {
                continue;
            }
            if (json.has("dismissedAt")) {
                FailureDismissal dismissal = read(json, FailureDismissal.class);
                if (dismissal != null) {
                    String id = idOf(dismissal.sourceId(), dismissal.locator(), dismissal.documentId(),
                            dismissal.failedAt());
                    operations.add(upsert(target, id, Map.of("dismissal", fieldsOf(dismissal)),
                            dismissal.sourceId(), dismissal.documentId()));
                }
                continue;
            }
            DeadLetter letter = read(json, DeadLetter.class);
            if (letter != null) {
                Map<String, Object> fields = fieldsOf(letter);
                fields.put("group", letter.sourceId() == null ? "" : letter.sourceId());
                String id = idOf(letter.sourceId(), letter.locator(), letter.documentId(), letter.failedAt());
                operations.add(upsert(target, id, fields, letter.sourceId(), letter.documentId()));
            }
        }
        return new Plan(operations, List.of());
    }

    private static Operation upsert(Target target, String id, Map<String, Object> fields, String sourceId,
                                    String documentId) {
        return new Operation(BulkOperation.of(op -> op.update(u -> u
                .index(target.index())
                .requireAlias(target.isAlias())
                .id(id)
                .action(a -> a.doc(fields).docAsUpsert(true)))), sourceId, documentId);
    }

    /** The entry's name: what a dismissal repeats of the failure it sets aside. */
    static String idOf(String sourceId, String locator, String documentId, Instant failedAt) {
        String key = sourceId + "\u0000" + locator + "\u0000" + documentId + "\u0000" + failedAt;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static <T> T read(JsonNode json, Class<T> type) {
        try {
            return JembatanJson.mapper().treeToValue(json, type);
        } catch (Exception e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fieldsOf(Object value) {
        return new LinkedHashMap<>(JembatanJson.mapper().convertValue(value, Map.class));
    }
}
