package id.perpustakaan.jembatan.indexer.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.KafkaClientConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes the documents Elasticsearch refused for good to the dead-letter topic, waiting for the broker's ack. */
public class DeadLetterSink implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final KafkaClientMetrics producerMetrics;
    private final String topic;

    public DeadLetterSink(KafkaClientConfig kafka, String topic, MeterRegistry meters) {
        Map<String, Object> config = kafka.clientConfig(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.CLIENT_ID_CONFIG, "jembatan-indexer-deadletter",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000));
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        this.producerMetrics = new KafkaClientMetrics(producer);
        producerMetrics.bindTo(meters);
        this.topic = topic;
    }

    void send(List<DeadLetter> deadLetters) throws InterruptedException {
        for (DeadLetter deadLetter : deadLetters) {
            try {
                producer.send(new ProducerRecord<>(topic, deadLetter.sourceId(),
                        JembatanJson.mapper().writeValueAsString(deadLetter))).get();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a DeadLetter record always serialises", e);
            } catch (ExecutionException e) {
                throw new KafkaException("cannot write to " + topic + ": " + e.getCause(), e.getCause());
            }
        }
    }

    @Override
    public void close() {
        producerMetrics.close();
        producer.close();
    }
}
