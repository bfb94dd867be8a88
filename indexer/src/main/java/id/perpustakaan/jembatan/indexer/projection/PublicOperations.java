package id.perpustakaan.jembatan.indexer.projection;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import id.perpustakaan.jembatan.indexer.search.SearchFields;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.Klasifikasi;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The public index from the published topic: each revision indexed with its {@code revision} as external version,
 * so that a replayed or older revision never overwrites a newer one; a tombstone deletes, and so does a revision
 * exempt from disclosure (dikecualikan).
 */
public class PublicOperations implements ProjectionOperations {

    private final String topic;
    private final Clock clock;

    public PublicOperations(String publishedTopic, Clock clock) {
        this.topic = publishedTopic;
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
            String id = record.key();
            if (record.value() == null) {
                operations.add(new Operation(BulkOperation.of(op -> op.delete(d -> d.index(target.index()).id(id))),
                        null, id));
                continue;
            }
            Document document;
            try {
                document = JembatanJson.mapper().readValue(record.value(), Document.class);
            } catch (Exception e) {
                refused.add(ProjectionOperations.unreadable(record, record.key(), e, clock.instant()));
                continue;
            }
            if (!Klasifikasi.isPublic(document.klasifikasi())) {
                // exempt from disclosure: whatever put it on the published topic, the public index never holds it
                operations.add(new Operation(BulkOperation.of(op -> op.delete(d -> d.index(target.index()).id(id))),
                        document.sourceId(), id));
                continue;
            }
            operations.add(new Operation(BulkOperation.of(op -> op.index(i -> i
                    .index(target.index())
                    .requireAlias(target.isAlias())
                    .id(document.id())
                    .version(document.revision())
                    .versionType(VersionType.External)
                    .document(SearchFields.of(document)))), document.sourceId(), document.id()));
        }
        return new Plan(operations, refused);
    }
}
