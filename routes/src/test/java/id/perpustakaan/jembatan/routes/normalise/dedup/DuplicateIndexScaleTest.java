package id.perpustakaan.jembatan.routes.normalise.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Tens of thousands of documents from a few agencies, each with its own letterhead and closing, so that
 * unrelated documents of one agency share shingles the way real ones do. Times are printed, not asserted:
 * the build machine is shared.
 */
class DuplicateIndexScaleTest {

    private static final int DOCUMENTS = 20_000;
    private static final int AGENCIES = 12;
    private static final String[] WORDS = ("pengumuman pendaftaran beasiswa prestasi siswa mahasiswa kota kabupaten "
            + "dinas pendidikan kesehatan sosial perhubungan pekerjaan umum jalan jembatan pasar posyandu puskesmas "
            + "imunisasi balita lansia bantuan pangan beras minyak goreng jadwal rapat koordinasi musyawarah "
            + "perencanaan pembangunan anggaran tahun bulan minggu hari senin selasa rabu kamis jumat sabtu pukul "
            + "wib tempat aula kantor wali bupati camat lurah kepala desa warga masyarakat persyaratan berkas "
            + "fotokopi kartu keluarga ktp surat keterangan domisili tidak mampu nilai rapor sertifikat juara lomba "
            + "tingkat provinsi nasional penerima verifikasi wawancara hasil seleksi diumumkan melalui laman resmi "
            + "papan informasi lebih lanjut hubungi sekretariat panitia telepon whatsapp jam kerja biaya gratis "
            + "pelatihan kerja pemuda usaha mikro kecil menengah koperasi petani nelayan pupuk bibit irigasi banjir "
            + "longsor bencana pengungsi relawan donor darah vaksinasi sekolah guru honorer tunjangan gaji pensiun "
            + "pajak bumi bangunan kendaraan retribusi sampah air bersih listrik lampu penerangan taman olahraga")
            .split(" ");

    private final Random random = new Random(20_250_301L);

    @Test
    void findsTheRightDocumentAmongTwentyThousand() {
        List<String> agencyHeaders = new ArrayList<>();
        List<String> agencyClosings = new ArrayList<>();
        for (int agency = 0; agency < AGENCIES; agency++) {
            agencyHeaders.add("PEMERINTAH KOTA " + agency + " " + words(18));
            agencyClosings.add("Demikian disampaikan. " + words(10) + " NIP " + (19700101 + agency));
        }
        List<String> texts = new ArrayList<>(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            int agency = i % AGENCIES;
            texts.add(agencyHeaders.get(agency) + "\nNomor " + i + "\n" + words(100 + random.nextInt(100))
                    + "\n" + agencyClosings.get(agency));
        }

        long started = System.nanoTime();
        List<Fingerprint> fingerprints = texts.stream().map(Fingerprints::of).toList();
        long fingerprintNanos = System.nanoTime() - started;

        DuplicateIndex index = new DuplicateIndex();
        System.gc();
        long heapBefore = usedHeap();
        started = System.nanoTime();
        for (int i = 0; i < DOCUMENTS; i++) {
            index.add("doc-" + i, fingerprints.get(i));
        }
        long indexedNanos = System.nanoTime() - started;
        System.gc();
        long heapAfter = usedHeap();

        int lookups = 200;
        List<Fingerprint> edited = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        for (int n = 0; n < lookups; n++) {
            int target = random.nextInt(DOCUMENTS);
            expected.add(target);
            edited.add(Fingerprints.of(withThreeWordsChanged(texts.get(target))));
        }
        started = System.nanoTime();
        List<DuplicateMatch> found = new ArrayList<>();
        for (Fingerprint fingerprint : edited) {
            found.add(index.find(fingerprint).orElse(null));
        }
        long lookupNanos = System.nanoTime() - started;

        System.out.printf("fingerprinted %d documents in %d ms, indexed them in %d ms, index heap about %d MB;"
                        + " %d near lookups in %d ms (%.2f ms each)%n",
                DOCUMENTS, fingerprintNanos / 1_000_000, indexedNanos / 1_000_000, (heapAfter - heapBefore) / (1 << 20),
                lookups, lookupNanos / 1_000_000, lookupNanos / 1e6 / lookups);
        assertThat(index.size()).isEqualTo(DOCUMENTS);
        for (int n = 0; n < lookups; n++) {
            assertThat(found.get(n)).as("lookup %d", n).isNotNull();
            assertThat(found.get(n).documentId()).isEqualTo("doc-" + expected.get(n));
            assertThat(found.get(n).exact()).isFalse();
        }
        int target = expected.get(0);
        assertThat(index.find(Fingerprints.of(texts.get(target).toUpperCase())))
                .contains(new DuplicateMatch("doc-" + target, 1.0, true));
    }

    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i % 15 == 14 ? ". " : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString().strip();
    }

    /** A correction after publication: three words of the body replaced, each far from the others. */
    private String withThreeWordsChanged(String text) {
        String[] words = text.split(" ");
        for (int change = 1; change <= 3; change++) {
            words[words.length * change / 4] = "diralat";
        }
        return String.join(" ", words);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
