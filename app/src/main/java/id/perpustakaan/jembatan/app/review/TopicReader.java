package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.model.KafkaClientConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its beginning to its end as of now, committed records only, in no consumer group: what the
 * audit and the failures page show is what Kafka holds at the moment they are asked, including an action taken a
 * moment ago.
 */
public class TopicReader {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private final KafkaClientConfig kafka;

    public TopicReader(KafkaClientConfig kafka) {
        this.kafka = kafka;
    }

    public void readAll(String topic, Consumer<ConsumerRecord<String, String>> each) {
        try (var consumer = new KafkaConsumer<>(kafka.clientConfig(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000)), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // the last stable offsets: a transaction still open is not waited for
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + LIMIT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reading " + topic + " took longer than " + LIMIT.toSeconds()
                            + " s: is the broker overloaded?");
                }
                consumer.poll(POLL).forEach(each);
            }
        }
    }
}
