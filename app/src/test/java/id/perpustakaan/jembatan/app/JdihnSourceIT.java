package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.routes.fixtures.Documents;
import java.nio.charset.StandardCharsets;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A JDIHN source against a local JDIH site serving feeds shaped like real ones: each record a regulation with its
 * file and fields, searchable; bad records dead-lettered with their reasons while the others go on; an unchanged
 * record neither fetched again nor written again when the feed around it changes.
 */
class JdihnSourceIT extends AgencySiteIT {

    JdihnSourceIT() {
        super("jdihn");
    }

    @Test
    void recordsBecomeRegulationsWithTheirFieldsAndAnUnchangedRecordIsNotWrittenAgain() throws Exception {
        String perda = PipelineIT.uniqueWord("retribusi");
        String perwako = PipelineIT.uniqueWord("jamlayanan");
        origin.put("/storage/perda_3_2024.pdf", "application/pdf", Documents.pdf("Perda 3 2024",
                "PERATURAN DAERAH KOTA SAWAHLUNTO", "NOMOR 3 TAHUN 2024", "TENTANG", "RETRIBUSI PELAYANAN PERPUSTAKAAN",
                "Pasal 1 Retribusi " + perda + " dipungut atas layanan cetak.",
                "Ditetapkan di Sawahlunto pada tanggal 4 Maret 2024"));
        String records = record("1523", "Retribusi Pelayanan Perpustakaan", "3", "\"urlDownload\":\""
                + origin.base() + "/storage/perda_3_2024.pdf\",\"status\":\"Masih Berlaku\"") + ","
                + record("1524", "Jam Layanan " + perwako, "12", "\"jenis\":\"Peraturan Wali Kota\","
                + "\"singkatanJenis\":\"PERWAKO\",\"status\":\"Dicabut\",\"urlDownload\":\"-\"") + ","
                + "{\"judul\":\"Tanpa nomor induk\"}" + ","
                + record("1526", "Berkas yang hilang", "7", "\"urlDownload\":\"" + origin.base()
                + "/storage/hilang.pdf\"");
        serve("[" + records + "]");
        app = OwnApplication.start(run, sources(), OwnApplication.ownTopics(run));

        JsonNode hit = app.awaitHits(perda, 1).get("hits").get(0);
        JsonNode regulation = app.http().get().uri(hit.get("href").asText()).retrieve().body(JsonNode.class);
        assertThat(regulation.get("kind").asText()).isEqualTo("REGULATION");
        assertThat(regulation.get("title").asText()).as("built from the record's fields: its judul is the subject")
                .isEqualTo("Peraturan Daerah Nomor 3 Tahun 2024 tentang Retribusi Pelayanan Perpustakaan");
        assertThat(regulation.get("url").asText()).isEqualTo("https://jdih.sawahluntokota.go.id/dokumen/view?id=1523");
        JsonNode fields = regulation.get("regulation");
        assertThat(fields.get("jenis").asText()).isEqualTo("Perda");
        assertThat(fields.get("nomor").asText()).isEqualTo("3");
        assertThat(fields.get("tahun").asInt()).isEqualTo(2024);
        assertThat(fields.get("status").asText()).isEqualTo("BERLAKU");
        assertThat(fields.get("sumber").asText()).isEqualTo("Lembaran Daerah Kota Sawahlunto Tahun 2024 Nomor 3");
        assertThat(fields.get("bidangHukum").asText()).isEqualTo("Hukum Administrasi Negara");
        assertThat(fields.get("tanggalPengundangan").asText()).isEqualTo("2024-03-12");
        assertThat(fields.get("tanggalPenetapan").asText()).as("read from the file").isEqualTo("2024-03-04");
        JsonNode withoutFile = app.awaitHits(perwako, 1).get("hits").get(0);
        JsonNode revoked = app.http().get().uri(withoutFile.get("href").asText()).retrieve().body(JsonNode.class);
        assertThat(revoked.get("regulation").get("status").asText()).isEqualTo("DICABUT");
        assertThat(revoked.get("regulation").get("jenis").asText()).isEqualTo("Perwako");

        List<DeadLetter> letters = await().atMost(Duration.ofSeconds(30))
                .until(() -> app.deadLetters("jdih-" + run), found -> found.size() >= 2);
        assertThat(letters).extracting(DeadLetter::reason).anySatisfy(reason -> assertThat(reason)
                .isEqualTo("record 3 of the JDIHN feed has no idData ('Tanpa nomor induk'): the site must give"
                        + " every record its id"));
        assertThat(letters).extracting(DeadLetter::reason).anySatisfy(reason -> assertThat(reason)
                .startsWith("the file of 'Berkas yang hilang' (idData 1526): ").contains("404"));

        // the feed changes around two unchanged records: only the new one is fetched and written; it revokes the
        // first, which then says so, on its page and in the library's own JDIHN feed
        long documents = app.endOffset(app.topics().documents());
        String added = PipelineIT.uniqueWord("baru");
        origin.put("/storage/perbup_1.pdf", "application/pdf", Documents.pdf("Baru",
                "PERATURAN DAERAH KOTA SAWAHLUNTO", "NOMOR 1 TAHUN 2024", "TENTANG", "ATURAN BARU",
                "Menimbang: bahwa retribusi perlu ditata kembali;", "MEMUTUSKAN:",
                "Menetapkan: PERATURAN DAERAH TENTANG ATURAN BARU.", "Pasal 1 Layanan " + added + " tanpa biaya.",
                "Pasal 2 Pada saat Peraturan Daerah ini mulai berlaku, Peraturan Daerah Nomor 3 Tahun 2024 tentang"
                        + " Retribusi Pelayanan Perpustakaan dicabut dan dinyatakan tidak berlaku."));
        serve("[" + records + "," + record("1527", "Aturan baru", "1", "\"urlDownload\":\"" + origin.base()
                + "/storage/perbup_1.pdf\"") + "]");
        app.awaitHits(added, 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> app.endOffset(app.topics().documents()) == documents + 1);
        assertThat(origin.requests().stream().filter(headers -> headers.get("target")
                .equals("/storage/perda_3_2024.pdf"))).as("an unchanged record's file is not fetched again")
                .hasSize(1);
        String revoking = app.awaitHits(added, 1).get("hits").get(0).get("id").asText();
        String page = app.http().get().uri("/dokumen/" + regulation.get("id").asText()).retrieve()
                .body(String.class);
        assertThat(page).contains("Dicabut, tidak berlaku lagi").contains("Dicabut dengan")
                .contains("href=\"/dokumen/" + revoking + "\"");
        JsonNode served = app.http().get().uri("/jdihn/document.json").retrieve().body(JsonNode.class);
        assertThat(served).filteredOn(record -> record.get("idData").asText().equals(regulation.get("id").asText()))
                .singleElement().satisfies(record -> assertThat(record.get("status").asText()).isEqualTo("Dicabut"));
    }

    @Test
    void aFeedOfNumbersUnderDataWithDayFirstDatesIsReadAlike() throws Exception {
        String word = PipelineIT.uniqueWord("angka");
        origin.put("/storage/pergub.pdf", "application/pdf", Documents.pdf("Pergub", "Pasal 1 " + word + "."));
        serve("{\"status\":true,\"data\":[{\"idData\":57,\"judul\":\"Peraturan Wali Kota Sawahlunto Nomor 9 Tahun"
                + " 2023 tentang Layanan Keliling\",\"jenis\":\"Peraturan Wali Kota\",\"singkatanJenis\":\"Perwako\","
                + "\"noPeraturan\":9,\"tahun_pengundangan\":2023,\"tanggal_pengundangan\":\"12-03-2023\","
                + "\"status\":\"tidak berlaku\",\"bahasa\":\"Indonesia\",\"teuBadan\":\"Sawahlunto\","
                + "\"urlDownload\":\"" + origin.base() + "/storage/pergub.pdf\",\"operasi\":4,\"display\":1}]}");
        app = OwnApplication.start(run, sources());

        JsonNode hit = app.awaitHits(word, 1).get("hits").get(0);
        JsonNode regulation = app.http().get().uri(hit.get("href").asText()).retrieve().body(JsonNode.class);
        assertThat(regulation.get("title").asText()).isEqualTo("Peraturan Wali Kota Sawahlunto Nomor 9 Tahun 2023"
                + " tentang Layanan Keliling");
        assertThat(regulation.get("regulation").get("nomor").asText()).isEqualTo("9");
        assertThat(regulation.get("regulation").get("status").asText()).isEqualTo("TIDAK_BERLAKU");
        assertThat(regulation.get("regulation").get("tanggalPengundangan").asText()).isEqualTo("2023-03-12");
        assertThat(regulation.get("publishedAt").asText()).isEqualTo("2023-03-11T17:00:00Z");
        assertThat(regulation.get("language").asText()).isEqualTo("id");
    }

    @Test
    void theLibrarysOwnJdihnFeedReadByAnotherJembatanGivesTheSameRegulations() throws Exception {
        String perda = PipelineIT.uniqueWord("anggaran");
        String perwako = PipelineIT.uniqueWord("tarif");
        origin.put("/storage/perda_3.pdf", "application/pdf", Documents.pdf("Perda", "Pasal 1 " + perda + "."));
        origin.put("/storage/perwako_12.pdf", "application/pdf", Documents.pdf("Perwako", "Pasal 1 " + perwako
                + ".", "Ditetapkan di Sawahlunto pada tanggal 4 Maret 2024"));
        serve("[" + record("1523", "Anggaran Perpustakaan", "3", "\"urlDownload\":\"" + origin.base()
                + "/storage/perda_3.pdf\",\"status\":\"Berlaku\"") + "," + record("1524", "Peraturan Wali Kota"
                + " Sawahlunto Nomor 12 Tahun 2024 tentang Tarif Layanan", "12", "\"jenis\":\"Peraturan Wali Kota\","
                + "\"singkatanJenis\":\"PERWAKO\",\"status\":\"Dicabut\",\"subjek\":\"Tarif - Layanan\","
                + "\"urlDownload\":\"" + origin.base() + "/storage/perwako_12.pdf\"") + "]");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String member = "http://127.0.0.1:" + port;
        app = OwnApplication.start(run, sources(), OwnApplication.ownTopics(run, "--server.port=" + port,
                "--jembatan.portal.base-url=" + member));
        JsonNode first = document(app, app.awaitHits(perda, 1));
        JsonNode second = document(app, app.awaitHits(perwako, 1));

        JsonNode feed = app.http().get().uri("/jdihn/document.json").retrieve().body(JsonNode.class);
        assertThat(feed.isArray()).isTrue();
        assertThat(feed).hasSize(2);
        JsonNode served = feed.get(0).get("idData").asText().equals(second.get("id").asText()) ? feed.get(0)
                : feed.get(1);
        assertThat(served.get("jenis").asText()).isEqualTo("Peraturan Wali Kota");
        assertThat(served.get("noPeraturan").asText()).isEqualTo("12");
        assertThat(served.get("status").asText()).isEqualTo("Dicabut");
        assertThat(served.get("subjek").asText()).isEqualTo("Tarif - Layanan");
        assertThat(served.get("urlDownload").asText()).isEqualTo(member + "/api/documents/"
                + second.get("id").asText() + "/original");
        assertThat(served.get("urlDetailPeraturan").asText()).isEqualTo(member + "/dokumen/"
                + second.get("id").asText());
        JsonNode paged = app.http().get().uri("/jdihn/document.json?page=1&limit=1").retrieve().body(JsonNode.class);
        assertThat(paged.get("data")).hasSize(1);
        assertThat(paged.get("pagination").get("total_records").asInt()).isEqualTo(2);
        assertThat(paged.get("pagination").get("has_next_page").asBoolean()).isTrue();

        // another Jembatan (a JDIH site integrating the city's regulations) reads the library as a JDIHN member
        String reader = run + "r";
        try (OwnApplication other = OwnApplication.start(reader, """
                jembatan:
                  sources:
                    - id: kota-%s
                      agency-code: perpustakaan
                      agency-name: Perpustakaan Kota Sawahlunto
                      kind: jdihn
                      url: %s/jdihn/document.json
                      schedule: 2s
                      options:
                        allow-private-addresses: "true"
                        request-interval: 50ms
                """.formatted(reader, member), OwnApplication.ownTopics(reader))) {
            for (JsonNode original : List.of(first, second)) {
                String word = original.get("id").asText().equals(first.get("id").asText()) ? perda : perwako;
                JsonNode copy = document(other, other.awaitHits(word, 1));
                assertThat(copy.get("title").asText()).isEqualTo(original.get("title").asText());
                assertThat(copy.get("kind").asText()).isEqualTo("REGULATION");
                assertThat(copy.get("url").asText()).isEqualTo(member + "/dokumen/" + original.get("id").asText());
                for (String field : List.of("jenis", "nomor", "tahun", "tentang", "tanggalPenetapan",
                        "tanggalPengundangan", "singkatanJenis", "sumber", "teuBadan", "bidangHukum", "subjek",
                        "status")) {
                    assertThat(copy.get("regulation").get(field)).as(field)
                            .isEqualTo(original.get("regulation").get(field));
                }
            }
        }
    }

    private static JsonNode document(OwnApplication application, JsonNode found) {
        return application.http().get().uri(found.get("hits").get(0).get("href").asText()).retrieve()
                .body(JsonNode.class);
    }

    private static String record(String id, String judul, String nomor, String extra) {
        return "{\"idData\":\"" + id + "\",\"tahun_pengundangan\":\"2024\","
                + "\"tanggal_pengundangan\":\"2024-03-12\",\"jenis\":\"Peraturan Daerah\",\"noPeraturan\":\""
                + nomor + "\",\"judul\":\"" + judul + "\",\"singkatanJenis\":"
                + "\"PERDA\",\"tempatTerbit\":\"Sawahlunto\",\"sumber\":\"Lembaran Daerah Kota Sawahlunto Tahun 2024"
                + " Nomor " + nomor + "\",\"subjek\":\"Perpustakaan\",\"bahasa\":\"Indonesia\",\"bidangHukum\":"
                + "\"Hukum Administrasi Negara\",\"teuBadan\":\"Sawahlunto\",\"urlDetailPeraturan\":"
                + "\"https://jdih.sawahluntokota.go.id/dokumen/view?id=" + id + "\",\"operasi\":\"4\",\"display\":"
                + "\"1\"," + extra + "}";
    }

    private void serve(String json) {
        origin.put("/integrasi", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private String sources() {
        return """
                jembatan:
                  sources:
                    - id: jdih-%s
                      agency-code: hukum
                      agency-name: Bagian Hukum Sekretariat Daerah
                      kind: jdihn
                      url: %s/integrasi
                      schedule: 2s
                      options:
                        allowed-hosts: 127.0.0.1
                        allow-private-addresses: "true"
                        request-interval: 50ms
                """.formatted(run, origin.base());
    }
}
