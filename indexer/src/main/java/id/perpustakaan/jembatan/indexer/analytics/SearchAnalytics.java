package id.perpustakaan.jembatan.indexer.analytics;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import id.perpustakaan.jembatan.indexer.index.IndexSetup;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records searches and clicks for the library's evaluation, in bulk and off the request's path: a search never
 * waits for, or fails because of, its analytics. An event is handed to a bounded buffer that a writer thread feeds
 * to the bulk ingester; the ingester's own {@code add} blocks once its buffer is full and a request is in flight (a
 * slow or absent Elasticsearch), so no request thread ever calls it: when the buffer is full too, the event is
 * dropped and counted. Each event goes to the index of its month, which the writer creates from the template when
 * the month begins ({@link IndexSetup#analyticsIndex}), so that the retention can delete months whole.
 */
public class SearchAnalytics implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchAnalytics.class);
    /** Events waiting for the writer: a few seconds of a busy portal, a few hundred kilobytes of heap. */
    static final int BUFFER = 1_000;
    private static final int BULK = 1_000;

    private final IndexSetup indices;
    private final Clock clock;
    private final BulkIngester<Void> ingester;
    private final boolean enabled;
    private final AtomicLong dropped = new AtomicLong();
    private final BlockingQueue<SearchEvent> waiting;
    private final Thread writer;
    private volatile boolean closing;
    /** The month's index the writer made sure of last: only the writer thread reads and writes it. */
    private String ensured;

    /** @param enabled false records nothing (jembatan.search.analytics) */
    public SearchAnalytics(ElasticsearchClient client, IndexSetup indices, Clock clock, boolean enabled) {
        this(client, indices, clock, enabled, BUFFER);
    }

    SearchAnalytics(ElasticsearchClient client, IndexSetup indices, Clock clock, boolean enabled, int buffer) {
        this.indices = indices;
        this.clock = clock;
        this.enabled = enabled;
        this.waiting = new ArrayBlockingQueue<>(buffer);
        this.ingester = BulkIngester.of(b -> b.client(client)
                .maxOperations(BULK)
                .maxConcurrentRequests(1)
                .flushInterval(1, TimeUnit.SECONDS)
                .listener(new DropLogger()));
        this.writer = new Thread(this::write, "search-analytics");
        writer.setDaemon(true);
        if (enabled) {
            writer.start();
        }
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

    /**
     * Events not written so far: Elasticsearch refused them or could not be reached, or they arrived while
     * {@value #BUFFER} others were waiting.
     */
    public long dropped() {
        return dropped.get();
    }

    private void add(SearchEvent event) {
        if (!enabled || closing) {
            return;
        }
        if (!waiting.offer(event)) {
            drop(1, "the buffer of events waiting for Elasticsearch is full");
        }
    }

    /** The writer thread: the only caller of the ingester's {@code add}, which may block. */
    private void write() {
        List<SearchEvent> events = new ArrayList<>();
        try {
            while (!closing) {
                SearchEvent first = waiting.poll(1, TimeUnit.SECONDS);
                if (first != null) {
                    events.add(first);
                    waiting.drainTo(events, BULK - 1);
                    events.forEach(this::ingest);
                    events.clear();
                }
            }
        } catch (InterruptedException e) {
            // closing: what still waits is handed over by close()
        }
    }

    private void ingest(SearchEvent event) {
        try {
            String index = indices.analyticsIndex(event.at());
            if (!index.equals(ensured)) {
                indices.ensureAnalyticsIndex(index);
                ensured = index;
            }
            ingester.add(BulkOperation.of(op -> op.index(i -> i.index(index).document(event))));
        } catch (IOException | RuntimeException e) {
            // one event that cannot be written must not end the writer, which every later event needs
            drop(1, e.toString());
        }
    }

    @Override
    public void close() {
        closing = true;
        writer.interrupt();
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<SearchEvent> rest = new ArrayList<>();
        waiting.drainTo(rest);
        if (writer.isAlive()) {
            // still stuck in the ingester's add: Elasticsearch does not answer, and would not take these either
            drop(rest.size(), "Elasticsearch did not answer before the application stopped");
        } else {
            rest.forEach(this::ingest);
        }
        ingester.close();
    }

    private void drop(long count, String reason) {
        long before = dropped.getAndAdd(count);
        // once, then every thousand: an outage must not flood the log
        if (before == 0 || before / 1_000 != (before + count) / 1_000) {
            log.warn("search analytics: {} events not recorded ({}); searches are not affected", count, reason);
        }
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
    }
}
