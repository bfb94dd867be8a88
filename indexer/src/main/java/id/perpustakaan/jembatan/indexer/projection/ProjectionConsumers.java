package id.perpustakaan.jembatan.indexer.projection;

import id.perpustakaan.jembatan.indexer.IndexerProperties;
import id.perpustakaan.jembatan.model.KafkaClientConfig;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The Kafka consumers of projections and rebuilds, configured in one place (the benchmark uses them too). */
public final class ProjectionConsumers {

    /**
     * Bytes a poll may take from one partition. Kafka's default (1 MB) cut a batch of 5 KB documents to about 200
     * records, whatever {@code max-poll-records} said, so each bulk request and commit carried less than asked.
     */
    static final int MAX_PARTITION_FETCH_BYTES = 8 * 1024 * 1024;

    private ProjectionConsumers() {
    }

    /**
     * A consumer in the group, or, without one, a consumer that assigns itself partitions and commits nothing. Only
     * committed transactions are read: a review decision and its published revision appear together or not at all.
     */
    public static KafkaConsumer<String, String> create(KafkaClientConfig kafka, IndexerProperties properties,
                                                       String group) {
        return new KafkaConsumer<>(config(kafka, properties, group), new StringDeserializer(),
                new StringDeserializer());
    }

    static Map<String, Object> config(KafkaClientConfig kafka, IndexerProperties properties, String group) {
        Map<String, Object> own = new HashMap<>();
        if (group != null) {
            own.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        own.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        own.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        own.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, properties.maxPollRecords());
        own.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, MAX_PARTITION_FETCH_BYTES);
        own.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return kafka.clientConfig(own);
    }
}
