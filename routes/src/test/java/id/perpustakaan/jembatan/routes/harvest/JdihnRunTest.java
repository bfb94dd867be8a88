package id.perpustakaan.jembatan.routes.harvest;

import static id.perpustakaan.jembatan.routes.fixtures.WebOrigin.ok;
import static id.perpustakaan.jembatan.routes.fixtures.WebOrigin.withEtag;
import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.RegulationStatus;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.fixtures.Documents;
import id.perpustakaan.jembatan.routes.fixtures.WebOrigin;
import id.perpustakaan.jembatan.routes.jdihn.JdihnRouteTemplate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** JDIHN runs against a local site serving feeds shaped like real ones: records, files, paging, bad records. */
class JdihnRunTest {

    private static final String JSON = "application/json";

    @AutoClose
    private final WebOrigin origin = WebOrigin.start();
    private HarvestRouteHarness harness;

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void eachRecordIsOneRegulationWithItsFileAndWhatTheRecordDeclares() throws Exception {
        byte[] pdf = Documents.pdf("Perda 3 2024", "PERATURAN DAERAH KOTA SAWAHLUNTO NOMOR 3 TAHUN 2024");
        origin.on("/integrasi", ok(JSON, "[" + record("1523", "Retribusi Pelayanan Perpustakaan",
                        "\"urlDownload\":\"" + origin.url("/storage/perda_3_2024.pdf") + "\",\"fileDownload\":"
                                + "\"perda_3_2024.pdf\",\"lastUpdated\":\"2024-03-14 09:00:00\"") + ","
                        + record("1524", "Peraturan Wali Kota Sawahlunto Nomor 12 Tahun 2024 tentang Jam Layanan",
                        "\"jenis\":\"Peraturan Wali Kota\",\"status\":\"Dicabut\",\"urlDownload\":\"-\"") + "]"))
                .on("/storage/perda_3_2024.pdf", ok("application/pdf", pdf));
        harness = new HarvestRouteHarness(jdihn());

        harness.run(JdihnRouteTemplate.RUN, "hukum-jdih");

        assertThat(harness.deadLetters).isEmpty();
        assertThat(harness.ingested).hasSize(2);
        HarvestRouteHarness.Ingested withFile = harness.ingested.get(0);
        assertThat(withFile.raw().locator()).isEqualTo("1523");
        assertThat(withFile.raw().fileName()).isEqualTo("perda_3_2024.pdf");
        assertThat(withFile.raw().size()).isEqualTo(pdf.length);
        assertThat(withFile.raw().url()).isEqualTo("https://jdih.sawahluntokota.go.id/dokumen/view?id=1523");
        assertThat(withFile.raw().etag()).startsWith("jdihn-record:");
        assertThat(withFile.raw().declaredLanguage()).isEqualTo("id");
        assertThat(withFile.raw().lastModified()).as("written in WIB")
                .isEqualTo(Instant.parse("2024-03-14T02:00:00Z"));
        assertThat(withFile.raw().declared()).satisfies(declared -> {
            assertThat(declared.kind()).isEqualTo(DocumentKind.REGULATION);
            assertThat(declared.title()).isEqualTo("Peraturan Daerah Nomor 3 Tahun 2024 tentang Retribusi Pelayanan"
                    + " Perpustakaan");
            assertThat(declared.tags()).containsExactly("Perpustakaan", "Retribusi");
            assertThat(declared.regulation()).satisfies(regulation -> {
                assertThat(regulation.nomor()).isEqualTo("3");
                assertThat(regulation.tahun()).isEqualTo(2024);
                assertThat(regulation.tentang()).isEqualTo("Retribusi Pelayanan Perpustakaan");
                assertThat(regulation.tanggalPengundangan()).isEqualTo(LocalDate.of(2024, 3, 12));
                assertThat(regulation.singkatanJenis()).isEqualTo("PERDA");
                assertThat(regulation.sumber()).isEqualTo("Lembaran Daerah Kota Sawahlunto Tahun 2024 Nomor 3");
                assertThat(regulation.teuBadan()).isEqualTo("Sawahlunto");
                assertThat(regulation.bidangHukum()).isEqualTo("Hukum Administrasi Negara");
                assertThat(regulation.status()).isEqualTo(RegulationStatus.BERLAKU);
            });
        });

        HarvestRouteHarness.Ingested withoutFile = harness.ingested.get(1);
        assertThat(withoutFile.raw().mediaType()).isEqualTo("text/html");
        assertThat(withoutFile.raw().declared().title()).as("the site's own title names the number")
                .isEqualTo("Peraturan Wali Kota Sawahlunto Nomor 12 Tahun 2024 tentang Jam Layanan");
        assertThat(withoutFile.raw().declared().regulation().status()).isEqualTo(RegulationStatus.DICABUT);
        assertThat(withoutFile.body()).contains("<dt>Status</dt><dd>Dicabut</dd>")
                .contains("<dt>Tanggal pengundangan</dt><dd>12 Maret 2024</dd>");
    }

    @Test
    void aBadRecordIsItsOwnDeadLetterWithWhatIsWrongAndTheOthersGoOn() throws Exception {
        origin.on("/integrasi", ok(JSON, "[" + record("1", "Satu", "") + ","
                + "{\"judul\":\"Tanpa id\"}," + "\"0 results\"," + record("1", "Satu lagi", "") + ","
                + record("5", "Berkas hilang", "\"urlDownload\":\"" + origin.url("/storage/hilang.pdf") + "\"") + ","
                + record("6", "Tersembunyi", "\"display\":\"0\"") + "," + record("7", "Tujuh", "") + "]"));
        harness = new HarvestRouteHarness(jdihn());

        harness.run(JdihnRouteTemplate.RUN, "hukum-jdih");

        assertThat(harness.ingestedLocators()).containsExactly("1", "7");
        assertThat(harness.deadLetters).extracting(DeadLetter::reason).hasSize(4).startsWith(
                "record 2 of the JDIHN feed has no idData ('Tanpa id'): the site must give every record its id",
                "record 3 of the JDIHN feed is not an object but string",
                "record 4 of the JDIHN feed repeats idData 1 of record 1: only the first is kept; the site should"
                        + " give each regulation one record");
        assertThat(harness.deadLetters.get(3).reason()).startsWith("the file of 'Berkas hilang' (idData 5): ")
                .contains("404");
        assertThat(harness.deadLetters).extracting(DeadLetter::locator)
                .containsExactly("record 2", "record 3", "1", "5");
    }

    @Test
    void aPagedFeedIsReadToItsLastPage() throws Exception {
        origin.on("/integrasi", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            int page = query == null ? 1 : Integer.parseInt(query.replaceAll(".*page=(\\d+).*", "$1"));
            String body = "{\"data\":[" + record(String.valueOf(page * 10), "Halaman " + page, "") + "],"
                    + "\"pagination\":{\"current_page\":" + page + ",\"per_page\":1,\"total_pages\":3,"
                    + "\"has_next_page\":" + (page < 3) + "}}";
            ok(JSON, body).handle(exchange);
        });
        harness = new HarvestRouteHarness(jdihn());

        harness.run(JdihnRouteTemplate.RUN, "hukum-jdih");

        assertThat(harness.ingestedLocators()).containsExactly("10", "20", "30");
        assertThat(origin.received("/integrasi")).hasSize(3);
    }

    @Test
    void anUnchangedFeedCostsA304AndNothingIsSentAgain() throws Exception {
        origin.on("/integrasi", withEtag(JSON, "[" + record("1", "Satu", "") + "]", "\"v1\""));
        harness = new HarvestRouteHarness(jdihn());

        harness.run(JdihnRouteTemplate.RUN, "hukum-jdih");
        harness.run(JdihnRouteTemplate.RUN, "hukum-jdih");

        assertThat(origin.received("/integrasi")).extracting(WebOrigin.Received::ifNoneMatch)
                .containsExactly(null, "\"v1\"");
        assertThat(harness.ingestedLocators()).containsExactly("1");
    }

    @Test
    void aPageThatIsNoFeedIsOneDeadLetterForTheSource() throws Exception {
        origin.on("/integrasi", ok("text/html", "<html><body>Silakan masuk</body></html>"));
        harness = new HarvestRouteHarness(jdihn());

        harness.run(JdihnRouteTemplate.RUN, "hukum-jdih");

        assertThat(harness.deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.locator()).isEqualTo(origin.url("/integrasi").toString());
            assertThat(letter.reason()).contains("is not JSON; it begins with '<html><body>Silakan masuk");
        });
        assertThat(harness.runs.of("hukum-jdih").orElseThrow().lastError()).contains("is not JSON");
    }

    private static String record(String id, String judul, String extra) {
        return "{\"idData\":\"" + id + "\",\"tahun_pengundangan\":\"2024\",\"tanggal_pengundangan\":\"2024-03-12\","
                + "\"jenis\":\"Peraturan Daerah\",\"noPeraturan\":\"3\",\"judul\":\"" + judul + "\","
                + "\"singkatanJenis\":\"PERDA\",\"tempatTerbit\":\"Sawahlunto\","
                + "\"sumber\":\"Lembaran Daerah Kota Sawahlunto Tahun 2024 Nomor 3\",\"subjek\":\"Perpustakaan - "
                + "Retribusi\",\"status\":\"Berlaku\",\"bahasa\":\"Indonesia\",\"bidangHukum\":\"Hukum Administrasi"
                + " Negara\",\"teuBadan\":\"Sawahlunto\",\"urlDetailPeraturan\":"
                + "\"https://jdih.sawahluntokota.go.id/dokumen/view?id=" + id + "\",\"operasi\":\"4\",\"display\":"
                + "\"1\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private SourceDefinition jdihn() {
        return new SourceDefinition("hukum-jdih", new Agency("hukum", "Bagian Hukum"), "jdihn",
                origin.url("/integrasi").toString(), Duration.ofHours(1), ReviewPolicy.AUTO, DocumentKind.REGULATION,
                Map.of("allow-private-addresses", "true", "request-interval", "10ms"), null);
    }
}
