package id.perpustakaan.jembatan.app.bench;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.OriginalFile;
import id.perpustakaan.jembatan.model.Provenance;
import id.perpustakaan.jembatan.model.Regulation;
import id.perpustakaan.jembatan.model.SourceRef;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * Indonesian documents of the kinds agencies publish, generated from a fixed seed: announcements, regulations,
 * programmes and news of ten agencies over ten years, with titles and texts drawn from the words of such documents.
 */
final class GeneratedDocuments {

    static final List<Agency> AGENCIES = List.of(
            new Agency("diskominfo", "Dinas Komunikasi dan Informatika"),
            new Agency("disdik", "Dinas Pendidikan"),
            new Agency("dinsos", "Dinas Sosial"),
            new Agency("dinkes", "Dinas Kesehatan"),
            new Agency("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil"),
            new Agency("dishub", "Dinas Perhubungan"),
            new Agency("bappeda", "Badan Perencanaan Pembangunan Daerah"),
            new Agency("bpbd", "Badan Penanggulangan Bencana Daerah"),
            new Agency("setda", "Sekretariat Daerah"),
            new Agency("dispusip", "Dinas Perpustakaan dan Kearsipan"));

    static final List<String> TOPICS = List.of("beasiswa", "bantuan sosial", "vaksinasi", "posyandu", "retribusi",
            "parkir", "pasar", "literasi", "perpustakaan", "sekolah", "guru", "pelatihan", "umkm", "pariwisata",
            "festival", "lomba", "banjir", "longsor", "jalan", "air bersih", "sampah", "kebersihan", "pajak daerah",
            "izin usaha", "kartu keluarga", "ktp elektronik", "akta kelahiran", "jaminan kesehatan", "stunting",
            "gizi", "rekrutmen", "seleksi", "pengadaan", "anggaran", "musrenbang", "tambang", "museum", "budaya",
            "olahraga", "pemuda");

    private static final String[] WORDS = ("pengumuman kegiatan dilaksanakan masyarakat kota sawahlunto pemerintah "
            + "daerah pelayanan pendaftaran peserta persyaratan dokumen kantor kelurahan kecamatan talawi barangin "
            + "lembah segar silungkang warga program tahun anggaran pelaksanaan jadwal tempat waktu hari senin selasa "
            + "rabu kamis jumat sabtu bulan januari februari maret april mei juni juli agustus september oktober "
            + "november desember informasi lebih lanjut hubungi nomor telepon alamat surat keputusan kepala dinas "
            + "ketentuan berlaku sejak tanggal ditetapkan diundangkan pasal ayat huruf bagian kesatu kedua ketiga "
            + "menimbang mengingat memutuskan menetapkan peraturan wali kota tentang perubahan atas pencabutan "
            + "pemberian bantuan kepada keluarga penerima manfaat siswa mahasiswa berprestasi kurang mampu sekolah "
            + "dasar menengah pertama atas kejuruan negeri swasta guru tenaga kependidikan kesehatan puskesmas "
            + "rumah sakit umum balita ibu hamil lansia penyandang disabilitas usaha mikro kecil menengah koperasi "
            + "pelatihan keterampilan kerja lowongan seleksi administrasi wawancara pengumuman hasil kelulusan "
            + "batas akhir paling lambat berkas diserahkan langsung melalui daring laman resmi").split(" ");

    private static final DocumentKind[] KINDS = {DocumentKind.ANNOUNCEMENT, DocumentKind.ANNOUNCEMENT,
        DocumentKind.NEWS, DocumentKind.NEWS, DocumentKind.PROGRAMME, DocumentKind.REGULATION, DocumentKind.OTHER};
    private static final String[] JENIS = {"Perwako", "Perda", "Keputusan"};
    private static final Instant START = Instant.parse("2016-01-01T00:00:00Z");

    private GeneratedDocuments() {
    }

    static Document generate(int n) {
        Random random = new Random(42L * 1_000_003 + n);
        Agency agency = AGENCIES.get(random.nextInt(AGENCIES.size()));
        DocumentKind kind = KINDS[random.nextInt(KINDS.length)];
        String topic = TOPICS.get(random.nextInt(TOPICS.size()));
        Instant published = START.plus(Duration.ofMinutes(random.nextInt(10 * 365 * 24 * 60)));
        int year = published.atZone(ZoneOffset.ofHours(7)).getYear();
        Regulation regulation = null;
        String title;
        if (kind == DocumentKind.REGULATION) {
            String jenis = JENIS[random.nextInt(JENIS.length)];
            String nomor = Integer.toString(1 + random.nextInt(60));
            regulation = new Regulation(jenis, nomor, year, capitalised(topic), List.of(), List.of());
            title = (jenis.equals("Perda") ? "Peraturan Daerah" : jenis.equals("Perwako") ? "Peraturan Wali Kota"
                    : "Keputusan Wali Kota") + " Sawahlunto Nomor " + nomor + " Tahun " + year + " tentang "
                    + capitalised(topic);
        } else {
            String lead = switch (kind) {
                case ANNOUNCEMENT -> "Pengumuman";
                case PROGRAMME -> "Program";
                case NEWS -> "Berita";
                default -> "Informasi";
            };
            title = lead + " " + capitalised(topic) + " " + WORDS[random.nextInt(WORDS.length)] + " " + year;
        }
        StringBuilder text = new StringBuilder(title).append(". ");
        int words = 80 + random.nextInt(400);
        for (int i = 0; i < words; i++) {
            text.append(i % 40 == 7 ? topic : WORDS[random.nextInt(WORDS.length)]).append(i % 15 == 14 ? ". " : " ");
        }
        Instant validUntil = kind == DocumentKind.ANNOUNCEMENT ? published.plus(Duration.ofDays(30)) : null;
        String id = "bench-" + n;
        String plain = text.toString();
        return new Document(id, "bench", agency, kind, title, plain.substring(0, Math.min(300, plain.length())),
                plain, null, "id", "https://" + agency.code() + ".sawahluntokota.go.id/" + id,
                new OriginalFile(Integer.toHexString(n), "application/pdf", id + ".pdf", plain.length(), 1),
                published, null, published, validUntil, regulation, List.of(topic), "hash-" + n, 1,
                new Provenance("bench", published, null, null, "generated", false, "bench"),
                List.of(new SourceRef("bench", id, null)), List.of(), null);
    }

    private static String capitalised(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                    .append(word.substring(1));
        }
        return out.toString();
    }
}
