package id.perpustakaan.jembatan.indexer.inbox;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.core.ScrollResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.KafkaClientConfig;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Every document the inbox holds (the latest revision of each), with the documents topic's offsets up to which it
 * holds them all: the inbox projection commits a batch's offsets only once Elasticsearch has acknowledged it, so
 * whatever came before its committed offsets is in the index. What comes after is read from the topic by whoever
 * restores from this snapshot; a record read twice changes nothing, as the latest revision wins.
 */
public final class InboxSnapshot {

    /** Documents read a scroll page at a time: whole texts, some MB a page. */
    private static final int PAGE = 2_000;
    private static final Time KEEP_ALIVE = Time.of(t -> t.time("2m"));

    private final ElasticsearchClient client;
    private final String alias;
    private final KafkaClientConfig kafka;
    private final String projectionGroup;
    private final String documentsTopic;

    /**
     * @param projectionGroup the inbox projection's consumer group, whose committed offsets say what the index holds
     */
    public InboxSnapshot(ElasticsearchClient client, String alias, KafkaClientConfig kafka, String projectionGroup,
                         String documentsTopic) {
        this.client = client;
        this.alias = alias;
        this.kafka = kafka;
        this.projectionGroup = projectionGroup;
        this.documentsTopic = documentsTopic;
    }

    /**
     * Hands every document in the inbox to {@code each}.
     *
     * @return the next offset to read of each partition of the documents topic; empty, with nothing handed over,
     *         while the inbox has never been projected (no index yet, or no offsets committed)
     * @throws IOException while Elasticsearch or Kafka cannot be asked
     */
    public Optional<Map<Integer, Long>> restore(Consumer<Document> each) throws IOException {
        // the offsets first: the index holds at least what they say once it has been refreshed after reading them
        Map<Integer, Long> offsets = committedOffsets();
        if (offsets.isEmpty() || !client.indices().existsAlias(a -> a.name(alias)).value()) {
            return Optional.empty();
        }
        client.indices().refresh(r -> r.index(alias));
        // read as the document, what the inbox adds to it (stems, review state, labels) ignored: filtering the
        // source in Elasticsearch cost more than reading it whole
        ResponseBody<Document> page = client.search(s -> s.index(alias).size(PAGE).scroll(KEEP_ALIVE)
                .sort(SortOptions.of(o -> o.doc(d -> d))), Document.class);
        String scrollId = page.scrollId();
        // the next page is read while this one is handed over: reading and remembering took about as long each
        ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "inbox-snapshot");
            thread.setDaemon(true);
            return thread;
        });
        try {
            while (!page.hits().hits().isEmpty()) {
                String current = scrollId;
                Future<ScrollResponse<Document>> next = reader.submit(() -> client.scroll(s -> s.scrollId(current)
                        .scroll(KEEP_ALIVE), Document.class));
                for (Hit<Document> hit : page.hits().hits()) {
                    // an entry holding only a decision (its document not read yet) has no revision
                    if (hit.source() != null && hit.source().revision() > 0) {
                        each.accept(hit.source());
                    }
                }
                ScrollResponse<Document> read = next.get();
                page = read;
                scrollId = read.scrollId();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + alias, e);
        } finally {
            reader.shutdownNow();
            String last = scrollId;
            if (last != null) {
                client.clearScroll(c -> c.scrollId(last));
            }
        }
        return Optional.of(offsets);
    }

    private Map<Integer, Long> committedOffsets() throws IOException {
        try (Admin admin = Admin.create(kafka.clientConfig(Map.of(
                AdminClientConfig.CLIENT_ID_CONFIG, "jembatan-inbox-snapshot",
                // the API timeout may not be shorter than a request's
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000)))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(projectionGroup)
                    .partitionsToOffsetAndMetadata().get(20, TimeUnit.SECONDS);
            Map<Integer, Long> offsets = new TreeMap<>();
            committed.forEach((partition, offset) -> {
                if (partition.topic().equals(documentsTopic) && offset != null) {
                    offsets.put(partition.partition(), offset.offset());
                }
            });
            return offsets;
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot read the offsets of consumer group " + projectionGroup + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the offsets of " + projectionGroup, e);
        }
    }

    @Override
    public String toString() {
        return "the inbox index " + alias;
    }
}
