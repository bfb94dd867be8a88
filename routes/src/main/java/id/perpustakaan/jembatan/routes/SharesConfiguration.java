package id.perpustakaan.jembatan.routes;

import id.perpustakaan.jembatan.model.Topics;
import id.perpustakaan.jembatan.routes.source.HarvestRole;
import id.perpustakaan.jembatan.routes.source.HarvestShares;
import id.perpustakaan.jembatan.routes.source.RunGate;
import id.perpustakaan.jembatan.routes.source.RunsJournal;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceKind;
import id.perpustakaan.jembatan.routes.source.SourceRoutes;
import id.perpustakaan.jembatan.routes.source.SourceRunner;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Which instance harvests which source ({@link HarvestShares}), run-now wherever it is asked, and the runs written
 * where every instance reads them.
 */
@Configuration(proxyBeanMethods = false)
public class SharesConfiguration {

    /** How long a source given up waits for a run a librarian started: as long as Camel waits for a route's. */
    private static final Duration RUN_ENDS_WITHIN = Duration.ofSeconds(45);
    /** Often enough for a librarian watching a run, seldom enough to be nothing beside the documents. */
    private static final Duration RUNS_WRITTEN_EVERY = Duration.ofSeconds(2);

    @Bean(destroyMethod = "close")
    @Conditional(HarvestRole.class)
    HarvestShares harvestShares(SourceCatalog sources, HarvestProperties harvest, CamelContext camel,
                                SourceRunner runner, SourceRuns runs, Environment environment, Clock clock) {
        var routes = new HarvestShares.SourceSwitch() {
            @Override
            public void start(String sourceId) {
                try {
                    camel.getRouteController().startRoute(SourceRoutes.routeId(sourceId));
                } catch (Exception e) {
                    throw new IllegalStateException("source '" + sourceId + "' could not start: " + e.getMessage(), e);
                }
            }

            @Override
            public void stop(String sourceId) {
                try {
                    // a scheduled run in progress ends with its route; one a librarian started runs beside it and
                    // is waited for too: the next instance must not fetch beside either
                    camel.getRouteController().stopRoute(SourceRoutes.routeId(sourceId));
                    Instant deadline = clock.instant().plus(RUN_ENDS_WITHIN);
                    while (runs.runningSince(sourceId).isPresent() && clock.instant().isBefore(deadline)) {
                        Thread.sleep(100);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    throw new IllegalStateException("source '" + sourceId + "' could not stop: " + e.getMessage(), e);
                }
            }
        };
        return new HarvestShares(sources.all(), RoutesConfiguration.kafkaClients(environment),
                harvestTopic(environment), harvest.shares().group(), harvest.shares().failoverAfter(), routes,
                runner::runHere, clock);
    }

    /** The shares are taken once Camel runs: the sources' routes, which do not start by themselves, can start. */
    @Bean
    @Conditional(HarvestRole.class)
    CamelContextConfiguration sharesTakenOnceCamelRuns(ObjectProvider<HarvestShares> shares) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext camelContext) {
                // nothing: the templates' routes are defined not to start with Camel
            }

            @Override
            public void afterApplicationStart(CamelContext camelContext) {
                shares.getObject().start();
            }
        };
    }

    @Bean
    SourceRunner sourceRunner(SourceCatalog sources, List<SourceKind> kinds, RunGate gate, ProducerTemplate camel,
                              ObjectProvider<HarvestShares> shares, KafkaProducer<String, String> harvestRecords,
                              Environment environment) {
        return new SourceRunner(gate, camel, sources, kinds, sourceId -> Optional.ofNullable(shares.getIfAvailable())
                .map(own -> own.harvests(sourceId)).orElse(false), harvestRecords, harvestTopic(environment));
    }

    /**
     * Only harvesting instances write runs: another instance's routes (a librarian's renormalisation on a web
     * instance) would write its own partial count over the harvesting instance's.
     */
    @Bean(initMethod = "start", destroyMethod = "close")
    @Conditional(HarvestRole.class)
    RunsJournal runsJournal(SourceRuns runs, KafkaProducer<String, String> harvestRecords, Environment environment) {
        return new RunsJournal(runs, harvestRecords, environment.getProperty("jembatan.topics.runs",
                Topics.DEFAULT.runs()), RUNS_WRITTEN_EVERY);
    }

    /** Run requests and runs, acknowledged by all replicas. */
    @Bean(destroyMethod = "close")
    KafkaProducer<String, String> harvestRecords(Environment environment) {
        return new KafkaProducer<>(RoutesConfiguration.kafkaClients(environment).clientConfig(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)), new StringSerializer(), new StringSerializer());
    }

    private static String harvestTopic(Environment environment) {
        return environment.getProperty("jembatan.topics.harvest", Topics.DEFAULT.harvest());
    }
}
