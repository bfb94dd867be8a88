package id.perpustakaan.jembatan.routes.normalise;

import static id.perpustakaan.jembatan.routes.normalise.TextExtractorTest.raw;
import static id.perpustakaan.jembatan.routes.normalise.TextExtractorTest.tesseractInstalled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.routes.fixtures.Documents;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A parse past its time limit is stopped, not abandoned: no rendering, no OCR goes on for nobody. */
class ParseStopTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void aLongScanStoppedAtItsTimeLimitUsesNoCpuFiveSecondsLaterAndLeavesNoTesseractRunning() throws Exception {
        assumeTrue(tesseractInstalled(), "tesseract is not on the PATH: a scan would not take long to parse");
        // about a second of rendering and OCR a page: these would take minutes
        byte[] scan = Documents.scannedPdf(300, "PENGUMUMAN PERPUSTAKAAN KOTA", "Pendaftaran anggota baru dibuka",
                "setiap hari kerja di lantai dua");

        try (var extractor = new TextExtractor(ParserSettings.defaults().withTimeout(Duration.ofSeconds(3)), 1,
                new SimpleMeterRegistry())) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> extractor.extract(raw("pindaian-panjang.pdf", scan)))
                    .isInstanceOf(ContentRejectedException.class)
                    .hasMessage("timeout after 3 s while parsing (jembatan.harvest.parse-timeout)");
            long answeredAfter = (System.nanoTime() - start) / 1_000_000;
            assertThat(answeredAfter).as("answered at the limit, not when the parse ends").isLessThan(4_000);

            await().atMost(Duration.ofSeconds(5)).until(() -> tesseracts().isEmpty());
            long cpuAtFiveSeconds = parseCpuNanos();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                    .until(() -> parseCpuNanos() - cpuAtFiveSeconds < 20_000_000 && tesseracts().isEmpty());
            System.out.printf("answered after %d ms; parse thread CPU during the 2 s after it stopped: %d ms%n",
                    answeredAfter, (parseCpuNanos() - cpuAtFiveSeconds) / 1_000_000);
        }
    }

    @Test
    void aParseStoppedAtItsLimitLeavesItsThreadFreeForTheNextDocument() throws Exception {
        try (var extractor = new TextExtractor(ParserSettings.defaults().withTimeout(Duration.ofMillis(1)), 1,
                new SimpleMeterRegistry())) {
            assertThatThrownBy(() -> extractor.extract(raw("lama.pdf", Documents.pdf("Lama", "baris"))))
                    .hasMessage("timeout after 1 ms while parsing (jembatan.harvest.parse-timeout)");
        }
        try (var extractor = new TextExtractor(ParserSettings.defaults(), 1, new SimpleMeterRegistry())) {
            for (int i = 0; i < 3; i++) {
                assertThat(extractor.extract(raw("surat-" + i + ".pdf", Documents.pdf("Surat " + i, "isi"))).text())
                        .contains("Surat " + i);
            }
        }
    }

    /** Tesseract processes this JVM started, directly or through a child. */
    private static List<ProcessHandle> tesseracts() {
        return ProcessHandle.current().descendants()
                .filter(process -> process.info().command().map(command -> command.endsWith("tesseract"))
                        .orElse(false))
                .toList();
    }

    /** CPU time of the parse threads, alive or not yet gone. */
    private static long parseCpuNanos() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("tika-parse-") && !thread.getName().contains("watchdog"))
                .mapToLong(thread -> Math.max(0, THREADS.getThreadCpuTime(thread.getId())))
                .sum();
    }
}
