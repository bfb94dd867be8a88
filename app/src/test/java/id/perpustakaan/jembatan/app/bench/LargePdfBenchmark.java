package id.perpustakaan.jembatan.app.bench;

import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A PDF of about 200 MB (pages of text over large photographs, as a scanned report with its text layer is) dropped
 * among 200 ordinary files into a Jembatan running in a 512 MB heap, local broker included, with the file size limit
 * raised so that it is read rather than refused: every file must leave the inbox (extracted, or refused with its
 * reason) and the JVM must not run out of memory. Prints where the PDF went, how long it took and the peak heap
 * use. Not a test: {@code ./mvnw -Pbench -pl app -am verify -DskipTests} (the skip keeps the suite from running
 * before it, as it measures nothing of it; the tests still run with {@code ./mvnw verify});
 * {@code -Djembatan.bench.large-pdf-mb=N} for another size.
 */
public final class LargePdfBenchmark {

    private LargePdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int megabytes = Integer.getInteger("jembatan.bench.large-pdf-mb", 200);
        Path data = Files.createTempDirectory("jembatan-large-pdf");
        Path inbox = data.resolve("inbox").resolve("bench");
        Path staging = data.resolve("staging");
        Files.createDirectories(staging);
        Path pdf = largePdf(staging.resolve("laporan-tahunan-dipindai.pdf"), megabytes);
        List<Path> others = DropFolder.texts(staging.resolve("texts"), 200, 0);
        System.out.printf("%s: %d MB; 200 text/HTML files beside it; heap max %d MB%n", pdf.getFileName(),
                Files.size(pdf) / 1_048_576, Runtime.getRuntime().maxMemory() / 1_048_576);

        String run = "largepdf" + Long.toHexString(System.currentTimeMillis());
        try (ConfigurableApplicationContext app = BenchJembatan.start(data, inbox, run, "",
                "--jembatan.harvest.max-file-size=" + (megabytes + 56) + "MB")) {
            Files.createDirectories(inbox);
            HeapSampler heap = new HeapSampler();
            long dropped = System.nanoTime();
            Files.move(pdf, inbox.resolve(pdf.getFileName()));
            for (Path file : others) {
                Files.move(file, inbox.resolve(file.getFileName()));
            }
            await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                try (Stream<Path> left = Files.list(inbox)) {
                    return left.noneMatch(Files::isRegularFile);
                }
            });
            double seconds = (System.nanoTime() - dropped) / 1e9;
            Path done = inbox.resolve(".done");
            boolean extracted;
            try (Stream<Path> files = Files.list(done)) {
                extracted = files.anyMatch(file -> file.getFileName().toString().endsWith(pdf.getFileName().toString()));
            }
            Path reason = inbox.resolve(".failed").resolve(pdf.getFileName() + ".reason");
            System.out.printf("all files left the inbox after %.1f s; the PDF was %s%n", seconds, extracted
                    ? "extracted (in .done/)" : Files.exists(reason) ? "refused: " + Files.readString(reason).strip()
                    : "neither in .done/ nor refused with a reason");
            System.out.printf("peak heap in use (sampled every 50 ms, garbage included): %d MB of %d MB;"
                    + " no OutOfMemoryError%n", heap.stop() / 1_048_576, Runtime.getRuntime().maxMemory() / 1_048_576);
        }
    }

    /** Pages of text over photographs of random grain (which no compression shrinks), up to the size asked. */
    private static Path largePdf(Path file, int megabytes) throws Exception {
        Random random = new Random(7);
        BufferedImage photo = new BufferedImage(1024, 1024, BufferedImage.TYPE_INT_RGB);
        try (PDDocument document = new PDDocument()) {
            PDImageXObject image = null;
            long written = 0;
            for (int page = 1; written < (long) megabytes * 1_048_576; page++) {
                for (int y = 0; y < photo.getHeight(); y++) {
                    for (int x = 0; x < photo.getWidth(); x++) {
                        photo.setRGB(x, y, random.nextInt(0x1000000));
                    }
                }
                image = LosslessFactory.createFromImage(document, photo);
                written += 1024L * 1024 * 3;
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    content.drawImage(image, 50, 300, 495, 495);
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.newLineAtOffset(50, 250);
                    content.showText("Laporan tahunan Dinas Pekerjaan Umum Kota Sawahlunto, halaman " + page + ".");
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** The most heap in use at any sample: what the pools' separate peaks cannot tell, as they are not simultaneous. */
    private static final class HeapSampler {

        private final AtomicLong peak = new AtomicLong();
        private final ScheduledExecutorService sampling = Executors.newSingleThreadScheduledExecutor();

        HeapSampler() {
            sampling.scheduleAtFixedRate(() -> peak.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max), 0, 50,
                    TimeUnit.MILLISECONDS);
        }

        long stop() {
            sampling.shutdownNow();
            return peak.get();
        }
    }
}
