package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.normalise.dates.IndonesianDates;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;

/**
 * What the regulation and dates steps cost on a 200 KB regulation whose signing lines stand in the middle, between
 * the body and a long elucidation (not a test: run its main with the test classpath). Prints CPU microseconds per
 * document over many rounds after a warm-up; no assertion, as timings on shared machines say little alone.
 */
public final class RegulationStepCost {

    private static final int TARGET_CHARS = 200_000;
    private static final int WARM_UP = 200;
    private static final int ROUNDS = 1_000;

    public static void main(String[] args) {
        String text = longRegulation();
        var source = new SourceDefinition("hukum", new Agency("hukum", "Bagian Hukum"), "folder", "/tmp",
                Duration.ofSeconds(10), ReviewPolicy.AUTO, DocumentKind.REGULATION);
        var raw = new RawContent("hukum", "perda.txt", "perda.txt", null, text.length(), "0", null, Instant.EPOCH,
                Instant.EPOCH, null, "folder", () -> new ByteArrayInputStream(new byte[0]));
        DocumentDraft last = null;
        for (int i = 0; i < WARM_UP; i++) {
            last = run(raw, source, text);
        }
        // CPU time of this thread: on a shared machine, wall-clock time measures the neighbours' builds
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < ROUNDS; i++) {
            last = run(raw, source, text);
        }
        long micros = (threads.getCurrentThreadCpuTime() - start) / 1_000 / ROUNDS;
        System.out.printf("regulation + dates steps on %d characters: %d µs CPU per document; regulation %s,"
                + " publishedAt %s%n", text.length(), micros, last.regulation, last.publishedAt);
        long everyForm = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < ROUNDS / 10; i++) {
            IndonesianDates.find(text, last.reference());
        }
        System.out.printf("every date form over the whole text, for comparison: %d µs CPU%n",
                (threads.getCurrentThreadCpuTime() - everyForm) / 1_000 / (ROUNDS / 10));
    }

    private static DocumentDraft run(RawContent raw, SourceDefinition source, String text) {
        DocumentDraft draft = new DocumentDraft(raw, source, Instant.parse("2026-12-04T03:00:00Z"));
        draft.text = text;
        draft.title = "PERATURAN DAERAH KOTA SAWAHLUNTO NOMOR 7 TAHUN 2021 TENTANG PENYELENGGARAAN PERPUSTAKAAN";
        draft.kind = DocumentKind.REGULATION;
        new RegulationStep().apply(draft);
        new DatesStep().apply(draft);
        return draft;
    }

    /** Body, then the signing lines at the middle, then the elucidation: about 200 KB. */
    static String longRegulation() {
        StringBuilder text = new StringBuilder("""
                WALI KOTA SAWAHLUNTO
                PROVINSI SUMATERA BARAT

                PERATURAN DAERAH KOTA SAWAHLUNTO
                NOMOR 7 TAHUN 2021

                TENTANG

                PENYELENGGARAAN PERPUSTAKAAN

                DENGAN RAHMAT TUHAN YANG MAHA ESA

                WALI KOTA SAWAHLUNTO,

                Mengingat : 1. Undang-Undang Nomor 43 Tahun 2007 tentang Perpustakaan;

                MEMUTUSKAN:

                Menetapkan : PERATURAN DAERAH TENTANG PENYELENGGARAAN PERPUSTAKAAN.

                """);
        for (int pasal = 1; text.length() < TARGET_CHARS / 2; pasal++) {
            text.append("Pasal ").append(pasal).append("\n(1) Perpustakaan umum daerah dibuka bagi masyarakat setiap"
                    + " hari kerja dan pada hari Sabtu sebagaimana diumumkan pada tahun anggaran berjalan.\n(2) Layanan"
                    + " sebagaimana dimaksud pada ayat (1) diselenggarakan sejak 1 Januari 2022 sesuai standar"
                    + " nasional perpustakaan.\n\n");
        }
        text.append("""
                Ditetapkan di Sawahlunto
                pada tanggal 2 November 2021

                WALI KOTA SAWAHLUNTO,

                Diundangkan di Sawahlunto
                pada tanggal 3 November 2021

                LEMBARAN DAERAH KOTA SAWAHLUNTO TAHUN 2021 NOMOR 7

                PENJELASAN
                ATAS
                PERATURAN DAERAH KOTA SAWAHLUNTO NOMOR 7 TAHUN 2021

                I. UMUM
                """);
        while (text.length() < TARGET_CHARS) {
            text.append("Pada tahun 2019 dan 2020 jumlah pengunjung perpustakaan meningkat, dan sejak Maret 2020"
                    + " layanan daring dibuka bagi seluruh warga Kota Sawahlunto.\n");
        }
        return text.toString();
    }
}
