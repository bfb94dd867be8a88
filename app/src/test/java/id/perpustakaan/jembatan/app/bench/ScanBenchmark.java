package id.perpustakaan.jembatan.app.bench;

import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast scans become searchable with OCR on, beside bare Tesseract reading the same pages in the same run with
 * one process per core (Tesseract's own threads limited to one, as {@code OMP_THREAD_LIMIT=1} does in the
 * application's environment: the benchmark says when it is not set). Generated A4 pages at 200 dpi, each with text
 * of its own ({@link ScannedPages}); every page must be found by a word only it carries, so a page read wrong is
 * not counted as done. Not a test: {@code ./mvnw -Pbench -pl app -am verify -DskipTests}
 * ({@code -Djembatan.bench.scans=N}, 20 pages by default).
 */
public final class ScanBenchmark {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final String LANGUAGES = "ind+eng";

    private ScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("jembatan.bench.scans", 20);
        int cores = Runtime.getRuntime().availableProcessors();
        Path data = Files.createTempDirectory("jembatan-scans");
        Path inbox = data.resolve("inbox").resolve("bench");
        List<Path> pages = ScannedPages.write(data.resolve("staging"), count, 0);
        System.out.printf("%d scanned pages (PNG, A4 at 200 dpi, about %d KB each); OMP_THREAD_LIMIT=%s%n", count,
                Files.size(pages.get(0)) / 1024, System.getenv().getOrDefault("OMP_THREAD_LIMIT", "(not set)"));

        double bare = bareTesseract(pages, cores);

        String run = "scans" + Long.toHexString(System.currentTimeMillis());
        try (ConfigurableApplicationContext app = BenchJembatan.start(data, inbox, run, "",
                "--jembatan.harvest.ocr=true", "--jembatan.harvest.ocr-languages=" + LANGUAGES)) {
            ElasticsearchClient client = app.getBean(ElasticsearchClient.class);
            String alias = run + "-public";
            long dropped = System.nanoTime();
            for (Path page : pages) {
                Files.move(page, inbox.resolve(page.getFileName()));
            }
            await().atMost(Duration.ofHours(1)).pollInterval(POLL).ignoreExceptions()
                    .until(() -> client.count(c -> c.index(alias)).count() >= count);
            double seconds = (System.nanoTime() - dropped) / 1e9;
            List<String> missed = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                String marker = ScannedPages.marker(n);
                if (client.count(c -> c.index(alias).query(q -> q.match(m -> m.field("text").query(marker))))
                        .count() != 1) {
                    missed.add(marker);
                }
            }
            int found = count - missed.size();
            System.out.printf("%n%-52s %10s %8s%n", "", "pages/s", "ratio");
            System.out.printf("%-52s %10.2f %8.2f   (%d of %d found by their own word)%n",
                    "scans, drop → searchable (OCR " + LANGUAGES + ")", count / seconds, count / seconds / bare,
                    found, count);
            System.out.printf("%-52s %10.2f%n", "  bare Tesseract, " + cores + " processes of 1 thread", bare);
            if (!missed.isEmpty()) {
                System.out.println("not found by their word: " + missed);
            }
            System.out.printf("machine load: %s%n", MachineLoad.describe());
        }
    }

    /** Pages a second Tesseract reads, {@code processes} at a time, each with one thread. */
    private static double bareTesseract(List<Path> pages, int processes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(processes);
        long start = System.nanoTime();
        try {
            List<Future<String>> read = new ArrayList<>();
            for (Path page : pages) {
                read.add(pool.submit(() -> tesseract(page)));
            }
            for (Future<String> text : read) {
                if (text.get().isBlank()) {
                    throw new IllegalStateException("bare Tesseract read nothing: is tesseract-ocr-ind installed?");
                }
            }
        } finally {
            pool.shutdown();
        }
        return pages.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static String tesseract(Path page) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("tesseract", page.toString(), "stdout", "-l", LANGUAGES)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        String text = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("tesseract failed on " + page);
        }
        return text;
    }
}
