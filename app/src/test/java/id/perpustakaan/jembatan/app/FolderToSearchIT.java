package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.routes.fixtures.Documents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Files dropped into an agency's inbox are found through {@code GET /api/search}, with their originals. */
class FolderToSearchIT extends PipelineIT {

    @Test
    void findsEveryDroppedFormatThroughTheSearchApi() throws Exception {
        String word = uniqueWord("beasiswa");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("pengumuman-beasiswa.pdf", Documents.pdf("Pengumuman Beasiswa Prestasi",
                "Pendaftaran beasiswa " + word + " dibuka untuk siswa SMA di Kota Sawahlunto.",
                "Berkas diserahkan paling lambat tanggal " + inThreeMonths() + "."));
        files.put("petunjuk-teknis.docx", Documents.docx("Petunjuk Teknis Bantuan Sosial",
                "Bantuan sosial " + word + " diberikan kepada keluarga penerima manfaat.",
                "Pendaftaran dilakukan di kantor kelurahan."));
        files.put("jadwal-posyandu.html", Documents.html("Jadwal Posyandu Bulan Mei",
                "Posyandu " + word + " dilaksanakan setiap hari Selasa di Talawi."));
        files.put("daftar-penerima.xlsx", Documents.xlsx("Penerima", new String[] {"Nama", "Kecamatan", "Program"},
                new String[] {"Siti Rahma", "Barangin", "Bantuan " + word}));
        files.put("surat-edaran.rtf", Documents.rtf("Surat Edaran Jam Layanan",
                "Jam layanan " + word + " perpustakaan berubah mulai bulan depan."));
        files.put("catatan-rapat.txt", Documents.text("Catatan Rapat Koordinasi",
                "Rapat koordinasi " + word + " membahas program literasi."));

        for (var file : files.entrySet()) {
            drop("disdik", file.getKey(), file.getValue());
        }

        JsonNode answer = awaitHits(word, files.size());
        assertThat(answer.get("hits")).extracting(hit -> hit.get("original").get("fileName").asText())
                .containsExactlyInAnyOrderElementsOf(files.keySet());
        for (JsonNode hit : answer.get("hits")) {
            String fileName = hit.get("original").get("fileName").asText();
            assertThat(hit.get("id").asText()).startsWith("disdik-inbox-");
            assertThat(hit.get("title").asText()).isNotBlank();
            assertThat(hit.get("agency").get("code").asText()).isEqualTo("disdik");
            assertThat(hit.get("agency").get("name").asText()).isEqualTo("Dinas Pendidikan");
            assertThat(hit.get("kind").asText()).isIn("ANNOUNCEMENT", "PROGRAMME", "REGULATION", "NEWS", "OTHER");
            assertThat(hit.get("summary").asText()).contains(word);
            assertThat(hit.get("highlights").toString()).as(fileName).contains("<mark>" + word + "</mark>");
            assertThat(hit.get("harvestedAt").asText()).isNotBlank();
            assertThat(hit.get("publishedAt").asText()).isNotBlank();
            byte[] original = http().get().uri(hit.get("original").get("href").asText()).retrieve().body(byte[].class);
            assertThat(original).as(fileName).isEqualTo(files.get(fileName));
            JsonNode document = http().get().uri(hit.get("href").asText()).retrieve().body(JsonNode.class);
            assertThat(document.get("text").asText()).as(fileName).contains(word);
            assertThat(document.get("provenance").get("kindRule").asText()).as(fileName).isNotBlank();
        }
        assertThat(titleOf(answer, "pengumuman-beasiswa.pdf")).isEqualTo("Pengumuman Beasiswa Prestasi");
        assertThat(hitOf(answer, "pengumuman-beasiswa.pdf").get("kind").asText()).isEqualTo("ANNOUNCEMENT");
        assertThat(hitOf(answer, "petunjuk-teknis.docx").get("kind").asText()).isEqualTo("PROGRAMME");
        // the page's navigation is not part of what citizens find
        JsonNode page = http().get().uri(hitOf(answer, "jadwal-posyandu.html").get("href").asText()).retrieve()
                .body(JsonNode.class);
        assertThat(page.get("text").asText()).doesNotContain("Beranda");
        assertThat(page.get("html").asText()).contains("<p>").doesNotContain("<nav");
        assertThat(titleOf(answer, "jadwal-posyandu.html")).isEqualTo("Jadwal Posyandu Bulan Mei");
        assertThat(titleOf(answer, "petunjuk-teknis.docx")).isEqualTo("Petunjuk Teknis Bantuan Sosial");
        for (String name : files.keySet()) {
            assertThat(inbox("disdik").resolve(".done").resolve(name)).exists();
            assertThat(inbox("disdik").resolve(name)).doesNotExist();
        }
    }

    @Test
    void filtersAndCountsByAgencyAndKind() throws Exception {
        String word = uniqueWord("literasi");
        drop("disdik", "literasi-sekolah.txt", Documents.text("Gerakan Literasi Sekolah", "Program " + word));
        drop("diskominfo", "literasi-digital.txt", Documents.text("Literasi Digital", "Kegiatan " + word
                + " di balai kota."));

        JsonNode both = awaitHits(word, 2);
        assertThat(both.get("facets").get("agency").toString())
                .contains("{\"value\":\"disdik\",\"count\":1,\"label\":\"Dinas Pendidikan\"}",
                        "{\"value\":\"diskominfo\",\"count\":1,\"label\":\"Dinas Komunikasi dan Informatika\"}");
        assertThat(both.get("facets").get("kind").toString())
                .contains("{\"value\":\"PROGRAMME\",\"count\":1}", "{\"value\":\"ANNOUNCEMENT\",\"count\":1}");

        JsonNode diskominfo = http().get().uri(uri -> uri.path("/api/search").queryParam("q", word)
                .queryParam("agency", "diskominfo").build()).retrieve().body(JsonNode.class);
        assertThat(diskominfo.get("total").asInt()).isEqualTo(1);
        assertThat(diskominfo.get("hits").get(0).get("title").asText()).isEqualTo("Literasi Digital");

        JsonNode programmes = http().get().uri(uri -> uri.path("/api/search").queryParam("q", word)
                .queryParam("kind", "programme").build()).retrieve().body(JsonNode.class);
        assertThat(programmes.get("total").asInt()).isEqualTo(1);
        assertThat(programmes.get("hits").get(0).get("agency").get("code").asText()).isEqualTo("disdik");
    }

    @Test
    void aFileDroppedAgainUnderTheSameNameReplacesItsDocument() throws Exception {
        String first = uniqueWord("versi");
        String second = uniqueWord("versi");
        drop("dinsos", "jadwal-bantuan.txt", Documents.text("Jadwal Penyaluran Bantuan", "Tahap " + first));
        String id = awaitHits(first, 1).get("hits").get(0).get("id").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(inbox("dinsos").resolve(".done/jadwal-bantuan.txt")));

        drop("dinsos", "jadwal-bantuan.txt", Documents.text("Jadwal Penyaluran Bantuan", "Tahap " + second));

        assertThat(awaitHits(second, 1).get("hits").get(0).get("id").asText()).isEqualTo(id);
        assertThat(awaitHits(first, 0).get("total").asInt()).isZero();
    }

    @Test
    void theSameFileDroppedAgainWritesNothingToKafka() throws Exception {
        String word = uniqueWord("ulang");
        byte[] file = Documents.text("Jadwal Pelayanan Arsip", "Layanan arsip " + word + " buka setiap Senin.");
        drop("disdik", "jadwal-arsip.txt", file);
        awaitHits(word, 1);
        Path done = inbox("disdik").resolve(".done/jadwal-arsip.txt");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(done));
        Files.delete(done);
        long before = endOffset(topics.documents());

        drop("disdik", "jadwal-arsip.txt", file);

        await().atMost(SEARCHABLE_WITHIN).until(() -> Files.exists(done));
        assertThat(endOffset(topics.documents())).as("records on the documents topic").isEqualTo(before);
        assertThat(search(word).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void hidesExpiredAnnouncementsUnlessAskedFor() throws Exception {
        String word = uniqueWord("kedaluwarsa");
        drop("diskominfo", "lomba-lama.txt", Documents.text("Pengumuman Lomba Menulis",
                "Lomba menulis " + word + ". Naskah dikirim paling lambat tanggal 1 Januari 2020."));
        drop("diskominfo", "lomba-baru.txt", Documents.text("Pengumuman Lomba Membaca",
                "Lomba membaca " + word + ". Naskah dikirim paling lambat tanggal 31 Desember 2099."));

        JsonNode all = await().atMost(SEARCHABLE_WITHIN).until(() -> http().get().uri(uri -> uri.path("/api/search")
                .queryParam("q", word).queryParam("includeExpired", true).build()).retrieve().body(JsonNode.class),
                answer -> answer.get("total").asInt() == 2);
        assertThat(all.get("hits")).extracting(hit -> hit.get("original").get("fileName").asText())
                .containsExactlyInAnyOrder("lomba-lama.txt", "lomba-baru.txt");

        JsonNode current = search(word);
        assertThat(current.get("total").asInt()).isEqualTo(1);
        assertThat(current.get("hits").get(0).get("original").get("fileName").asText()).isEqualTo("lomba-baru.txt");
    }

    /** A deadline that has not passed, in Indonesian: expired announcements are hidden from the search. */
    private static String inThreeMonths() {
        var date = java.time.LocalDate.now().plusMonths(3);
        String[] months = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                "Oktober", "November", "Desember"};
        return date.getDayOfMonth() + " " + months[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static String titleOf(JsonNode answer, String fileName) {
        return hitOf(answer, fileName).get("title").asText();
    }

    private static JsonNode hitOf(JsonNode answer, String fileName) {
        for (JsonNode hit : answer.get("hits")) {
            if (hit.get("original").get("fileName").asText().equals(fileName)) {
                return hit;
            }
        }
        throw new AssertionError("no hit for " + fileName);
    }
}
