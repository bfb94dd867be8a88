package id.perpustakaan.jembatan.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.perpustakaan.jembatan.indexer.analytics.AnalyticsReports;
import id.perpustakaan.jembatan.indexer.analytics.AnalyticsRetention;
import id.perpustakaan.jembatan.indexer.analytics.SearchAnalytics;
import id.perpustakaan.jembatan.indexer.inbox.InboxOperations;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.indexer.inbox.KlasifikasiReport;
import id.perpustakaan.jembatan.indexer.inbox.InboxSnapshot;
import id.perpustakaan.jembatan.indexer.audit.AuditOperations;
import id.perpustakaan.jembatan.indexer.audit.AuditSearch;
import id.perpustakaan.jembatan.indexer.failures.FailureOperations;
import id.perpustakaan.jembatan.indexer.failures.FailureSearch;
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
import id.perpustakaan.jembatan.indexer.oai.OaiCatalogue;
import id.perpustakaan.jembatan.indexer.oai.OaiOperations;
import id.perpustakaan.jembatan.indexer.runs.RunOperations;
import id.perpustakaan.jembatan.indexer.runs.RunSearch;
import id.perpustakaan.jembatan.indexer.search.LaterRegulations;
import id.perpustakaan.jembatan.indexer.search.AgendaSearch;
import id.perpustakaan.jembatan.indexer.search.RegulationCatalogue;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.indexer.search.SynonymsFile;
import id.perpustakaan.jembatan.indexer.search.TitleSuggestions;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.Roles;
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
    IndexSetup indexSetup(ElasticsearchClient client, ElasticsearchSettings settings, Clock clock) {
        return new IndexSetup(client, settings.indexPrefix(), clock);
    }

    @Bean
    SynonymsFile synonymsFile(SearchProperties properties, Clock clock) {
        return new SynonymsFile(properties.synonymsFile(), clock);
    }

    @Bean
    SearchService searchService(ElasticsearchClient client, IndexSetup indexSetup, SynonymsFile synonyms) {
        return new SearchService(client, indexSetup.publicAlias(), synonyms);
    }

    @Bean
    AgendaSearch agendaSearch(ElasticsearchClient client, IndexSetup indexSetup) {
        return new AgendaSearch(client, indexSetup.publicAlias());
    }

    @Bean
    RegulationCatalogue regulationCatalogue(ElasticsearchClient client, IndexSetup indexSetup) {
        return new RegulationCatalogue(client, indexSetup.publicAlias());
    }

    @Bean
    LaterRegulations laterRegulations(ElasticsearchClient client, IndexSetup indexSetup) {
        return new LaterRegulations(client, indexSetup.publicAlias());
    }

    @Bean
    TitleSuggestions titleSuggestions(ElasticsearchClient client, IndexSetup indexSetup) {
        return new TitleSuggestions(client, indexSetup.publicAlias());
    }

    @Bean(destroyMethod = "close")
    SearchAnalytics searchAnalytics(ElasticsearchClient client, IndexSetup indexSetup, SearchProperties properties,
                                    Clock clock) {
        return new SearchAnalytics(client, indexSetup, clock, properties.analytics());
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    AnalyticsRetention analyticsRetention(IndexSetup indexSetup, SearchProperties properties, Clock clock) {
        return new AnalyticsRetention(indexSetup, properties.analyticsRetention(), clock);
    }

    @Bean
    AnalyticsReports analyticsReports(ElasticsearchClient client, IndexSetup indexSetup) {
        return new AnalyticsReports(client, indexSetup.analyticsAlias());
    }

    @Bean
    InboxSearch inboxSearch(ElasticsearchClient client, IndexSetup indexSetup) {
        return new InboxSearch(client, indexSetup.alias(IndexKind.INBOX));
    }

    @Bean
    KlasifikasiReport klasifikasiReport(ElasticsearchClient client, IndexSetup indexSetup) {
        return new KlasifikasiReport(client, indexSetup.alias(IndexKind.INBOX));
    }

    @Bean
    FailureSearch failureSearch(ElasticsearchClient client, IndexSetup indexSetup) {
        return new FailureSearch(client, indexSetup.alias(IndexKind.FAILURES));
    }

    @Bean
    AuditSearch auditSearch(ElasticsearchClient client, IndexSetup indexSetup) {
        return new AuditSearch(client, indexSetup.alias(IndexKind.AUDIT));
    }

    @Bean
    RunSearch runSearch(ElasticsearchClient client, IndexSetup indexSetup) {
        return new RunSearch(client, indexSetup.alias(IndexKind.RUNS));
    }

    @Bean
    OaiCatalogue oaiCatalogue(ElasticsearchClient client, IndexSetup indexSetup) {
        return new OaiCatalogue(client, indexSetup.alias(IndexKind.OAI));
    }

    @Bean(destroyMethod = "close")
    DeadLetterSink indexerDeadLetterSink(KafkaSettings kafka, Topics topics, MeterRegistry meters) {
        return new DeadLetterSink(kafka.clients(), topics.deadletter(), meters);
    }

    @Bean
    Rebuilds rebuilds(IndexSetup indexSetup, ElasticsearchClient client, KafkaSettings kafka, Topics topics,
                      IndexerProperties properties, MeterRegistry meters, Clock clock) {
        Map<IndexKind, Supplier<BatchWriter>> writers = new EnumMap<>(IndexKind.class);
        for (IndexKind kind : IndexKind.values()) {
            writers.put(kind, () -> new BatchWriter(client, operations(kind, client, topics, clock), properties, clock));
        }
        return new Rebuilds(indexSetup, writers,
                () -> ProjectionConsumers.create(kafka.clients(), properties, null), properties, meters,
                clock);
    }

    /**
     * Every instance sets the indices up (each waits for them before it answers); those with the index role also
     * project the topics into them, sharing each projection's consumer group.
     */
    @Bean
    Projections projections(IndexSetup indexSetup, ElasticsearchClient client, KafkaSettings kafka, Topics topics,
                            IndexerProperties properties, DeadLetterSink deadLetters, MeterRegistry meters,
                            Rebuilds rebuilds, Clock clock, Environment environment) {
        Map<IndexKind, Projection> projections = new EnumMap<>(IndexKind.class);
        boolean indexes = Roles.parse(environment.getProperty(Roles.PROPERTY)).has(Roles.Role.INDEX);
        for (IndexKind kind : indexes ? IndexKind.values() : new IndexKind[0]) {
            projections.put(kind, new Projection(kind.label(), indexSetup.alias(kind),
                    ProjectionConsumers.create(kafka.clients(), properties,
                            projectionGroup(properties, kind)),
                    new BatchWriter(client, operations(kind, client, topics, clock), properties, clock), properties,
                    deadLetters,
                    meters));
        }
        return new Projections(indexSetup, projections, rebuilds);
    }

    /**
     * What the inbox holds and up to which offsets of the documents topic, for the harvesters' memory at start.
     */
    @Bean
    InboxSnapshot inboxSnapshot(ElasticsearchClient client, IndexSetup indexSetup, KafkaSettings kafka,
                                Topics topics, IndexerProperties properties) {
        return new InboxSnapshot(client, indexSetup.alias(IndexKind.INBOX), kafka.clients(),
                projectionGroup(properties, IndexKind.INBOX), topics.documents());
    }

    private static String projectionGroup(IndexerProperties properties, IndexKind kind) {
        return properties.groupPrefix() + "-" + kind.label();
    }

    private static ProjectionOperations operations(IndexKind kind, ElasticsearchClient client, Topics topics,
                                                   Clock clock) {
        return switch (kind) {
            case PUBLIC -> new PublicOperations(topics.published(), clock);
            case INBOX -> new InboxOperations(client, topics.documents(), topics.reviews(), clock);
            case AUDIT -> new AuditOperations(topics.reviews(), clock);
            case FAILURES -> new FailureOperations(topics.deadletter());
            case RUNS -> new RunOperations(topics.runs(), clock);
            case OAI -> new OaiOperations(topics.published(), clock);
        };
    }
}
