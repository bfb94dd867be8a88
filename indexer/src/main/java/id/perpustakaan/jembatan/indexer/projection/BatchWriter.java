package id.perpustakaan.jembatan.indexer.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import id.perpustakaan.jembatan.indexer.IndexerProperties;
import id.perpustakaan.jembatan.model.DeadLetter;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Sends a batch of records to Elasticsearch through the bulk ingester and waits until every operation has an
 * answer. Used by the live projections and by rebuilds alike.
 */
public final class BatchWriter implements AutoCloseable {

    /**
     * What became of a batch.
     *
     * @param retryReason why the batch must be sent again, or {@code null} when every record has its answer
     */
    public record Outcome(int acknowledged, List<DeadLetter> refused, String retryReason) {

        public boolean done() {
            return retryReason == null;
        }
    }

    private final ProjectionOperations operations;
    private final IndexerProperties properties;
    private final Clock clock;
    private final BulkIngester<BatchListener.Item> ingester;

    public BatchWriter(ElasticsearchClient client, ProjectionOperations operations, IndexerProperties properties,
                       Clock clock) {
        this.operations = operations;
        this.properties = properties;
        this.clock = clock;
        this.ingester = BulkIngester.of(b -> b
                .client(client)
                .listener(new BatchListener())
                .maxOperations(properties.maxPollRecords())
                .maxConcurrentRequests(properties.bulkConcurrency()));
    }

    public ProjectionOperations operations() {
        return operations;
    }

    public Outcome write(List<ConsumerRecord<String, String>> records, ProjectionOperations.Target target)
            throws InterruptedException {
        ProjectionOperations.Plan plan;
        try {
            plan = operations.plan(records, target);
        } catch (Exception e) {
            return new Outcome(0, List.of(), "cannot read " + target.index() + ": " + e);
        }
        Batch batch = new Batch(plan.operations().size(), clock);
        for (ProjectionOperations.Operation operation : plan.operations()) {
            ingester.add(operation.bulk(), new BatchListener.Item(batch, operation.sourceId(), operation.documentId()));
        }
        ingester.flush();
        if (!batch.await(properties.acknowledgeTimeout())) {
            return new Outcome(0, List.of(), "Elasticsearch did not answer within "
                    + properties.acknowledgeTimeout().toSeconds() + " s");
        }
        if (batch.transientFailure() != null) {
            return new Outcome(0, List.of(), batch.transientFailure());
        }
        List<DeadLetter> refused = new java.util.ArrayList<>(plan.refused());
        refused.addAll(batch.rejected());
        return new Outcome(batch.acknowledgedCount(), List.copyOf(refused), null);
    }

    @Override
    public void close() {
        ingester.close();
    }
}
