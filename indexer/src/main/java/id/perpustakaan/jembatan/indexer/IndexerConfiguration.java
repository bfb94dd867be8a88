package id.perpustakaan.jembatan.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.perpustakaan.jembatan.indexer.index.IndexSetup;
import id.perpustakaan.jembatan.indexer.projection.DeadLetterSink;
import id.perpustakaan.jembatan.indexer.projection.Projection;
import id.perpustakaan.jembatan.indexer.projection.Projections;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Elasticsearch client, index setup, the public projection and the search service. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IndexerProperties.class, ElasticsearchSettings.class, KafkaSettings.class})
public class IndexerConfiguration {

    @Bean
    Topics topics(Environment environment) {
        return Binder.get(environment).bind("jembatan.topics", Topics.class).orElse(Topics.DEFAULT);
    }

    @Bean(destroyMethod = "close")
    ElasticsearchClient elasticsearchClient(ElasticsearchSettings settings) {
        if (settings.uris().isEmpty()) {
            throw new IllegalStateException("jembatan.elasticsearch.uris is empty: set it (JEMBATAN_ELASTICSEARCH_URIS)"
                    + " or let the application start its local node");
        }
        var mapper = new JacksonJsonpMapper(JembatanJson.configure(JsonMapper.builder().build()));
        return ElasticsearchClient.of(b -> b.hosts(settings.uris()).jsonMapper(mapper));
    }

    @Bean
    IndexSetup indexSetup(ElasticsearchClient client, ElasticsearchSettings settings) {
        return new IndexSetup(client, settings.indexPrefix());
    }

    @Bean
    SearchService searchService(ElasticsearchClient client, IndexSetup indexSetup) {
        return new SearchService(client, indexSetup.publicAlias());
    }

    @Bean(destroyMethod = "close")
    DeadLetterSink indexerDeadLetterSink(KafkaSettings kafka, Topics topics) {
        return new DeadLetterSink(kafka.bootstrapServers(), topics.deadletter());
    }

    @Bean
    Projections projections(IndexSetup indexSetup, ElasticsearchClient client, KafkaSettings kafka, Topics topics,
                            IndexerProperties properties, DeadLetterSink deadLetters, MeterRegistry meters) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, properties.groupPrefix() + "-public");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, properties.maxPollRecords());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        var projection = new Projection("public", topics.published(), indexSetup.publicAlias(), consumer, client,
                properties, deadLetters, meters);
        return new Projections(indexSetup, projection);
    }
}
