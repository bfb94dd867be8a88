package id.perpustakaan.jembatan.app.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import id.perpustakaan.jembatan.app.JembatanApplication;
import id.perpustakaan.jembatan.indexer.search.SearchFilters;
import id.perpustakaan.jembatan.indexer.search.SearchQuery;
import id.perpustakaan.jembatan.indexer.search.SearchRequests;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.indexer.search.SynonymsFile;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search latency through the API against the very same Elasticsearch requests sent straight to the node, in the
 * same run, at 1, 8 and 32 concurrent clients over generated Indonesian documents (not a test:
 * {@code ./mvnw -Pbench -pl app -am verify -DskipTests}; {@code -Djembatan.bench.documents=N} changes the
 * 100,000). The application runs with its local Kafka and Elasticsearch; documents reach the index the way they
 * always do, through the published topic and the projection.
 */
public final class SearchBenchmark {

    private static final int[] CLIENTS = {1, 8, 32};
    private static final Duration LEVEL_LIMIT = Duration.ofSeconds(90);

    /** A query as the portal sends it, and as the search service builds it. */
    record BenchQuery(String parameters, SearchQuery query) {
    }

    public static void main(String[] args) throws Exception {
        int documents = Integer.getInteger("jembatan.bench.documents", 100_000);
        Path data = Files.createTempDirectory("jembatan-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JembatanApplication.class).run(
                "--server.port=0", "--jembatan.data-dir=" + data, "--jembatan.local.kafka.port=0",
                "--jembatan.local.elasticsearch.port=0", "--jembatan.local.elasticsearch.heap=1g",
                // 32 clients on one address measure the search, not the per-address allowance
                "--jembatan.limits.reads-per-minute=0",
                "--logging.level.root=WARN")) {
            String api = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            String elasticsearch = app.getEnvironment().getProperty("jembatan.elasticsearch.uris");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

            Instant seeding = Instant.now();
            seed(app, documents);
            awaitIndexed(http, api, documents);
            System.out.printf("%,d documents published and indexed in %d s%n", documents,
                    Duration.between(seeding, Instant.now()).toSeconds());

            String alias = app.getBean(SearchService.class).alias();
            var synonyms = app.getBean(SynonymsFile.class).get();
            var mapper = new JacksonJsonpMapper(JembatanJson.mapper());
            List<HttpRequest> direct = new ArrayList<>();
            List<HttpRequest> throughApi = new ArrayList<>();
            for (BenchQuery query : queries()) {
                String body = JsonpUtils.toJsonString(SearchRequests.of(alias, query.query(), synonyms, null),
                        mapper);
                direct.add(HttpRequest.newBuilder(URI.create(elasticsearch.split(",")[0] + "/" + alias
                                + "/_search?typed_keys=true"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
                throughApi.add(HttpRequest.newBuilder(URI.create(api + "/api/search?" + query.parameters())).GET()
                        .build());
            }
            // warm both paths: JIT, caches, connections
            run(http, direct, 8, 400);
            run(http, throughApi, 8, 400);
            if (Boolean.getBoolean("jembatan.bench.in-process")) {
                inProcess(app, http, direct, alias);
            }

            System.out.println();
            System.out.println(MachineLoad.describe());
            System.out.println("clients  requests   ES p50   p95    p99  |  API p50   p95    p99  |  ratio p50  p95  p99");
            for (int clients : CLIENTS) {
                int requests = Math.max(300, clients * 60);
                // alternating halves, so that a drift of the machine falls on both sides alike
                long[] es1 = run(http, direct, clients, requests / 2);
                long[] api1 = run(http, throughApi, clients, requests / 2);
                long[] es2 = run(http, direct, clients, requests / 2);
                long[] api2 = run(http, throughApi, clients, requests / 2);
                long[] es = concat(es1, es2);
                long[] viaApi = concat(api1, api2);
                System.out.printf("%7d  %8d  %6.1f %6.1f %6.1f  | %6.1f %6.1f %6.1f  |  %5.2f %5.2f %5.2f%n",
                        clients, es.length + viaApi.length,
                        ms(es, 50), ms(es, 95), ms(es, 99), ms(viaApi, 50), ms(viaApi, 95), ms(viaApi, 99),
                        ms(viaApi, 50) / ms(es, 50), ms(viaApi, 95) / ms(es, 95), ms(viaApi, 99) / ms(es, 99));
            }
            System.out.println("(milliseconds; ES = the API's own Elasticsearch requests sent straight to the node)");
            System.out.println(MachineLoad.describe());
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
    }

    private static List<BenchQuery> queries() {
        List<BenchQuery> queries = new ArrayList<>();
        add(queries, "q=beasiswa", "beasiswa", SearchFilters.NONE, SearchQuery.Order.RELEVANCE);
        add(queries, "q=bantuan+sosial", "bantuan sosial", SearchFilters.NONE, SearchQuery.Order.RELEVANCE);
        add(queries, "q=%22air+bersih%22+kelurahan", "\"air bersih\" kelurahan", SearchFilters.NONE,
                SearchQuery.Order.RELEVANCE);
        add(queries, "q=disdukcapil+akta+kelahiran", "disdukcapil akta kelahiran", SearchFilters.NONE,
                SearchQuery.Order.RELEVANCE);
        add(queries, "q=perwako+12+2024", "perwako 12 2024", SearchFilters.NONE, SearchQuery.Order.RELEVANCE);
        add(queries, "q=vaksinasi+-balita", "vaksinasi -balita", SearchFilters.NONE, SearchQuery.Order.RELEVANCE);
        add(queries, "q=pengumuman+seleksi&agency=disdik", "pengumuman seleksi",
                SearchFilters.of(List.of("disdik"), null, false), SearchQuery.Order.RELEVANCE);
        add(queries, "q=festival&kind=news", "festival", SearchFilters.of(null, List.of("NEWS"), false),
                SearchQuery.Order.RELEVANCE);
        add(queries, "q=retribusi+parkir&year=2023", "retribusi parkir",
                new SearchFilters(null, null, List.of(2023), null, null, null, null, null, null, false),
                SearchQuery.Order.RELEVANCE);
        add(queries, "kind=regulation&sort=newest", null, SearchFilters.of(null, List.of("REGULATION"), false),
                SearchQuery.Order.NEWEST);
        add(queries, "q=perpustakan", "perpustakan", SearchFilters.NONE, SearchQuery.Order.RELEVANCE);
        add(queries, "q=sekolah&sort=newest", "sekolah", SearchFilters.NONE, SearchQuery.Order.NEWEST);
        add(queries, "q=pasar&from=2020-01-01&to=2021-12-31", "pasar", new SearchFilters(null, null, null,
                LocalDate.parse("2020-01-01"), LocalDate.parse("2021-12-31"), null, null, null, null, false),
                SearchQuery.Order.RELEVANCE);
        add(queries, "q=literasi&includeExpired=true", "literasi", SearchFilters.of(null, null, true),
                SearchQuery.Order.RELEVANCE);
        add(queries, "q=stunting+gizi+balita", "stunting gizi balita", SearchFilters.NONE,
                SearchQuery.Order.RELEVANCE);
        add(queries, "q=perda+pajak+daerah", "perda pajak daerah", SearchFilters.NONE, SearchQuery.Order.RELEVANCE);
        return queries;
    }

    private static void add(List<BenchQuery> queries, String parameters, String q, SearchFilters filters,
                            SearchQuery.Order order) {
        queries.add(new BenchQuery(parameters, new SearchQuery(q, filters, order, 0, 10, null)));
    }

    private static void seed(ConfigurableApplicationContext app, int documents) throws Exception {
        String topic = app.getBean(Topics.class).published();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                app.getEnvironment().getProperty("jembatan.kafka.bootstrap-servers"),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new StringSerializer(), new StringSerializer())) {
            for (int n = 0; n < documents; n++) {
                var document = GeneratedDocuments.generate(n);
                producer.send(new ProducerRecord<>(topic, document.id(),
                        JembatanJson.mapper().writeValueAsString(document)));
            }
            producer.flush();
        }
    }

    private static void awaitIndexed(HttpClient http, String api, int documents) throws Exception {
        HttpRequest count = HttpRequest.newBuilder(URI.create(api + "/api/search?includeExpired=true&size=1")).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(20));
        long total = -1;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> answer = http.send(count, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                JsonNode json = JsonMapper.shared().readTree(answer.body());
                total = json.get("total").asLong();
                if (total >= documents) {
                    return;
                }
            }
            Thread.sleep(2_000);
        }
        throw new IllegalStateException("only " + total + " of " + documents + " documents indexed after 20 minutes");
    }

    /** Latencies in nanoseconds of {@code total} requests sent round-robin by {@code clients} threads. */
    private static long[] run(HttpClient http, List<HttpRequest> requests, int clients, int total) throws Exception {
        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        Instant limit = Instant.now().plus(LEVEL_LIMIT);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total && Instant.now().isBefore(limit);
                         i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        HttpResponse<Void> answer = http.send(requests.get(i % requests.size()),
                                HttpResponse.BodyHandlers.discarding());
                        latencies[i] = System.nanoTime() - start;
                        if (answer.statusCode() != 200) {
                            throw new IllegalStateException(answer.statusCode() + " for " + answer.uri());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
    }

    /**
     * The same searches from inside the application's JVM, layer by layer, to tell where the API's time goes: the
     * search service (request building, the Elasticsearch client, reading the answer), the client's low-level HTTP
     * transport with the very bodies the direct requests send, and the JDK's HTTP client sending those requests.
     */
    private static void inProcess(ConfigurableApplicationContext app, HttpClient http, List<HttpRequest> direct,
                                  String alias) throws Exception {
        SearchService service = app.getBean(SearchService.class);
        var transport = (Rest5ClientTransport) app.getBean(ElasticsearchClient.class)._transport();
        var mapper = new JacksonJsonpMapper(JembatanJson.mapper());
        var synonyms = app.getBean(SynonymsFile.class).get();
        List<Callable<?>> viaService = new ArrayList<>();
        List<Callable<?>> viaTransport = new ArrayList<>();
        List<Callable<?>> viaJdk = new ArrayList<>();
        List<Callable<?>> viaClient = new ArrayList<>();
        ElasticsearchClient client = app.getBean(ElasticsearchClient.class);
        for (BenchQuery query : queries()) {
            viaService.add(() -> service.search(query.query()));
            viaClient.add(() -> client.search(SearchRequests.of(alias, query.query(), synonyms, null),
                    Document.class));
            String body = JsonpUtils.toJsonString(SearchRequests.of(alias, query.query(), synonyms, null), mapper);
            viaTransport.add(() -> {
                Request request = new Request("POST", "/" + alias + "/_search");
                request.addParameter("typed_keys", "true");
                request.setJsonEntity(body);
                return EntityUtils.toByteArray(transport.restClient().performRequest(request).getEntity());
            });
        }
        direct.forEach(request -> viaJdk.add(() -> http.send(request, HttpResponse.BodyHandlers.ofByteArray())));
        Map<String, List<Callable<?>>> layers = new LinkedHashMap<>();
        layers.put("search service", viaService);
        layers.put("typed client", viaClient);
        layers.put("low-level client", viaTransport);
        layers.put("JDK HTTP client", viaJdk);
        for (int clients : CLIENTS) {
            for (Map.Entry<String, List<Callable<?>>> layer : layers.entrySet()) {
                long[] latencies = runCalls(layer.getValue(), clients, Math.max(300, clients * 60));
                System.out.printf("in process, %2d clients, %-16s p50 %6.1f p95 %6.1f%n", clients, layer.getKey(),
                        ms(latencies, 50), ms(latencies, 95));
            }
        }
    }

    /** Latencies in nanoseconds of {@code total} calls made round-robin by {@code clients} threads. */
    private static long[] runCalls(List<Callable<?>> calls, int clients, int total) throws Exception {
        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        calls.get(i % calls.size()).call();
                        latencies[i] = System.nanoTime() - start;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return Arrays.stream(latencies).sorted().toArray();
    }

    private static double ms(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        return all;
    }
}
