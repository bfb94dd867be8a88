package id.perpustakaan.jembatan.routes.normalise;

import static id.perpustakaan.jembatan.routes.normalise.TextExtractorTest.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.routes.fixtures.Documents;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** What one file may hold, counted across archives inside archives. */
class ArchiveLimitsTest {

    private static final int COPIES = 10;

    @Test
    void refusesANestedZipBombWhoseLevelsEachPassTheRatioNamingTheUnpackedLimit() throws Exception {
        // data, not text: Tika's ratio counts the characters a package gives, and this gives none
        byte[] bomb = nestedBomb(noisyZeros());
        try (var extractor = new TextExtractor(ParserSettings.defaults()
                .withArchiveLimits(64L * 1024 * 1024, 10_000, 5), new SimpleMeterRegistry())) {
            assertThatThrownBy(() -> extractor.extract(raw("bom-bersarang.zip", bomb)))
                    .isInstanceOf(ContentRejectedException.class)
                    .hasMessage("zip bomb: the documents inside unpack to more than 64 MB, counting archives inside"
                            + " archives (jembatan.harvest.max-unpacked-size)");
        }
    }

    @Test
    void refusesANestedZipBombOfTextInsteadOfPublishingItCutAtTheCharacterLimit() throws Exception {
        byte[] bomb = nestedBomb(numberedLines());
        try (var extractor = new TextExtractor(ParserSettings.defaults(), new SimpleMeterRegistry())) {
            assertThatThrownBy(() -> extractor.extract(raw("bom-teks.zip", bomb)))
                    .isInstanceOf(ContentRejectedException.class)
                    .hasMessageStartingWith("zip bomb: ");
        }
    }

    /**
     * Three levels of zips of zips, ten copies at each: every zip alone unpacks to less than a hundred times its
     * size, all of them together to a thousand times the content.
     */
    private static byte[] nestedBomb(byte[] content) throws IOException {
        byte[] level3 = Documents.zip(false, Map.of("bagian.bin", content));
        // stored copies of a small zip repeat within deflate's window: the next level squeezes them again
        byte[] level2 = Documents.zip(true, copies("bagian", level3));
        byte[] level1 = Documents.zip(false, copies("berkas", level2));
        byte[] bomb = Documents.zip(false, copies("arsip", level1));
        for (byte[] level : new byte[][] {level3, level2, level1, bomb}) {
            assertThat(ratio(level)).as("each level alone is within the per-file ratio").isLessThan(100);
        }
        long unpacked = (long) content.length * COPIES * COPIES * COPIES;
        assertThat(unpacked).as("in all, hundreds of times its size").isGreaterThan(200L * bomb.length);
        return bomb;
    }

    /** Blocks of zeros each opened by a few random bytes: compresses about 1:40, and is no text. */
    private static byte[] noisyZeros() {
        byte[] data = new byte[600 * 1024];
        var random = new java.util.Random(11);
        for (int block = 0; block < data.length; block += 1024) {
            byte[] noise = new byte[16];
            random.nextBytes(noise);
            System.arraycopy(noise, 0, data, block, noise.length);
        }
        return data;
    }

    @Test
    void readsEveryTextOfAHarmlessNestedArchive() throws Exception {
        byte[] deepest = Documents.zip(false, Map.of("lampiran-3.txt", Documents.text("Jadwal posyandu Talawi")));
        byte[] inner = Documents.zip(false, ordered("lampiran-2.docx", Documents.docx("Surat Edaran", "Jam layanan"),
                "lebih-dalam.zip", deepest));
        byte[] outer = Documents.zip(false, ordered("pengumuman.txt", Documents.text("Pengumuman beasiswa"),
                "lampiran.zip", inner));

        try (var extractor = new TextExtractor(ParserSettings.defaults(), new SimpleMeterRegistry())) {
            Extraction extraction = extractor.extract(raw("paket.zip", outer));

            assertThat(extraction.text()).contains("Pengumuman beasiswa", "Surat Edaran", "Jadwal posyandu Talawi");
            assertThat(extraction.truncated()).isFalse();
        }
    }

    @Test
    void refusesAFileHoldingMoreDocumentsThanTheLimitCountingEveryLevel() throws Exception {
        Map<String, byte[]> inner = new LinkedHashMap<>();
        Map<String, byte[]> outer = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            inner.put("dalam-" + i + ".txt", Documents.text("Isi " + i));
            outer.put("luar-" + i + ".txt", Documents.text("Isi " + i));
        }
        outer.put("dalam.zip", Documents.zip(false, inner));

        try (var extractor = new TextExtractor(ParserSettings.defaults().withArchiveLimits(500L << 20, 50, 5),
                new SimpleMeterRegistry())) {
            assertThatThrownBy(() -> extractor.extract(raw("banyak.zip", Documents.zip(false, outer))))
                    .isInstanceOf(ContentRejectedException.class)
                    .hasMessage("too many documents inside: more than 50, counting those in archives inside it"
                            + " (jembatan.harvest.max-archive-entries)");
        }
    }

    @Test
    void refusesDocumentsNestedDeeperThanTheLimit() throws Exception {
        byte[] nested = Documents.zip(false, Map.of("isi.txt", Documents.text("Paling dalam")));
        for (int level = 0; level < 3; level++) {
            nested = Documents.zip(false, Map.of("tingkat-" + level + ".zip", nested));
        }
        byte[] deep = nested;

        try (var extractor = new TextExtractor(ParserSettings.defaults().withArchiveLimits(500L << 20, 10_000, 2),
                new SimpleMeterRegistry())) {
            assertThatThrownBy(() -> extractor.extract(raw("dalam.zip", deep)))
                    .isInstanceOf(ContentRejectedException.class)
                    .hasMessage("nested too deep: documents inside documents more than 2 levels deep"
                            + " (jembatan.harvest.max-embedding-depth)");
        }
    }

    /** Numbered lines of a few words: compresses about 1:27, well within the ratio of one file. */
    private static byte[] numberedLines() {
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 8000; line++) {
            text.append(String.format("baris %06d ", line)).append("kata ".repeat(12)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static Map<String, byte[]> copies(String name, byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < COPIES; i++) {
            entries.put(name + "-" + i + ".zip", zip);
        }
        return entries;
    }

    private static Map<String, byte[]> ordered(String name1, byte[] bytes1, String name2, byte[] bytes2) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(name1, bytes1);
        entries.put(name2, bytes2);
        return entries;
    }

    /** Bytes its entries unpack to, for each byte of the zip: one level only. */
    private static double ratio(byte[] zip) throws IOException {
        long unpacked = 0;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                unpacked += in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
        return (double) unpacked / zip.length;
    }
}
