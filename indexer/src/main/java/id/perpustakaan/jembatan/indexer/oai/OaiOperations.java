package id.perpustakaan.jembatan.indexer.oai;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.perpustakaan.jembatan.indexer.projection.ProjectionOperations;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.Klasifikasi;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The OAI-PMH records from the published topic. A record's datestamp is the moment its revision was written to the
 * topic (the Kafka record's timestamp), so a rebuild finds the same datestamps again and a harvester asking
 * {@code from} its last harvest sees each change once. A tombstone (a librarian's withdrawal) leaves a deleted
 * record behind, its sets kept, for harvesters to drop their copy: deleted records are persistent. A revision exempt
 * from disclosure (dikecualikan) deletes a record that was public, and creates none: an exempt document that never
 * was public is unknown to OAI-PMH.
 */
public class OaiOperations implements ProjectionOperations {

    /** What harvesters never see: the text is the portal's, and an OAI record describes the document. */
    private static final List<String> LEFT_OUT = List.of("text", "html");

    private static final ObjectMapper JSON = JembatanJson.mapper();

    private final String topic;
    private final Clock clock;

    public OaiOperations(String publishedTopic, Clock clock) {
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
            Instant datestamp = Instant.ofEpochMilli(record.timestamp());
            if (record.value() == null) {
                operations.add(deletion(target, id, datestamp, true, null));
                continue;
            }
            Document document;
            try {
                document = JSON.readValue(record.value(), Document.class);
            } catch (Exception e) {
                refused.add(ProjectionOperations.unreadable(record, id, e, clock.instant()));
                continue;
            }
            if (!Klasifikasi.isPublic(document.klasifikasi())) {
                operations.add(deletion(target, document.id(), datestamp, false, document.sourceId()));
                continue;
            }
            ObjectNode entry = entry(document, datestamp);
            operations.add(new Operation(BulkOperation.of(op -> op.index(i -> i
                    .index(target.index())
                    .requireAlias(target.isAlias())
                    .id(document.id())
                    .document(entry))), document.sourceId(), document.id()));
        }
        return new Plan(operations, refused);
    }

    static ObjectNode entry(Document document, Instant datestamp) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("id", document.id());
        entry.put("datestamp", datestamp.toString());
        entry.put("deleted", false);
        OaiSets.of(document).forEach(entry.putArray("sets")::add);
        OaiSets.labels(document).forEach(entry.putArray("setLabels")::add);
        ObjectNode described = JSON.valueToTree(document);
        described.remove(LEFT_OUT);
        described.withArray("attachments").forEach(attachment -> ((ObjectNode) attachment).remove("text"));
        entry.set("document", described);
        return entry;
    }

    /**
     * Marks the entry deleted, keeping its sets, by a partial update: the minimal Elasticsearch distribution has no
     * scripting. A withdrawal creates the deleted record if there is no entry (its revisions were compacted away);
     * an exemption changes only an entry that is there, and the node's "document missing" for one that is not is
     * acknowledged (BatchListener).
     */
    private static Operation deletion(Target target, String id, Instant datestamp, boolean create, String sourceId) {
        ObjectNode deleted = JSON.createObjectNode();
        deleted.put("id", id);
        deleted.put("deleted", true);
        deleted.put("datestamp", datestamp.toString());
        ObjectNode change = deleted.deepCopy();
        change.putNull("document");
        deleted.putArray("sets");
        return new Operation(BulkOperation.of(op -> op.update(u -> u
                .index(target.index())
                .requireAlias(target.isAlias())
                .id(id)
                .action(a -> create ? a.doc(change).upsert(deleted) : a.doc(change)))), sourceId, id);
    }
}
