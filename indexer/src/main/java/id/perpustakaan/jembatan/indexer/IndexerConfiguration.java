package id.perpustakaan.jembatan.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.perpustakaan.jembatan.indexer.analytics.AnalyticsReports;
import id.perpustakaan.jembatan.indexer.analytics.SearchAnalytics;
import id.perpustakaan.jembatan.indexer.inbox.InboxOperations;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.indexer.index.IndexKind;
import id.perpustakaan.jembatan.indexer.index.IndexSetup;
import id.perpustakaan.jembatan.indexer.projection.BatchWriter;
import id.perpustakaan.jembatan.indexer.projection.DeadLetterSink;
import id.perpustakaan.jembatan.indexer.projection.Projection;
import id.perpustakaan.jembatan.indexer.projection.ProjectionConsumers;
import id.perpustakaan.jembatan.indexer.projection.ProjectionOperations;
import id.perpustakaan.jembatan.indexer.projection.Projections;
import id.perpustakaan.jembatan.indexer.projection.PublicOperations;
import id.perpustakaan.jembatan.indexer.rebuild.Rebuilds;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.indexer.search.SynonymsFile;
import id.perpustakaan.jembatan.indexer.search.TitleSuggestions;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Elasticsearch client, index setup, the public and inbox projections, rebuilds, the search service and its
 * analytics.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IndexerProperties.class, ElasticsearchSettings.class, KafkaSettings.class,
        SearchProperties.class})
public class IndexerConfiguration {

    @Bean
    Topics topics(Environment environment) {
        return Binder.get(environment).bind("jembatan.topics", Topics.class).orElse(Topics.DEFAULT);
    }

    @Bean(destroyMethod = "close")
    ElasticsearchClient elasticsearchClient(ElasticsearchSettings settings) {
        var mapper = new JacksonJsonpMapper(JembatanJson.configure(JsonMapper.builder().build()));
        return new ElasticsearchClient(new Rest5ClientTransport(ElasticsearchConnection.restClient(settings), mapper));
    }

    @Bean
    IndexSetup indexSetup(ElasticsearchClient client, ElasticsearchSettings settings) {
        return new IndexSetup(client, settings.indexPrefix());
    }

    @Bean
    SynonymsFile synonymsFile(SearchProperties properties) {
        return new SynonymsFile(properties.synonymsFile(), Clock.systemUTC());
    }

    @Bean
    SearchService searchService(ElasticsearchClient client, IndexSetup indexSetup, SynonymsFile synonyms) {
        return new SearchService(client, indexSetup.publicAlias(), synonyms);
    }

    @Bean
    TitleSuggestions titleSuggestions(ElasticsearchClient client, IndexSetup indexSetup) {
        return new TitleSuggestions(client, indexSetup.publicAlias());
    }

    @Bean(destroyMethod = "close")
    SearchAnalytics searchAnalytics(ElasticsearchClient client, IndexSetup indexSetup, SearchProperties properties) {
        return new SearchAnalytics(client, indexSetup.analyticsAlias(), Clock.systemUTC(), properties.analytics());
    }

    @Bean
    AnalyticsReports analyticsReports(ElasticsearchClient client, IndexSetup indexSetup) {
        return new AnalyticsReports(client, indexSetup.analyticsAlias());
    }

    @Bean
    InboxSearch inboxSearch(ElasticsearchClient client, IndexSetup indexSetup) {
        return new InboxSearch(client, indexSetup.alias(IndexKind.INBOX));
    }

    @Bean(destroyMethod = "close")
    DeadLetterSink indexerDeadLetterSink(KafkaSettings kafka, Topics topics, MeterRegistry meters) {
        return new DeadLetterSink(kafka.clients(), topics.deadletter(), meters);
    }

    @Bean
    Rebuilds rebuilds(IndexSetup indexSetup, ElasticsearchClient client, KafkaSettings kafka, Topics topics,
                      IndexerProperties properties, MeterRegistry meters) {
        Map<IndexKind, Supplier<BatchWriter>> writers = new EnumMap<>(IndexKind.class);
        for (IndexKind kind : IndexKind.values()) {
            writers.put(kind, () -> new BatchWriter(client, operations(kind, client, topics), properties));
        }
        return new Rebuilds(indexSetup, writers,
                () -> ProjectionConsumers.create(kafka.clients(), properties, null), properties, meters,
                Clock.systemUTC());
    }

    @Bean
    Projections projections(IndexSetup indexSetup, ElasticsearchClient client, KafkaSettings kafka, Topics topics,
                            IndexerProperties properties, DeadLetterSink deadLetters, MeterRegistry meters,
                            Rebuilds rebuilds) {
        Map<IndexKind, Projection> projections = new EnumMap<>(IndexKind.class);
        for (IndexKind kind : IndexKind.values()) {
            projections.put(kind, new Projection(kind.label(), indexSetup.alias(kind),
                    ProjectionConsumers.create(kafka.clients(), properties,
                            properties.groupPrefix() + "-" + kind.label()),
                    new BatchWriter(client, operations(kind, client, topics), properties), properties, deadLetters,
                    meters));
        }
        return new Projections(indexSetup, projections, rebuilds);
    }

    private static ProjectionOperations operations(IndexKind kind, ElasticsearchClient client, Topics topics) {
        return switch (kind) {
            case PUBLIC -> new PublicOperations(topics.published());
            case INBOX -> new InboxOperations(client, topics.documents(), topics.reviews());
        };
    }
}
