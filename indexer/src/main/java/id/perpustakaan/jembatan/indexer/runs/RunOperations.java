package id.perpustakaan.jembatan.indexer.runs;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import id.perpustakaan.jembatan.indexer.projection.ProjectionOperations;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.SourceRun;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Each source's latest run from the runs topic, one entry per source named by its id: the topic is keyed by source,
 * so its records come in the order they were written and the last one read is the latest run.
 */
public class RunOperations implements ProjectionOperations {

    private final String topic;
    private final Clock clock;

    public RunOperations(String runsTopic, Clock clock) {
        this.topic = runsTopic;
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
            String sourceId = record.key();
            if (record.value() == null) {
                // a source removed from the sources file, its run forgotten
                operations.add(new Operation(BulkOperation.of(op -> op.delete(d -> d.index(target.index())
                        .id(sourceId))), sourceId, null));
                continue;
            }
            SourceRun run;
            try {
                run = JembatanJson.mapper().readValue(record.value(), SourceRun.class);
            } catch (Exception e) {
                refused.add(ProjectionOperations.unreadable(record, null, e, clock.instant()));
                continue;
            }
            operations.add(new Operation(BulkOperation.of(op -> op.index(i -> i
                    .index(target.index())
                    .requireAlias(target.isAlias())
                    .id(sourceId)
                    .document(run))), sourceId, null));
        }
        return new Plan(operations, refused);
    }
}
