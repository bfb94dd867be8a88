package id.perpustakaan.jembatan.app.bench;

import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import id.perpustakaan.jembatan.app.PageSession;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast the review audit and the failures page answer with many kept: {@code -Djembatan.bench.audit-decisions=N}
 * (100,000) decisions written to the reviews topic and as many dead letters, from 40 sources, to the dead-letter
 * topic; then the audit's page, its export, a page deep in it and one document's decisions, and the failures page
 * and its API, each asked 50 times, p50 and p95, beside the same first searches sent straight to Elasticsearch.
 * Not a test: {@code ./mvnw -Pbench -pl app -am verify -DskipTests} (the benchmarks run in {@code verify}, after the
 * test phases, and measure nothing of the suite, so it is skipped).
 */
public final class AuditBenchmark {

    private static final int ROUNDS = 50;
    /** The test configuration's librarian (src/test/resources/config/application.yml), on this classpath too. */
    private static final String LIBRARIAN = "Basic " + Base64.getEncoder()
            .encodeToString("pustakawan:uji-pustakawan-2025".getBytes(StandardCharsets.UTF_8));

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("jembatan.bench.audit-decisions", 100_000);
        String run = "audit" + Long.toHexString(System.currentTimeMillis());
        Path data = Files.createTempDirectory("jembatan-audit");
        Path inbox = Files.createDirectories(data.resolve("inbox"));
        try (ConfigurableApplicationContext app = BenchJembatan.start(data, inbox, run, "",
                "--jembatan.topics.reviews=" + run + ".reviews",
                "--jembatan.topics.deadletter=" + run + ".deadletter")) {
            publish(app, run + ".reviews", count);
            publishFailures(app, run + ".deadletter", count);
            String port = app.getEnvironment().getProperty("local.server.port");
            String base = "http://localhost:" + port;
            // the pages as a signed-in librarian's browser sees them; the API takes Basic on each request
            PageSession pages = new PageSession(Integer.parseInt(port));
            pages.signIn("pustakawan", "uji-pustakawan-2025");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            long started = System.nanoTime();
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> page(pages, "/review/audit").contains(String.format(
                            java.util.Locale.forLanguageTag("id"), "%,d keputusan cocok", count)));
            System.out.printf("%,d decisions written to the reviews topic and in the audit index %.1f s later%n",
                    count, (System.nanoTime() - started) / 1e9);

            String deep = "/review/audit?after=" + deepCursor(http, base);
            ElasticsearchClient client = app.getBean(ElasticsearchClient.class);
            String alias = run + "-audit";
            System.out.printf("%-52s %8s %8s%n", "(milliseconds, " + ROUNDS + " requests each)", "p50", "p95");
            print("page of the audit (/review/audit, 100 newest)", time(() -> page(pages, "/review/audit")));
            print("  the same search straight to Elasticsearch", time(() -> client.search(s -> s.index(alias)
                    .size(100).trackTotalHits(t -> t.enabled(true))
                    .sort(o -> o.field(f -> f.field("at").order(SortOrder.Desc))),
                    Map.class)));
            print("API page (/api/review/audit?limit=500)", time(() -> get(http, base + "/api/review/audit?limit=500")));
            print("page deep in the audit (after the 50,000th)", time(() -> page(pages, deep)));
            print("one document's decisions", time(() -> page(pages,
                    "/review/audit?documentId=bench-inbox-" + count / 2)));
            long[] export = new long[3];
            int size = 0;
            for (int n = 0; n < export.length; n++) {
                long start = System.nanoTime();
                size = page(pages, "/review/audit.csv").length();
                export[n] = System.nanoTime() - start;
            }
            Arrays.sort(export);
            System.out.printf("%-52s %8.0f   (%,d characters; best of 3 %.0f ms)%n", "export of all (/review/audit.csv)",
                    export[1] / 1e6, size, export[0] / 1e6);

            started = System.nanoTime();
            String failures = run + "-failures";
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> client.count(c -> c.index(failures)).count() == count);
            System.out.printf("%,d dead letters of %d sources in the failures index %.1f s after the decisions%n",
                    count, FAILING_SOURCES, (System.nanoTime() - started) / 1e9);
            print("failures page (/review/failures, 20 newest a source)", time(() -> page(pages, "/review/failures")));
            print("  the same search straight to Elasticsearch", time(() -> client.search(s -> s.index(failures)
                    .size(0).aggregations("groups", a -> a.terms(t -> t.field("group").size(1_000))
                            .aggregations("latest", l -> l.topHits(h -> h.size(20).sort(o -> o.field(f -> f
                                    .field("failedAt").order(SortOrder.Desc)))))), Map.class)));
            print("API (/api/review/failures)", time(() -> get(http, base + "/api/review/failures")));
            System.out.printf("load: %s%n", MachineLoad.describe());
        }
    }

    private static final int FAILING_SOURCES = 40;
    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");

    /** Decisions half a minute apart, a seventh of them rejections, by two librarians. */
    private static void publish(ConfigurableApplicationContext app, String topic, int count) throws Exception {
        send(app, count, n -> {
            boolean rejection = n % 7 == 0;
            ReviewDecision decision = new ReviewDecision("bench-inbox-" + n, 1, "sha-" + n,
                    rejection ? ReviewAction.REJECT : ReviewAction.APPROVE, n % 3 == 0 ? "kepala" : "pustakawan",
                    FIRST.plusSeconds(30L * n), rejection ? "bukan informasi publik" : null);
            return new ProducerRecord<>(topic, decision.documentId(),
                    JembatanJson.mapper().writeValueAsString(decision));
        });
    }

    /** Refusals of files from forty folder sources, a minute apart, as a year of a busy library's would be. */
    private static void publishFailures(ConfigurableApplicationContext app, String topic, int count) throws Exception {
        send(app, count, n -> {
            String source = "dinas-" + n % FAILING_SOURCES + "-inbox";
            DeadLetter letter = new DeadLetter(source, "surat-" + n + ".pdf", "surat-" + n + ".pdf", null,
                    "extract", "the PDF is encrypted: ask the agency for a copy without a password", "sha-" + n,
                    FIRST.plusSeconds(60L * n));
            return new ProducerRecord<>(topic, source, JembatanJson.mapper().writeValueAsString(letter));
        });
    }

    /** Sends the count records made one by one, all acknowledged before this returns. */
    private static void send(ConfigurableApplicationContext app, int count, RecordMaker maker) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, app.getEnvironment().getProperty(
                        "jembatan.kafka.bootstrap-servers"),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20),
                new StringSerializer(), new StringSerializer())) {
            List<Future<?>> sent = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                sent.add(producer.send(maker.record(n)));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        }
    }

    @FunctionalInterface
    private interface RecordMaker {
        ProducerRecord<String, String> record(int n) throws Exception;
    }

    /** The cursor the API gives after 50,000 decisions, followed there page by page. */
    private static String deepCursor(HttpClient http, String base) throws Exception {
        String next = base + "/api/review/audit?limit=1000";
        for (int page = 0; page < 50; page++) {
            HttpResponse<String> response = http.send(request(next), HttpResponse.BodyHandlers.ofString());
            String link = response.headers().firstValue("Link").orElseThrow();
            next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        }
        return next.substring(next.indexOf("after=") + "after=".length());
    }

    private static long[] time(Call call) throws Exception {
        for (int n = 0; n < 5; n++) {
            call.run();
        }
        long[] nanos = new long[ROUNDS];
        for (int n = 0; n < ROUNDS; n++) {
            long start = System.nanoTime();
            call.run();
            nanos[n] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void print(String what, long[] sorted) {
        System.out.printf("%-52s %8.1f %8.1f%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6);
    }

    private static String page(PageSession pages, String path) throws Exception {
        HttpResponse<String> response = pages.get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String get(HttpClient http, String uri) throws Exception {
        HttpResponse<String> response = http.send(request(uri), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static HttpRequest request(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Authorization", LIBRARIAN)
                .timeout(Duration.ofSeconds(60)).build();
    }

    @FunctionalInterface
    private interface Call {
        Object run() throws Exception;
    }
}
