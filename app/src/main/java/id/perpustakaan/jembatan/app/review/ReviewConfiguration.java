package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.app.sources.LatestRuns;
import id.perpustakaan.jembatan.indexer.audit.AuditSearch;
import id.perpustakaan.jembatan.indexer.failures.FailureSearch;
import id.perpustakaan.jembatan.indexer.KafkaSettings;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.app.review.agenda.LibraryEvents;
import id.perpustakaan.jembatan.indexer.search.AgendaSearch;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.model.Topics;
import id.perpustakaan.jembatan.routes.archive.OriginalArchive;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceRunner;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The review queue's services: actions through Kafka, items, audit and failures read back. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

    @Bean(destroyMethod = "close")
    ReviewWriter reviewWriter(KafkaSettings kafka, MeterRegistry meters) {
        return new ReviewWriter(kafka.clients(), meters);
    }

    @Bean
    ReviewActions reviewActions(InboxSearch inbox, SearchService search, ReviewWriter writer, Topics topics,
                                Clock clock) {
        return new ReviewActions(inbox, search, writer, topics, clock);
    }

    @Bean
    ProjectedDecisions projectedDecisions(InboxSearch inbox, SearchService search) {
        return new ProjectedDecisions(inbox, search);
    }

    @Bean
    ReviewItems reviewItems(InboxSearch inbox, SearchService search) {
        return new ReviewItems(inbox, search);
    }

    @Bean
    AuditTrail auditTrail(AuditSearch search, InboxSearch inbox) {
        return new AuditTrail(search, inbox);
    }

    @Bean
    SourceBoard sourceBoard(SourceCatalog sources, LatestRuns runs, SourceRunner runner, InboxSearch inbox) {
        return new SourceBoard(sources, runs, runner, inbox);
    }

    @Bean
    FailureReplay failureReplay(SourceCatalog sources, SourceBoard board) {
        return new FailureReplay(sources, board);
    }

    @Bean
    Renormalisation renormalisation(OriginalArchive archive, ProducerTemplate producer) {
        return new Renormalisation(archive, producer);
    }

    /** The library's own events, handed over through the upload source {@code jembatan.agenda.source}. */
    @Bean
    LibraryEvents libraryEvents(SourceCatalog sources, @Value("${jembatan.agenda.source}") String sourceId,
                                SearchService search, AgendaSearch agenda, Clock clock) {
        return new LibraryEvents(sources, sourceId, search, agenda, clock);
    }

    @Bean
    Failures failures(FailureSearch search, RepeatedRefusals repeats, InboxSearch inbox) {
        return new Failures(search, repeats, inbox);
    }
}
