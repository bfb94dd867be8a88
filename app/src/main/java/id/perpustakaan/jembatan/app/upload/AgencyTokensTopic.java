package id.perpustakaan.jembatan.app.upload;

import id.perpustakaan.jembatan.model.AgencyToken;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.KafkaClientConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agency-tokens topic, the truth about tokens: written by administrators' actions, and read by every instance
 * from its beginning into {@link AgencyTokens}, then followed. Read without a consumer group (every instance needs
 * every record); while Kafka is away the tokens known so far keep working, so agencies can still upload, and their
 * uploads wait on disk for Kafka.
 */
class AgencyTokensTopic implements AgencyTokens.TokenLog, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AgencyTokensTopic.class);

    private final KafkaClientConfig kafka;
    private final String topic;
    private final KafkaProducer<String, String> producer;
    private final Thread follower;
    private volatile KafkaConsumer<String, String> reader;
    private volatile boolean closed;
    private AgencyTokens tokens;

    AgencyTokensTopic(KafkaClientConfig kafka, String topic) {
        this.kafka = kafka;
        this.topic = topic;
        // lazily connecting: the application starts while the broker may not answer yet
        this.producer = new KafkaProducer<>(kafka.clientConfig(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) Duration.ofSeconds(10).toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(10).toMillis(),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(30).toMillis())),
                new StringSerializer(), new StringSerializer());
        this.follower = new Thread(this::follow, "agency-tokens");
        this.follower.setDaemon(true);
    }

    /** Starts filling the tokens from the topic's beginning. */
    void follow(AgencyTokens into) {
        this.tokens = into;
        follower.start();
    }

    @Override
    public void write(AgencyToken token) throws IOException {
        try {
            producer.send(new ProducerRecord<>(topic, token.tokenId(), JembatanJson.mapper()
                    .writeValueAsString(token))).get(40, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new IOException("Kafka did not take the token (" + (e instanceof ExecutionException ? e.getCause()
                    : e) + "): nothing was changed, try again when Kafka is reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the token: nothing was changed", e);
        }
    }

    private void follow() {
        while (!closed) {
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.clientConfig(Map.of(
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")),
                    new StringDeserializer(), new StringDeserializer())) {
                reader = consumer;
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
                if (partitions.isEmpty()) {
                    // not created yet (KafkaTopics creates it at the start): asked again in a moment
                    TimeUnit.SECONDS.sleep(1);
                    continue;
                }
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                boolean caughtUp = false;
                while (!closed) {
                    consumer.poll(Duration.ofSeconds(1)).forEach(this::apply);
                    if (!caughtUp && partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p))) {
                        caughtUp = true;
                        tokens.caughtUp();
                        log.info("agency tokens read from {}", topic);
                    }
                }
            } catch (WakeupException | InterruptException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (KafkaException e) {
                if (!closed) {
                    log.warn("agency tokens cannot be read from {} ({}); the tokens read so far still work, reading"
                            + " again", topic, e.toString());
                }
            }
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        try {
            tokens.apply(record.key(), record.value() == null ? null
                    : JembatanJson.mapper().readValue(record.value(), AgencyToken.class));
        } catch (IOException e) {
            log.error("token record {} of {} at offset {} cannot be read ({}): it is left out", record.key(), topic,
                    record.offset(), e.toString());
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        KafkaConsumer<String, String> current = reader;
        if (current != null) {
            current.wakeup();
        }
        follower.join(Duration.ofSeconds(10).toMillis());
        producer.close(Duration.ofSeconds(5));
    }
}
