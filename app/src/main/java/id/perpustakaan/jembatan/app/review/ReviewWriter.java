package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.model.KafkaClientConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes the records of one review action in one Kafka transaction: the projections read committed records only,
 * so a decision and the published revision it made are seen together or not at all. One transaction at a time per
 * instance (a producer holds one); librarians' actions are few enough for that.
 */
public class ReviewWriter implements AutoCloseable {

    private final Map<String, Object> config;
    private final MeterRegistry meters;
    private KafkaProducer<String, String> producer;
    /** The producer's own figures, bound while it lives. */
    private KafkaClientMetrics producerMetrics;

    public ReviewWriter(KafkaClientConfig kafka, MeterRegistry meters) {
        this.meters = meters;
        this.config = kafka.clientConfig(Map.of(
                // unique per instance and start: two instances must not fence each other off
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "jembatan-review-" + UUID.randomUUID(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) Duration.ofSeconds(10).toMillis(),
                // the client refuses a delivery timeout under linger (5 ms since Kafka 4) plus the request timeout
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(10).toMillis(),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(30).toMillis()));
    }

    /** What the transactional producer is built from. */
    Map<String, Object> producerConfig() {
        return config;
    }

    public synchronized void write(List<ProducerRecord<String, String>> records) throws IOException {
        try {
            KafkaProducer<String, String> transactional = producer();
            transactional.beginTransaction();
            List<Future<?>> sent = new ArrayList<>(records.size());
            for (ProducerRecord<String, String> record : records) {
                sent.add(transactional.send(record));
            }
            transactional.commitTransaction();
            for (Future<?> future : sent) {
                future.get();
            }
        } catch (KafkaException | ExecutionException e) {
            abandon();
            throw new IOException("Kafka did not take the review decision (" + e.getMessage() + "): nothing was"
                    + " changed, try again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
            throw new IOException("interrupted while writing the review decision: nothing was changed", e);
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            // lazily: the application starts while the broker may not answer yet
            KafkaProducer<String, String> created = new KafkaProducer<>(config, new StringSerializer(),
                    new StringSerializer());
            try {
                created.initTransactions();
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
            producerMetrics = new KafkaClientMetrics(created);
            producerMetrics.bindTo(meters);
        }
        return producer;
    }

    /** After a failed transaction the producer may be unusable (fenced, timed out): the next action starts anew. */
    private void abandon() {
        closeProducer();
    }

    @Override
    public synchronized void close() {
        closeProducer();
    }

    private void closeProducer() {
        if (producer != null) {
            producerMetrics.close();
            producer.close(Duration.ofSeconds(5));
            producer = null;
            producerMetrics = null;
        }
    }
}
