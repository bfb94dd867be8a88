package id.perpustakaan.jembatan.app.bench;

import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import id.perpustakaan.jembatan.model.Document;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast a dropped folder becomes searchable, beside what its parts can do in the same run: generated text and
 * HTML files waiting at launch (cold, from launch) and dropped into the running application (warm, from the drop),
 * then copies of the corpus's office files; against bare Tika on the same files with 1 and 2 threads and a bare
 * {@code _bulk} of the same documents into the same node. OCR is off on both sides. Not a test:
 * {@code ./mvnw -Pbench -pl app -am verify -DskipTests} (the skip keeps the suite from running before it, as it
 * measures nothing of it; the tests still run with {@code ./mvnw verify}); {@code -Djembatan.bench.drop-files=N} (1,000) and
 * {@code -Djembatan.bench.office-files=N} (400) and {@code -Djembatan.bench.feed-items=N} (500) set the sizes. Last,
 * items added to a local RSS feed at 10 a second: how soon each is searchable (p50, p95).
 */
public final class DropBenchmark {

    /** How often a wait looks; the files/s it reports are exact to this. */
    private static final Duration POLL = Duration.ofMillis(100);
    private static final int FEED_ITEMS_PER_SECOND = 10;

    private DropBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("jembatan.bench.drop-files", 1_000);
        int officeCount = Integer.getInteger("jembatan.bench.office-files", 400);
        int feedItems = Integer.getInteger("jembatan.bench.feed-items", 500);
        Path corpus = Path.of(System.getProperty("jembatan.bench.corpus", "../../shared/corpus/docs"));
        Path data = Files.createTempDirectory("jembatan-drop");
        Path inbox = data.resolve("inbox").resolve("bench");
        List<Path> cold = DropFolder.texts(inbox, count, 0);
        List<Path> warm = DropFolder.texts(data.resolve("staging/texts"), count, count);
        List<Path> office = DropFolder.officeCopies(corpus, data.resolve("staging/office"), officeCount);
        System.out.printf("%d + %d generated text/HTML files (about %d KB each), %d office copies (%d MB)%n",
                count, count, Files.size(warm.get(0)) / 1024, office.size(), megabytes(office));

        // bare Tika first, on a machine the application does not share yet
        tika(warm, 1);
        double tika1 = tika(warm, 1);
        double tika2 = tika(warm, 2);
        if (!office.isEmpty()) {
            tika(office, 1);
        }
        double officeTika1 = office.isEmpty() ? 0 : tika(office, 1);
        double officeTika2 = office.isEmpty() ? 0 : tika(office, 2);

        String run = "drop" + Long.toHexString(System.currentTimeMillis());
        FeedLatency feed = new FeedLatency(feedItems);
        long cpuAtLaunch = cpuNanos();
        long launch = System.nanoTime();
        try (ConfigurableApplicationContext app = BenchJembatan.start(data, inbox, run, feed.source(),
                "--jembatan.harvest.ocr=false")) {
            double ready = seconds(launch);
            ElasticsearchClient client = app.getBean(ElasticsearchClient.class);
            String alias = run + "-public";
            awaitSearchable(client, alias, count);
            double coldSeconds = seconds(launch);
            double coldCpu = (cpuNanos() - cpuAtLaunch) / 1e9;

            long cpuAtDrop = cpuNanos();
            long nodeCpuAtDrop = childrenCpuNanos();
            long dropped = System.nanoTime();
            for (Path file : warm) {
                Files.move(file, inbox.resolve(file.getFileName()));
            }
            awaitSearchable(client, alias, 2L * count);
            double warmSeconds = seconds(dropped);
            double warmCpu = (cpuNanos() - cpuAtDrop) / 1e9;
            double warmNodeCpu = (childrenCpuNanos() - nodeCpuAtDrop) / 1e9;

            double officeSeconds = 0;
            long officeDone = 0;
            if (!office.isEmpty()) {
                long officeDropped = System.nanoTime();
                for (Path file : office) {
                    Files.move(file, inbox.resolve(file.getFileName()));
                }
                officeDone = awaitInboxEmpty(inbox);
                // copies of one file have one text, so they are one document with many sources: the drop is
                // searchable when the index stops growing
                officeSeconds = (awaitSettled(client, alias) - officeDropped) / 1e9;
            }
            double bulk = bareBulk(client, run + "-bare", count);
            long[] feedLatencies = feedItems == 0 ? new long[0] : feed.measure(client, alias, FEED_ITEMS_PER_SECOND);
            feed.close();

            System.out.printf("%nready after %.1f s%n", ready);
            System.out.printf("%-44s %10s %12s %10s%n", "", "files/s", "ratio", "CPU ms/file");
            System.out.printf("%-44s %10.1f %12s %10.0f%n", "text/HTML cold (launch → all searchable)",
                    count / coldSeconds, "", coldCpu * 1000 / count);
            System.out.printf("%-44s %10.1f %12s %10.0f%n", "text/HTML warm (drop → all searchable)",
                    count / warmSeconds, "", warmCpu * 1000 / count);
            // what the machine can give at most: every processor busy with this JVM's and the node's share of a file
            double cpuPerFile = (warmCpu + warmNodeCpu) / count;
            System.out.printf("%-44s %10.1f %12s %10.0f%n", "  ceiling: processors / CPU of JVM and node",
                    Runtime.getRuntime().availableProcessors() / cpuPerFile, "", cpuPerFile * 1000);
            System.out.printf("%-44s %10s %12s %10.0f%n", "  of which the Elasticsearch node", "", "",
                    warmNodeCpu * 1000 / count);
            System.out.printf("%-44s %10.1f %12.2f%n", "  bare Tika, 1 thread", tika1, count / warmSeconds / tika1);
            System.out.printf("%-44s %10.1f %12.2f%n", "  bare Tika, 2 threads", tika2, count / warmSeconds / tika2);
            System.out.printf("%-44s %10.1f %12.2f%n", "  bare _bulk of the same documents", bulk,
                    count / warmSeconds / bulk);
            if (!office.isEmpty()) {
                System.out.printf("%-44s %10.1f   (%d of %d taken, the rest refused with a reason)%n",
                        "office copies (drop → left the inbox, searchable)", office.size() / officeSeconds,
                        officeDone, office.size());
                System.out.printf("%-44s %10.1f %12.2f%n", "  bare Tika, 1 thread", officeTika1,
                        office.size() / officeSeconds / officeTika1);
                System.out.printf("%-44s %10.1f %12.2f%n", "  bare Tika, 2 threads", officeTika2,
                        office.size() / officeSeconds / officeTika2);
            }
            if (feedLatencies.length > 0) {
                System.out.printf("feed item → searchable, %d items at %d a second, source read every second: p50 %d ms,"
                                + " p95 %d ms, max %d ms%n", feedLatencies.length, FEED_ITEMS_PER_SECOND,
                        FeedLatency.percentile(feedLatencies, 0.50), FeedLatency.percentile(feedLatencies, 0.95),
                        feedLatencies[feedLatencies.length - 1]);
            }
            System.out.printf("CPU seconds of this JVM: %.1f from launch; machine load: %s%n",
                    (cpuNanos() - cpuAtLaunch) / 1e9, MachineLoad.describe());
            System.out.printf("peak resident memory of this JVM (application, broker, benchmark): %d MB; heap max %d MB%n",
                    peakResidentMegabytes(), Runtime.getRuntime().maxMemory() / 1024 / 1024);
        }
    }

    /** Files a second Tika parses into text, warm, on {@code threads} threads, OCR off as in the run measured. */
    private static double tika(List<Path> files, int threads) throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> parsed = files.stream().<Future<?>>map(file -> pool.submit(() -> {
                TesseractOCRConfig noOcr = new TesseractOCRConfig();
                noOcr.setSkipOcr(true);
                ParseContext context = new ParseContext();
                context.set(TesseractOCRConfig.class, noOcr);
                try (InputStream in = Files.newInputStream(file)) {
                    parser.parse(in, new BodyContentHandler(-1), new Metadata(), context);
                } catch (Exception refused) {
                    // the corpus holds files Tika refuses; refusing costs what it costs in the pipeline too
                }
                return null;
            })).toList();
            for (Future<?> done : parsed) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        return files.size() / seconds(start);
    }

    /** Documents a second a bare bulk indexes: the same sizes of text, 500 a request, 2 requests in flight. */
    private static double bareBulk(ElasticsearchClient client, String index, int count) throws Exception {
        List<Document> documents = Stream.iterate(count, n -> n + 1).limit(count)
                .map(GeneratedDocuments::generate).toList();
        client.indices().create(c -> c.index(index));
        CountDownLatch answered = new CountDownLatch(documents.size());
        long start = System.nanoTime();
        try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client).maxOperations(500)
                .maxConcurrentRequests(2).listener(new BulkListener<Void>() {
                    @Override
                    public void beforeBulk(long id, BulkRequest request, List<Void> contexts) {
                    }

                    @Override
                    public void afterBulk(long id, BulkRequest request, List<Void> contexts, BulkResponse r) {
                        r.items().forEach(item -> answered.countDown());
                    }

                    @Override
                    public void afterBulk(long id, BulkRequest request, List<Void> contexts, Throwable failure) {
                        throw new IllegalStateException("bare bulk failed", failure);
                    }
                }))) {
            for (Document document : documents) {
                ingester.add(op -> op.index(i -> i.index(index).id(document.id())
                        .document(Map.of("title", document.title(), "text", document.text()))));
            }
            ingester.flush();
            answered.await();
        }
        client.indices().refresh(r -> r.index(index));
        double perSecond = documents.size() / seconds(start);
        client.indices().delete(d -> d.index(index));
        return perSecond;
    }

    private static void awaitSearchable(ElasticsearchClient client, String alias, long expected) {
        // the index is made at start; until then there is nothing to count
        await().atMost(Duration.ofHours(1)).pollInterval(POLL).ignoreExceptions()
                .until(() -> client.count(c -> c.index(alias)).count() >= expected);
    }

    /** When the index last grew, once it has not grown for five seconds. */
    private static long awaitSettled(ElasticsearchClient client, String alias) {
        AtomicLong count = new AtomicLong(-1);
        AtomicLong grew = new AtomicLong(System.nanoTime());
        await().atMost(Duration.ofHours(1)).pollInterval(POLL).until(() -> {
            long now = client.count(c -> c.index(alias)).count();
            if (now != count.getAndSet(now)) {
                grew.set(System.nanoTime());
            }
            return System.nanoTime() - grew.get() >= 5_000_000_000L;
        });
        return grew.get();
    }

    /** Waits until no dropped file is left in the inbox; the number that went to .done/. */
    private static long awaitInboxEmpty(Path inbox) throws Exception {
        await().atMost(Duration.ofHours(1)).pollInterval(POLL).until(() -> {
            try (Stream<Path> left = Files.list(inbox)) {
                return left.noneMatch(Files::isRegularFile);
            }
        });
        try (Stream<Path> done = Files.list(inbox.resolve(".done"))) {
            return done.filter(file -> file.getFileName().toString().matches("\\d+-.*")).count();
        }
    }

    private static long megabytes(List<Path> files) throws Exception {
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        return bytes / 1024 / 1024;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of this JVM's child processes: the local Elasticsearch node and its launcher. */
    private static long childrenCpuNanos() {
        return ProcessHandle.current().descendants()
                .mapToLong(child -> child.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .sum();
    }

    private static long peakResidentMegabytes() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
