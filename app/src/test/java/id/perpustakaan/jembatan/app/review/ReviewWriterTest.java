package id.perpustakaan.jembatan.app.review;

import static org.assertj.core.api.Assertions.assertThatCode;

import id.perpustakaan.jembatan.model.KafkaClientConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class ReviewWriterTest {

    @Test
    void theKafkaClientAcceptsTheTransactionalProducersSettings() {
        // the client checks its settings as it is built, without a broker: Kafka 4's linger.ms of 5 ms made a
        // delivery timeout equal to the request timeout a refusal, and every review decision answered 503
        var writer = new ReviewWriter(KafkaClientConfig.of("127.0.0.1:1"), new SimpleMeterRegistry());

        assertThatCode(() -> new KafkaProducer<>(writer.producerConfig(), new StringSerializer(),
                new StringSerializer()).close(Duration.ZERO)).doesNotThrowAnyException();
    }
}
