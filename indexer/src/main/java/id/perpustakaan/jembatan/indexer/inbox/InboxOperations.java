package id.perpustakaan.jembatan.indexer.inbox;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.perpustakaan.jembatan.indexer.projection.ProjectionOperations;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.ReviewDecision;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The inbox from the documents and reviews topics. The cluster has no scripting to merge a decision into a stored
 * document, so each batch reads the entries it touches (a realtime multi-get), folds the records into them in
 * order, and writes whole entries with {@link InboxEntry#version()} as external version: equal versions may be
 * written again (a repeated batch writes the same entry), lower ones are refused.
 */
public class InboxOperations implements ProjectionOperations {

    private final ElasticsearchClient client;
    private final String documentsTopic;
    private final String reviewsTopic;
    private final Clock clock;

    public InboxOperations(ElasticsearchClient client, String documentsTopic, String reviewsTopic, Clock clock) {
        this.client = client;
        this.clock = clock;
        this.documentsTopic = documentsTopic;
        this.reviewsTopic = reviewsTopic;
    }

    @Override
    public List<String> topics() {
        return List.of(documentsTopic, reviewsTopic);
    }

    @Override
    public Plan plan(List<ConsumerRecord<String, String>> records, Target target) throws IOException {
        Map<String, List<ConsumerRecord<String, String>>> byDocument = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            byDocument.computeIfAbsent(record.key(), id -> new ArrayList<>()).add(record);
        }
        Map<String, InboxEntry> current = read(target.index(), List.copyOf(byDocument.keySet()));
        List<Operation> operations = new ArrayList<>(byDocument.size());
        List<DeadLetter> refused = new ArrayList<>();
        byDocument.forEach((id, recordsOfDocument) -> {
            InboxEntry entry = current.getOrDefault(id, InboxEntry.EMPTY);
            boolean removed = false;
            for (ConsumerRecord<String, String> record : recordsOfDocument) {
                try {
                    if (record.value() == null) {
                        // the source removed it: the inbox forgets it, the reviews topic keeps its history
                        entry = InboxEntry.EMPTY;
                        removed = true;
                    } else if (record.topic().equals(documentsTopic)) {
                        entry = entry.with(JembatanJson.mapper().readValue(record.value(), Document.class));
                        removed = false;
                    } else if (!removed) {
                        // a decision read after its document's tombstone (a source's withdrawal writes both) does
                        // not bring the forgotten entry back
                        entry = entry.with(JembatanJson.mapper().readValue(record.value(), ReviewDecision.class));
                    }
                } catch (Exception e) {
                    refused.add(ProjectionOperations.unreadable(record, id, e, clock.instant()));
                }
            }
            operations.add(operation(id, entry, removed, target));
        });
        return new Plan(operations, refused);
    }

    private static Operation operation(String id, InboxEntry entry, boolean delete, Target target) {
        if (delete) {
            return new Operation(BulkOperation.of(op -> op.delete(d -> d.index(target.index()).id(id))), null, id);
        }
        ObjectNode json = entry.toJson();
        String sourceId = entry.document() == null ? null : entry.document().sourceId();
        return new Operation(BulkOperation.of(op -> op.index(i -> i
                .index(target.index())
                .requireAlias(target.isAlias())
                .id(id)
                .version(entry.version())
                .versionType(VersionType.ExternalGte)
                .document(json))), sourceId, id);
    }

    private Map<String, InboxEntry> read(String index, List<String> ids) throws IOException {
        Map<String, InboxEntry> entries = new HashMap<>();
        var response = client.mget(m -> m.index(index).ids(ids), ObjectNode.class);
        for (MultiGetResponseItem<ObjectNode> item : response.docs()) {
            if (item.isFailure()) {
                throw new IOException("cannot read inbox entry " + item.failure().id() + ": "
                        + item.failure().error().reason());
            }
            if (item.result().found() && item.result().source() != null) {
                entries.put(item.result().id(), InboxEntry.fromJson(item.result().source()));
            }
        }
        return entries;
    }
}
