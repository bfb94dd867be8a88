package id.perpustakaan.jembatan.connectors.jdihn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Records as real JDIH sites write them: the template's strings, numbers, placeholders, renamed fields. */
class JdihnRecordTest {

    private static final URI FEED = URI.create("https://jdih.example.go.id/integrasi/document.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JdihnRecord read(String json) throws Exception {
        return JdihnRecord.of(JSON.readTree(json), 7, FEED);
    }

    @Test
    void theTemplatesRecordIsReadFieldByField() throws Exception {
        JdihnRecord record = read("""
                {"idData":"1523","tahun_pengundangan":"2019","tanggal_pengundangan":"2019-04-22",
                 "jenis":"Peraturan Daerah","noPeraturan":"24","judul":"Pajak Daerah","noPanggil":"-",
                 "singkatanJenis":"PERDA","tempatTerbit":"Sawahlunto","penerbit":"-","deskripsiFisik":"-",
                 "sumber":"Lembaran Daerah Kota Sawahlunto Tahun 2019 Nomor 24","subjek":"PAJAK DAERAH - RETRIBUSI",
                 "isbn":"-","status":"Berlaku","bahasa":"Indonesia","bidangHukum":"Hukum Keuangan",
                 "teuBadan":"Sawahlunto","nomorIndukBuku":"-","fileDownload":"perda_24_2019.pdf",
                 "urlDownload":"https://jdih.example.go.id/storage/document/perda_24_2019.pdf",
                 "urlDetailPeraturan":"http://jdih.example.go.id/dokumen/view?id=1523","operasi":"4","display":"1"}
                """);

        assertThat(record.id()).isEqualTo("1523");
        assertThat(record.jenis()).isEqualTo("Peraturan Daerah");
        assertThat(record.singkatanJenis()).isEqualTo("PERDA");
        assertThat(record.nomor()).isEqualTo("24");
        assertThat(record.tahun()).isEqualTo(2019);
        assertThat(record.tanggalPengundangan()).isEqualTo(LocalDate.of(2019, 4, 22));
        assertThat(record.tanggalPenetapan()).isNull();
        assertThat(record.sumber()).isEqualTo("Lembaran Daerah Kota Sawahlunto Tahun 2019 Nomor 24");
        assertThat(record.subjek()).containsExactly("PAJAK DAERAH", "RETRIBUSI");
        assertThat(record.status()).isEqualTo("Berlaku");
        assertThat(record.download()).hasToString("https://jdih.example.go.id/storage/document/perda_24_2019.pdf");
        assertThat(record.fileName()).isEqualTo("perda_24_2019.pdf");
        assertThat(record.detail()).hasToString("http://jdih.example.go.id/dokumen/view?id=1523");
        assertThat(record.hidden()).isFalse();
    }

    @Test
    void numbersMayComeAsNumbers() throws Exception {
        JdihnRecord record = read("{\"idData\":123,\"tahun_pengundangan\":2021,\"noPeraturan\":5,\"judul\":\"x\","
                + "\"operasi\":4,\"display\":1}");

        assertThat(record.id()).isEqualTo("123");
        assertThat(record.tahun()).isEqualTo(2021);
        assertThat(record.nomor()).isEqualTo("5");
    }

    @Test
    void placeholdersAreNoValue() throws Exception {
        JdihnRecord record = read("{\"idData\":\"9\",\"judul\":\"x\",\"noPeraturan\":\"-\",\"tahun_pengundangan\":"
                + "\"0000\",\"tanggal_pengundangan\":\"0000-00-00\",\"sumber\":\"\",\"status\":null,"
                + "\"urlDownload\":\"-\",\"urlDetailPeraturan\":\"\",\"fileDownload\":null,\"subjek\":\"\"}");

        assertThat(record.nomor()).isNull();
        assertThat(record.tahun()).isNull();
        assertThat(record.tanggalPengundangan()).isNull();
        assertThat(record.sumber()).isNull();
        assertThat(record.status()).isNull();
        assertThat(record.download()).isNull();
        assertThat(record.detail()).isNull();
        assertThat(record.subjek()).isEmpty();
    }

    @Test
    void renamedFieldsAreRead() throws Exception {
        JdihnRecord record = read("{\"idData\":\"812\",\"judul\":\"x\",\"lastUpdated\":\"2024-03-14 09:00:00\","
                + "\"urlabstrak\":\"https://jdih.example.go.id/abstrak/812\",\"abstrak\":\"Peraturan ini mengatur"
                + " pajak.\"}");
        JdihnRecord ildis = read("{\"idData\":\"10234\",\"judul\":\"x\",\"last_updated\":\"2023-03-15 10:22:01\","
                + "\"tanggal_penetapan\":\"2023-03-01\",\"abstrak\":\"abstrak_10234.pdf\"}");

        assertThat(record.lastUpdated()).isEqualTo(LocalDateTime.of(2024, 3, 14, 9, 0));
        assertThat(record.abstractText()).isEqualTo("Peraturan ini mengatur pajak.");
        assertThat(ildis.lastUpdated()).isEqualTo(LocalDateTime.of(2023, 3, 15, 10, 22, 1));
        assertThat(ildis.tanggalPenetapan()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(ildis.abstractText()).as("a file name is no abstract").isNull();
    }

    @Test
    void datesAreReadInTheFormsSitesWriteThem() throws Exception {
        assertThat(read("{\"idData\":\"1\",\"judul\":\"x\",\"tanggal_pengundangan\":\"12-03-2024\"}")
                .tanggalPengundangan()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(read("{\"idData\":\"1\",\"judul\":\"x\",\"tanggal_pengundangan\":\"12/03/2024\"}")
                .tanggalPengundangan()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(read("{\"idData\":\"1\",\"judul\":\"x\",\"tanggal\":\"12 Mar 2024\"}")
                .tanggalPengundangan()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(read("{\"idData\":\"1\",\"judul\":\"x\",\"tanggal_pengundangan\":\"7 Agustus 2023\"}")
                .tanggalPengundangan()).isEqualTo(LocalDate.of(2023, 8, 7));
        assertThat(read("{\"idData\":\"1\",\"judul\":\"x\",\"tanggal_pengundangan\":\"2024-02-31\"}")
                .tanggalPengundangan()).as("no such day").isNull();
        assertThat(read("{\"idData\":\"1\",\"judul\":\"x\",\"tanggal_pengundangan\":\"2019\"}")
                .tanggalPengundangan()).as("a year alone").isNull();
    }

    @Test
    void linksWithoutSchemeOrHostAreMadeAbsolute() throws Exception {
        assertThat(read("{\"idData\":\"5\",\"judul\":\"x\",\"urlDetailPeraturan\":"
                + "\"jdih.bandungkab.go.id/hukum/detail_hukum/5\"}").detail())
                .hasToString("http://jdih.bandungkab.go.id/hukum/detail_hukum/5");
        assertThat(read("{\"idData\":\"5\",\"judul\":\"x\",\"urlDownload\":\"/storage/perda 5.pdf\"}").download())
                .hasToString("https://jdih.example.go.id/storage/perda%205.pdf");
        assertThat(read("{\"idData\":\"5\",\"judul\":\"x\",\"urlDownload\":\"javascript:alert(1)\"}").download())
                .isNull();
    }

    @Test
    void aFileGivenOnlyAsTheAbstractsLinkIsTheFile() throws Exception {
        assertThat(read("{\"idData\":\"5\",\"judul\":\"x\",\"urlDownload\":\"-\",\"urlAbstrak\":"
                + "\"https://jdih.example.go.id/common/dokumen/perbup_5.pdf\"}").download())
                .hasToString("https://jdih.example.go.id/common/dokumen/perbup_5.pdf");
    }

    @Test
    void aRecordTheSiteDoesNotShowIsHidden() throws Exception {
        assertThat(read("{\"idData\":\"5\",\"judul\":\"x\",\"display\":\"0\"}").hidden()).isTrue();
        assertThat(read("{\"idData\":\"5\",\"judul\":\"x\",\"display\":0}").hidden()).isTrue();
    }

    @Test
    void aRecordWithoutIdOrTitleIsRefusedSayingWhich() {
        assertThatThrownBy(() -> read("{\"judul\":\"Pajak Daerah\"}"))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessage("record 7 of the JDIHN feed has no idData ('Pajak Daerah'): the site must give every"
                        + " record its id");
        assertThatThrownBy(() -> read("{\"idData\":\"44\",\"judul\":\"-\"}"))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessage("record 7 of the JDIHN feed (idData 44) has no judul: the site must give every record"
                        + " its title");
    }

    @Test
    void anElementThatIsNoObjectIsRefused() {
        JsonNode text = JSON.getNodeFactory().textNode("0 results");
        assertThatThrownBy(() -> JdihnRecord.of(text, 3, FEED))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessage("record 3 of the JDIHN feed is not an object but string");
    }
}
