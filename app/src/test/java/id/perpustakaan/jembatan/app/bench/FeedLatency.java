package id.perpustakaan.jembatan.app.bench;

import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How soon an item an agency adds to its RSS feed is searchable: a local feed that gains items at a steady rate
 * (each carrying the moment it appeared), a feed source reading it every second, and the public index watched for
 * each item's title. The latency is from the item's appearance in the feed to its first sighting in the index, so
 * it includes the wait for the source's next look (up to its schedule).
 */
final class FeedLatency implements AutoCloseable {

    static final String AGENCY = "feedbench";

    /** The feed keeps the newest items, as agencies' feeds do; at the rates measured, none leaves it unread. */
    private static final int ITEMS_IN_FEED = 100;
    private static final Pattern NUMBER = Pattern.compile("nomor (\\d+)");

    private final HttpServer server;
    private final List<String> items = new CopyOnWriteArrayList<>();
    private final long[] appeared;
    private final long[] sighted;

    FeedLatency(int count) throws IOException {
        appeared = new long[count];
        sighted = new long[count];
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", exchange -> {
            byte[] body = feed().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
    }

    /** The source to read it, as an entry of the sources file. */
    String source() {
        return """
                    - id: feed-bench
                      agency-code: %s
                      agency-name: Bagian Protokol dan Komunikasi Pimpinan
                      kind: feed
                      url: %s
                      schedule: 1s
                      review: auto
                      default-kind: news
                      options:
                        allowed-hosts: "127.0.0.1:*"
                        allow-private-addresses: "true"
                """.formatted(AGENCY, url());
    }

    /** Adds {@code count} items at {@code perSecond}, and returns the latencies in milliseconds, sorted. */
    long[] measure(ElasticsearchClient client, String alias, int perSecond) throws Exception {
        // items appear on a schedule, as an agency posts them, not on a condition
        ScheduledExecutorService adding = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger next = new AtomicInteger();
        adding.scheduleAtFixedRate(() -> {
            int n = next.getAndIncrement();
            if (n < appeared.length) {
                appeared[n] = System.nanoTime();
                items.add(item(n));
            }
        }, 0, 1_000_000_000L / perSecond, TimeUnit.NANOSECONDS);
        ConcurrentHashMap<Integer, Boolean> seen = new ConcurrentHashMap<>();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            long now = System.nanoTime();
            var found = client.search(s -> s.index(alias).size(appeared.length).source(src -> src.filter(
                            f -> f.includes("title")))
                    .query(q -> q.term(t -> t.field("agency.code").value(AGENCY))), ObjectNode.class);
            found.hits().hits().forEach(hit -> {
                Matcher number = NUMBER.matcher(hit.source().path("title").asText());
                if (number.find() && seen.putIfAbsent(Integer.parseInt(number.group(1)), true) == null) {
                    sighted[Integer.parseInt(number.group(1))] = now;
                }
            });
            return seen.size() == appeared.length;
        });
        adding.shutdownNow();
        long[] latencies = new long[appeared.length];
        for (int n = 0; n < appeared.length; n++) {
            latencies[n] = (sighted[n] - appeared[n]) / 1_000_000;
        }
        Arrays.sort(latencies);
        return latencies;
    }

    private String feed() {
        List<String> newest = new ArrayList<>(items.subList(Math.max(0, items.size() - ITEMS_IN_FEED), items.size()));
        java.util.Collections.reverse(newest);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Prokopim</title>"
                + "<link>http://127.0.0.1/</link><description>Berita pimpinan</description><language>id</language>"
                + String.join("", newest) + "</channel></rss>";
    }

    private String item(int n) {
        String base = url().replace("/feed.xml", "");
        return "<item><guid isPermaLink=\"false\">bench-" + n + "</guid><title>Wali Kota meninjau pasar, berita nomor "
                + n + "</title><link>" + base + "/berita/" + n + "</link><description>"
                // a text of its own: items alike but for a number would be kept as one document
                + GeneratedDocuments.generate(50_000_000 + n).text().replace("&", "&amp;").replace("<", "&lt;")
                + "</description><pubDate>" + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now())
                + "</pubDate></item>";
    }

    static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
