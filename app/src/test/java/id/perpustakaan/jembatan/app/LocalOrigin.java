package id.perpustakaan.jembatan.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server on loopback standing in for an agency's site: serves what the test puts at each path (with an
 * ETag, answering 304 to a matching If-None-Match) and records every request's headers, with when it arrived and when
 * its answer was sent ({@code started-nanos}, {@code ended-nanos}). Requests are answered in parallel, as a real
 * server does, so that a crawler that does not take turns shows as overlapping requests; a path can be made slow.
 */
final class LocalOrigin implements AutoCloseable {

    /** What a path answers: 200 with an ETag unless a test gives another status and headers of its own. */
    record Page(String contentType, byte[] body, String etag, int status, Map<String, String> headers) {

        Page(String contentType, byte[] body, String etag) {
            this(contentType, body, etag, 200, Map.of());
        }
    }

    private static final String ANY_QUERY = "?*";

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Duration> slow = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    LocalOrigin() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            long started = System.nanoTime();
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            String target = exchange.getRequestURI().toString();
            headers.put("target", target);
            headers.put("started-nanos", Long.toString(started));
            requests.add(headers);
            Duration delay = slow.get(target);
            if (delay != null) {
                try {
                    // a slow server, not a wait of the test
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Page page = pages.getOrDefault(target, pages.get(exchange.getRequestURI().getRawPath() + ANY_QUERY));
            if (page == null) {
                exchange.sendResponseHeaders(404, -1);
            } else if (page.status() == 200 && page.etag().equals(headers.get("if-none-match"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", page.contentType());
                if (page.status() == 200) {
                    exchange.getResponseHeaders().add("ETag", page.etag());
                }
                page.headers().forEach(exchange.getResponseHeaders()::add);
                exchange.sendResponseHeaders(page.status(), page.body().length);
                exchange.getResponseBody().write(page.body());
            }
            exchange.close();
            headers.put("ended-nanos", Long.toString(System.nanoTime()));
        });
        server.start();
    }

    /** Serves the body at the path (with its query), under a new ETag each time it is set. */
    /** An agency's page: the body inside a minimal Indonesian HTML document. */
    void html(String pathAndQuery, String body) {
        put(pathAndQuery, "text/html; charset=utf-8", ("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
                + "<title>Dinas</title></head><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8));
    }

    void put(String pathAndQuery, String contentType, byte[] body) {
        pages.put(pathAndQuery, new Page(contentType, body, "\"" + Integer.toHexString(java.util.Arrays.hashCode(body))
                + "\""));
    }

    /** Serves the body at the path whatever its query, unless the path with its query has a body of its own. */
    void putAnyQuery(String path, String contentType, byte[] body) {
        put(path + ANY_QUERY, contentType, body);
    }

    /**
     * Answers the path, whatever its query, with the status and headers: an API's answer with its own headers (a
     * WordPress page count), or its refusal.
     */
    void answerAnyQuery(String path, int status, Map<String, String> headers, String contentType, byte[] body) {
        pages.put(path + ANY_QUERY, new Page(contentType, body, "\"" + Integer.toHexString(
                java.util.Arrays.hashCode(body)) + "\"", status, Map.copyOf(headers)));
    }

    /** Answers the path only after the delay. */
    void slow(String pathAndQuery, Duration delay) {
        slow.put(pathAndQuery, delay);
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Map<String, String>> requests() {
        return requests;
    }

    boolean requested(String pathAndQuery) {
        return requests.stream().anyMatch(headers -> pathAndQuery.equals(headers.get("target")));
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
