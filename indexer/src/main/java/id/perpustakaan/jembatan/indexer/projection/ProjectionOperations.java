package id.perpustakaan.jembatan.indexer.projection;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import id.perpustakaan.jembatan.model.DeadLetter;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** How the records of a projection's topics become bulk operations on an index. */
public interface ProjectionOperations {

    /** The topics the projection reads. */
    List<String> topics();

    /**
     * The operations that bring the target up to date with the records, and the records that can never be indexed.
     *
     * @throws IOException when the target could not be read (the batch is retried)
     */
    Plan plan(List<ConsumerRecord<String, String>> records, Target target) throws IOException;

    /**
     * Where operations go: the live alias (which must exist: writing to a missing alias would create a stray index
     * under its name) or, during a rebuild, a physical index.
     */
    record Target(String index, boolean isAlias) {
    }

    /** One bulk operation and the document it concerns, for the dead letter when Elasticsearch refuses it. */
    record Operation(BulkOperation bulk, String sourceId, String documentId) {
    }

    record Plan(List<Operation> operations, List<DeadLetter> refused) {
    }

    /** The dead letter of a record no projection can read: where it stands in its topic, and why. */
    static DeadLetter unreadable(ConsumerRecord<String, String> record, String documentId, Exception e, Instant at) {
        return new DeadLetter(null, null, null, documentId, "index", "unreadable record at " + record.topic() + "-"
                + record.partition() + "@" + record.offset() + ": " + e.getMessage(), null, at);
    }
}
