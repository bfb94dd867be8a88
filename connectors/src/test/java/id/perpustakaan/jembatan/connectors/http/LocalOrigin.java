package id.perpustakaan.jembatan.connectors.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A web server on 127.0.0.1 that answers per path and records what it was asked. */
final class LocalOrigin implements AutoCloseable {

    /** One request as the origin received it. */
    record Received(String path, Headers headers, long atNanos) {
    }

    @FunctionalInterface
    interface Answer {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    /** A started origin, for a test's {@code @AutoClose} field. */
    static LocalOrigin start() {
        try {
            return new LocalOrigin();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a local origin", e);
        }
    }

    LocalOrigin() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            URI asked = exchange.getRequestURI();
            String pathAndQuery = asked.getRawPath() + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery());
            received.add(new Received(pathAndQuery, exchange.getRequestHeaders(), System.nanoTime()));
            try (exchange) {
                answers.getOrDefault(exchange.getRequestURI().getRawPath(), LocalOrigin::notFound).handle(exchange);
            }
        });
        server.start();
    }

    LocalOrigin on(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Same origin under another name, a host the policies of these tests do not allow. */
    URI urlViaLocalhost(String path) {
        return URI.create("http://localhost:" + server.getAddress().getPort() + path);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<String> paths() {
        return received.stream().map(Received::path).toList();
    }

    static FetchPolicy policy(boolean obeyRobots) {
        return new FetchPolicy(Set.of("127.0.0.1:*"), true, FetchPolicy.USER_AGENT, Duration.ofSeconds(2),
                Duration.ofSeconds(5), 1024 * 1024, Duration.ZERO, obeyRobots);
    }

    static Answer text(int status, String body, String... headerPairs) {
        return exchange -> {
            for (int i = 0; i < headerPairs.length; i += 2) {
                exchange.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        };
    }

    static Answer redirect(int status, String location) {
        return exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(status, -1);
        };
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(404, -1);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
