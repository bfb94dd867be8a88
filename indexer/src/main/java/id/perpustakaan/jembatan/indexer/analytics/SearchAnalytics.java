package id.perpustakaan.jembatan.indexer.analytics;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records searches and clicks for the library's evaluation, in bulk and off the request's path: a search never
 * waits for, or fails because of, its analytics. Writes require the alias, so nothing is written to an index that
 * the template did not make (events before the index setup are dropped, which analytics can afford).
 */
public class SearchAnalytics implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchAnalytics.class);

    private final String alias;
    private final Clock clock;
    private final BulkIngester<Void> ingester;
    private final boolean enabled;
    private final AtomicLong dropped = new AtomicLong();

    /** @param enabled false records nothing (jembatan.search.analytics) */
    public SearchAnalytics(ElasticsearchClient client, String alias, Clock clock, boolean enabled) {
        this.alias = alias;
        this.clock = clock;
        this.enabled = enabled;
        this.ingester = BulkIngester.of(b -> b.client(client)
                .maxOperations(1_000)
                .maxConcurrentRequests(1)
                .flushInterval(1, TimeUnit.SECONDS)
                .listener(new DropLogger()));
    }

    /** A new id for a search's results, which the portal returns with the clicks on them. */
    public static String newSearchId() {
        return UUID.randomUUID().toString();
    }

    public void searched(String searchId, String q, List<String> filters, String sort, long results) {
        add(new SearchEvent(SearchEvent.SEARCH, clock.instant(), searchId, QueryMasking.mask(q), results, filters,
                sort, null, null));
    }

    public void clicked(String searchId, String q, String documentId, int position) {
        add(new SearchEvent(SearchEvent.CLICK, clock.instant(), searchId, QueryMasking.mask(q), null, null, null,
                documentId, position));
    }

    /** Events not written so far (Elasticsearch refused or could not be reached). */
    public long dropped() {
        return dropped.get();
    }

    private void add(SearchEvent event) {
        if (!enabled) {
            return;
        }
        ingester.add(BulkOperation.of(op -> op.index(i -> i.index(alias).requireAlias(true).document(event))));
    }

    @Override
    public void close() {
        ingester.close();
    }

    private final class DropLogger implements BulkListener<Void> {

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
            long failed = response.items().stream().filter(item -> item.error() != null).count();
            if (failed > 0) {
                drop(failed, response.items().stream().filter(item -> item.error() != null).findFirst()
                        .map(item -> item.error().reason()).orElse("unknown"));
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable failure) {
            drop(request.operations().size(), failure.toString());
        }

        private void drop(long count, String reason) {
            long before = dropped.getAndAdd(count);
            // once, then every thousand: an outage must not flood the log
            if (before == 0 || before / 1_000 != (before + count) / 1_000) {
                log.warn("search analytics: {} events not recorded ({}); searches are not affected", count, reason);
            }
        }
    }
}
