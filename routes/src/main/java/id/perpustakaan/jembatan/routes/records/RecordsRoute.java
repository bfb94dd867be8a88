package id.perpustakaan.jembatan.routes.records;

import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.mirror.Removal;
import id.perpustakaan.jembatan.routes.normalise.KnownRevisions;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import id.perpustakaan.jembatan.routes.normalise.RowLocators;
import id.perpustakaan.jembatan.routes.publish.PublishRoutes;
import id.perpustakaan.jembatan.routes.publish.WithdrawalRoutes;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A table of records handed over by any source kind, taken row by row: each row that fits the mapping is normalised
 * and published as a document of its own (on a pool of {@code workers}, and on the caller's thread while the pool
 * is busy, so that a 10,000-row table never queues more than a few rows ahead), each that does not is a dead letter naming its row; then the rows an
 * earlier drop of the same file had and this one lacks are withdrawn. Each step waits for Kafka, so the file is
 * released (moved to {@code .done/}) only when every row of it is published, refused or withdrawn; a failure of
 * Kafka midway leaves it to be taken again, and the rows already published are then unchanged and write nothing.
 */
public class RecordsRoute extends RouteBuilder {

    public static final String RECORDS = "direct:jembatan-records";
    private static final String PAGES = "JembatanRecordPages";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Logger LOG = LoggerFactory.getLogger(RecordsRoute.class);

    private final RecordSources records;
    private final SourceCatalog sources;
    private final KnownRevisions revisions;
    private final Clock clock;
    private final int workers;

    /** @param workers rows of a table normalised and published at a time, across all tables */
    public RecordsRoute(RecordSources records, SourceCatalog sources, KnownRevisions revisions, Clock clock,
                        int workers) {
        this.records = records;
        this.sources = sources;
        this.revisions = revisions;
        this.clock = clock;
        this.workers = workers;
    }

    @Override
    public void configure() {
        // rows are documents of their own: like dropped files, they overlap one another's parse and Kafka round trip
        ExecutorService rows = getContext().getExecutorServiceManager().newThreadPool(this, "jembatan-records",
                new ThreadPoolProfileBuilder("jembatan-records").poolSize(workers).maxPoolSize(workers)
                        .maxQueueSize(2 * workers).rejectedPolicy(ThreadPoolRejectedPolicy.CallerRuns).build());
        // failures go back to the calling route, whose error handling decides for the whole file
        from(RECORDS).routeId("records").errorHandler(noErrorHandler())
                .process(this::readRows)
                // a row Kafka did not take fails the file, which is then taken again whole
                .split(body(), AggregationStrategies.useOriginal(true)).stopOnException()
                        .parallelProcessing().executorService(rows)
                    .choice()
                        .when(body().isInstanceOf(RecordPages.Page.class))
                            .process(exchange -> {
                                RawContent page = exchange.getMessage().getBody(RecordPages.Page.class).raw();
                                exchange.setProperty(ExchangeFacts.LOCATOR, page.locator());
                                exchange.getMessage().setBody(page);
                            })
                            .to(NormaliseRoute.NORMALISE)
                        .otherwise()
                            .process(this::refusal)
                            .to(PublishRoutes.DEADLETTER)
                    .end()
                .end()
                .process(this::removedRows)
                .split(body(), AggregationStrategies.useOriginal(true)).stopOnException()
                    .to(WithdrawalRoutes.WITHDRAW)
                .end()
                .process(this::summary);
    }

    private void readRows(Exchange exchange) throws Exception {
        RawContent file = exchange.getMessage().getBody(RawContent.class);
        SourceDefinition source = sources.require(file.sourceId());
        RecordMapping mapping = records.of(source.id()).orElseThrow();
        RecordTable table = RecordTable.read(file, mapping);
        List<RecordPages.Outcome> outcomes = RecordPages.of(file, table, mapping, source,
                ZonedDateTime.now(clock.withZone(WIB)));
        exchange.setProperty(PAGES, outcomes);
        exchange.getMessage().setBody(outcomes);
    }

    private void refusal(Exchange exchange) {
        RecordPages.Refusal refusal = exchange.getMessage().getBody(RecordPages.Refusal.class);
        exchange.getMessage().setBody(new DeadLetter(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class),
                exchange.getProperty(ExchangeFacts.LOCATOR, String.class) + "#row=" + refusal.row(),
                exchange.getProperty(ExchangeFacts.FILE_NAME, String.class), null, "records", refusal.reason(),
                exchange.getProperty(ExchangeFacts.SHA256, String.class), clock.instant()));
    }

    /**
     * The rows of this file the harvest memory knows and this drop no longer has: to be withdrawn. A row refused this
     * time is not gone: its last good revision stays until the agency mends it; and when a refused row has no key to
     * tell which it was, nothing is withdrawn this time.
     */
    @SuppressWarnings("unchecked")
    private void removedRows(Exchange exchange) {
        List<RecordPages.Outcome> outcomes = exchange.getProperty(PAGES, List.class);
        String sourceId = exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class);
        String file = RowLocators.fileOf(exchange.getProperty(ExchangeFacts.LOCATOR, String.class));
        List<Removal> removals = new ArrayList<>();
        if (outcomes.stream().noneMatch(outcome -> outcome instanceof RecordPages.Refusal refusal
                && refusal.key() == null)) {
            Set<String> present = outcomes.stream().map(outcome -> outcome instanceof RecordPages.Page page
                            ? page.key() : ((RecordPages.Refusal) outcome).key())
                    .map(key -> RowLocators.of(file, key)).collect(Collectors.toSet());
            String prefix = RowLocators.of(file, "");
            revisions.placesOf(sourceId).forEach((locator, seen) -> {
                if (locator.startsWith(prefix) && !present.contains(locator)) {
                    removals.add(new Removal(seen.documentId(), sourceId, locator, seen.revision(),
                            seen.contentHash(), seen.kind() == DocumentKind.REGULATION));
                }
            });
        }
        exchange.getMessage().setBody(removals);
    }

    @SuppressWarnings("unchecked")
    private void summary(Exchange exchange) {
        List<RecordPages.Outcome> outcomes = exchange.getProperty(PAGES, List.class);
        long refused = outcomes.stream().filter(RecordPages.Refusal.class::isInstance).count();
        List<?> removed = exchange.getMessage().getBody(List.class);
        LOG.info("source '{}': {}: {} rows taken, {} refused, {} withdrawn", exchange.getProperty(
                ExchangeFacts.SOURCE_ID, String.class), exchange.getProperty(ExchangeFacts.FILE_NAME, String.class),
                outcomes.size() - refused, refused, removed == null ? 0 : removed.size());
    }
}
