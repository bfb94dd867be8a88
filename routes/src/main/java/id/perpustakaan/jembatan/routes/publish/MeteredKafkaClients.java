package id.perpustakaan.jembatan.routes.publish;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.component.kafka.DefaultKafkaClientFactory;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;

/**
 * Camel's Kafka clients, made as Camel makes them, with their own figures (kafka_producer_record_send_rate,
 * kafka_producer_request_latency_avg…) bound to the application's registry. Camel's producers live as long as the
 * routes that send through them, so the figures are unbound when the application closes this factory.
 */
public class MeteredKafkaClients extends DefaultKafkaClientFactory implements AutoCloseable {

    private final MeterRegistry meters;
    private final List<KafkaClientMetrics> bound = new CopyOnWriteArrayList<>();

    public MeteredKafkaClients(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Producer getProducer(Properties kafkaProps) {
        Producer producer = super.getProducer(kafkaProps);
        bind(new KafkaClientMetrics(producer));
        return producer;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Consumer getConsumer(Properties kafkaProps) {
        Consumer consumer = super.getConsumer(kafkaProps);
        bind(new KafkaClientMetrics(consumer));
        return consumer;
    }

    private void bind(KafkaClientMetrics metrics) {
        metrics.bindTo(meters);
        bound.add(metrics);
    }

    @Override
    public void close() {
        bound.forEach(KafkaClientMetrics::close);
        bound.clear();
    }
}
