package id.perpustakaan.jembatan.routes.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Properties;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class MeteredKafkaClientsTest {

    @Test
    void aProducerCamelMakesShowsItsFiguresUntilTheFactoryCloses() {
        var meters = new SimpleMeterRegistry();
        var clients = new MeteredKafkaClients(meters);
        Properties config = new Properties();
        // never reached: a producer makes no connection before its first send
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());

        try (Producer<?, ?> producer = clients.getProducer(config)) {
            assertThat(meters.find("kafka.producer.record.send.rate").meters()).isNotEmpty();
            clients.close();
            assertThat(meters.find("kafka.producer.record.send.rate").meters()).isEmpty();
        }
    }
}
