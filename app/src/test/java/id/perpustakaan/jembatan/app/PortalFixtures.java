package id.perpustakaan.jembatan.app;

import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.OriginalFile;
import id.perpustakaan.jembatan.model.Provenance;
import id.perpustakaan.jembatan.model.Regulation;
import id.perpustakaan.jembatan.model.SourceRef;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The documents the public page is tested with, published as the review step publishes them (to the published
 * topic), each carrying the test's unique word: an announcement with hostile HTML, an expired regulation that
 * amends and revokes others, a programme on the same subject as the regulation, and an expired announcement.
 */
final class PortalFixtures {

    static final Agency DISDIK = new Agency("disdik", "Dinas Pendidikan");
    static final Agency PERPUSTAKAAN = new Agency("perpustakaan", "Perpustakaan Kota Sawahlunto");
    /** 10:00 WIB on 3 March 2025: the same day wherever the test runs. */
    static final Instant PUBLISHED = Instant.parse("2025-03-03T03:00:00Z");

    /**
     * Markup no page may run or load: scripts, handlers, script links, frames, images of other sites; and the
     * agency's own poster, which stays.
     */
    static final String HOSTILE_HTML = "<h1>Beasiswa Prestasi</h1>"
            + "<p onmouseover=\"steal()\">Pendaftaran beasiswa dibuka untuk siswa SMA.</p>"
            + "<script>document.title='diretas'</script>"
            + "<p><a href=\"javascript:alert('diretas')\">Unduh formulir</a></p>"
            + "<img src=\"https://evil.example/pixel.png\" onerror=\"alert('diretas')\">"
            + "<p><img src=\"https://disdik.sawahluntokota.go.id/uploads/poster-beasiswa.jpg\" alt=\"Poster beasiswa\""
            + " width=\"600\" height=\"400\"></p>"
            + "<iframe src=\"https://evil.example/\"></iframe>"
            + "<h2>Syarat</h2><ul><li>Rapor dua semester terakhir</li><li>Surat keterangan sekolah</li></ul>";

    final String word;
    final String announcement;
    final String regulation;
    final String programme;
    final String expired;

    PortalFixtures(String word) {
        this.word = word;
        this.announcement = "portal-" + word + "-beasiswa";
        this.regulation = "portal-" + word + "-perwako";
        this.programme = "portal-" + word + "-keliling";
        this.expired = "portal-" + word + "-lama";
    }

    List<Document> documents() {
        Instant now = Instant.now();
        Instant nextYear = now.plus(365, ChronoUnit.DAYS);
        return List.of(
                new Document(announcement, "disdik-web", DISDIK, DocumentKind.ANNOUNCEMENT,
                        "Pengumuman Beasiswa Prestasi " + word,
                        "Pendaftaran beasiswa " + word + " dibuka untuk siswa SMA.",
                        "Beasiswa Prestasi. Pendaftaran beasiswa " + word + " dibuka untuk siswa SMA. Syarat: rapor"
                                + " dua semester terakhir, surat keterangan sekolah.",
                        HOSTILE_HTML.replace("dibuka", word + " dibuka"), "id",
                        "https://disdik.sawahluntokota.go.id/pengumuman/beasiswa-prestasi",
                        new OriginalFile("0".repeat(64), "application/pdf", "pengumuman-beasiswa.pdf", 123_456, 2),
                        PUBLISHED, PUBLISHED, now, nextYear, null, List.of(), "hash-a", 1,
                        new Provenance("web", now, null, null, "jsoup", false, "title:pengumuman"),
                        List.of(new SourceRef("disdik-web", "/pengumuman/beasiswa-prestasi",
                                "https://disdik.sawahluntokota.go.id/pengumuman/beasiswa-prestasi")),
                        List.of(), null),
                new Document(regulation, "perpustakaan-inbox", PERPUSTAKAAN, DocumentKind.REGULATION,
                        "Peraturan Wali Kota Nomor 12 Tahun 2024 tentang Jam Layanan Perpustakaan Keliling " + word,
                        "Jam layanan perpustakaan keliling " + word + " di setiap kecamatan.",
                        "Peraturan Wali Kota Sawahlunto Nomor 12 Tahun 2024 tentang Jam Layanan Perpustakaan Keliling.\n\n"
                                + "Pasal 1. Perpustakaan keliling " + word + " melayani setiap kecamatan pada hari"
                                + " Selasa dan Kamis pukul 08.00 sampai 12.00.\n\n"
                                + "Pasal 2. Jadwal perpustakaan keliling diumumkan di kantor kelurahan.",
                        null, "id", null, null, PUBLISHED, PUBLISHED, now, now.minus(30, ChronoUnit.DAYS),
                        new Regulation("Perwako", "12", 2024, "Jam Layanan Perpustakaan Keliling",
                                List.of("Perwako 5/2019"), List.of("Perwako 2/2015")),
                        List.of(), "hash-r", 1, null, List.of(), List.of(), null),
                new Document(programme, "perpustakaan-inbox", PERPUSTAKAAN, DocumentKind.PROGRAMME,
                        "Jadwal Perpustakaan Keliling di Kecamatan " + word,
                        "Perpustakaan keliling " + word + " melayani setiap kecamatan.",
                        "Perpustakaan keliling " + word + " melayani setiap kecamatan pada hari Selasa dan Kamis."
                                + " Jadwal perpustakaan keliling diumumkan di kantor kelurahan.",
                        null, "id", null, null, PUBLISHED.plus(1, ChronoUnit.DAYS), null, now, null, null,
                        List.of(), "hash-p", 1, null, List.of(), List.of(), null),
                new Document(expired, "disdik-web", DISDIK, DocumentKind.ANNOUNCEMENT,
                        "Pengumuman Lomba Membaca " + word, "Lomba membaca " + word + " sudah ditutup.",
                        "Lomba membaca " + word + " sudah ditutup.", null, "id", null, null,
                        PUBLISHED.minus(400, ChronoUnit.DAYS), null, now, PUBLISHED.minus(300, ChronoUnit.DAYS),
                        null, List.of(), "hash-e", 1, null, List.of(), List.of(), null));
    }

    /**
     * More announcements than one page shows, each with a few paragraphs of text around the word: a results page as
     * heavy as a real one (ten results with snippets, paging).
     */
    List<Document> aPageAndMore(String pageWord) {
        Instant now = Instant.now();
        String paragraph = "Dinas Pendidikan Kota Sawahlunto mengumumkan jadwal pendaftaran, persyaratan berkas,"
                + " dan tata cara seleksi bagi siswa sekolah menengah di seluruh kecamatan. ";
        return java.util.stream.IntStream.rangeClosed(1, 14).mapToObj(n -> new Document(
                "portal-" + pageWord + "-" + n, "disdik-web", DISDIK, DocumentKind.ANNOUNCEMENT,
                "Pengumuman Seleksi Gelombang " + n + " Tahun Ajaran 2025/2026 " + pageWord,
                paragraph, paragraph.repeat(6) + pageWord + " " + paragraph.repeat(6) + pageWord + " " + paragraph,
                null, "id", "https://disdik.sawahluntokota.go.id/pengumuman/seleksi-gelombang-" + n,
                new OriginalFile("%064d".formatted(n), "application/pdf", "seleksi-gelombang-" + n + ".pdf",
                        250_000 + n, 3),
                PUBLISHED.plus(n, ChronoUnit.DAYS), null, now, null, null, List.of(), "hash-" + n, 1, null,
                List.of(), List.of(), null)).toList();
    }

    /**
     * A programme whose schedule is a table far wider than a phone, with the agency's telephone numbers and a map
     * (an image on the agency's host, which a test machine cannot reach: the page must hold its shape without it).
     */
    static Document wideTable(String tableWord) {
        Instant now = Instant.now();
        StringBuilder header = new StringBuilder("<tr>");
        StringBuilder row = new StringBuilder("<tr>");
        for (String kecamatan : List.of("Barangin", "Lembah Segar", "Silungkang", "Talawi", "Kubang", "Santur",
                "Muaro Kalaban", "Sikalang", "Rantih", "Kolok")) {
            header.append("<th>Kecamatan ").append(kecamatan).append("</th>");
            row.append("<td>Selasa dan Kamis pukul 08.00-12.00</td>");
        }
        String html = "<p>Jadwal perpustakaan keliling " + tableWord + ". Informasi: (0754) 61234 atau"
                + " 0812-3456-7890.</p><table>" + header + "</tr>" + row + "</tr></table>"
                + "<p><img src=\"https://perpustakaan.sawahluntokota.go.id/peta-keliling.png\" width=\"1200\""
                + " height=\"800\" alt=\"Peta rute perpustakaan keliling\"></p>";
        return new Document("portal-" + tableWord + "-jadwal", "perpustakaan-inbox", PERPUSTAKAAN,
                DocumentKind.PROGRAMME, "Jadwal Perpustakaan Keliling per Kecamatan " + tableWord,
                "Jadwal perpustakaan keliling " + tableWord + ".", "Jadwal perpustakaan keliling " + tableWord
                + ". Informasi: (0754) 61234 atau 0812-3456-7890.", html, "id", null, null, PUBLISHED, null, now,
                null, null, List.of(), "hash-t", 1, null, List.of(), List.of(), null);
    }

    /** Publishes every document and waits until the public index has them all. */
    void publish(String bootstrapServers, String topic, RestClient http) throws Exception {
        publish(bootstrapServers, topic, http, word, documents());
    }

    static void publish(String bootstrapServers, String topic, RestClient http, String word,
                        List<Document> documents) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (Document document : documents) {
                producer.send(new ProducerRecord<>(topic, document.id(),
                        JembatanJson.mapper().writeValueAsString(document))).get();
            }
        }
        await().atMost(PipelineIT.SEARCHABLE_WITHIN).pollInterval(Duration.ofMillis(500)).until(
                () -> http.get().uri(uri -> uri.path("/api/search").queryParam("q", word)
                        .queryParam("includeExpired", true).build()).retrieve().body(JsonNode.class),
                answer -> answer.get("total").asInt() == documents.size());
    }
}
