package id.perpustakaan.jembatan.indexer.audit;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import id.perpustakaan.jembatan.indexer.projection.ProjectionOperations;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.ReviewDecision;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The audit from the reviews topic: each decision an entry of its own, named by its place in the topic, so that a
 * batch sent again or a rebuild writes the same entries and never a second copy.
 */
public class AuditOperations implements ProjectionOperations {

    private final String topic;
    private final Clock clock;

    public AuditOperations(String reviewsTopic, Clock clock) {
        this.topic = reviewsTopic;
        this.clock = clock;
    }

    @Override
    public List<String> topics() {
        return List.of(topic);
    }

    @Override
    public Plan plan(List<ConsumerRecord<String, String>> records, Target target) {
        List<Operation> operations = new ArrayList<>(records.size());
        List<DeadLetter> refused = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            if (record.value() == null) {
                continue;
            }
            ReviewDecision decision;
            try {
                decision = JembatanJson.mapper().readValue(record.value(), ReviewDecision.class);
            } catch (Exception e) {
                refused.add(ProjectionOperations.unreadable(record, record.key(), e, clock.instant()));
                continue;
            }
            AuditEntry entry = new AuditEntry(decision, record.partition(), record.offset());
            Map<String, Object> fields = entry.fields();
            operations.add(new Operation(BulkOperation.of(op -> op.index(i -> i
                    .index(target.index())
                    .requireAlias(target.isAlias())
                    .id(entry.id())
                    .document(fields))), null, decision.documentId()));
        }
        return new Plan(operations, refused);
    }
}
