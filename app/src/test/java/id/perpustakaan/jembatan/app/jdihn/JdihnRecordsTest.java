package id.perpustakaan.jembatan.app.jdihn;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.indexer.search.LaterRegulations;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.OriginalFile;
import id.perpustakaan.jembatan.model.Regulation;
import id.perpustakaan.jembatan.model.RegulationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A published regulation as the JDIHN template writes a record: every field, in its order and forms. */
class JdihnRecordsTest {

    private static final LaterRegulations.Cited NOTHING_LATER = new LaterRegulations.Cited(Set.of(), Set.of());

    private final JdihnRecords records = new JdihnRecords("https://jembatan.example.go.id", "Sawahlunto");

    @Test
    void aCataloguedRegulationIsWrittenFieldByField() {
        Regulation regulation = new Regulation("Perwako", "12", 2024, "Tarif Layanan", List.of(), List.of(),
                LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 12), "PERWAKO",
                "Berita Daerah Kota Sawahlunto Tahun 2024 Nomor 12", "Sawahlunto", "Hukum Administrasi Negara",
                List.of("Tarif", "Layanan"), RegulationStatus.DICABUT);

        Map<String, String> record = records.of(document(regulation, new OriginalFile("ab", "application/pdf",
                "perwako_12.pdf", 1000, 3)), NOTHING_LATER);

        assertThat(record.keySet()).startsWith("idData", "tahun_pengundangan", "tanggal_penetapan",
                "tanggal_pengundangan", "jenis", "noPeraturan", "judul").endsWith("operasi", "display");
        assertThat(record).containsEntry("idData", "hukum-1")
                .containsEntry("tahun_pengundangan", "2024")
                .containsEntry("tanggal_penetapan", "2024-03-04")
                .containsEntry("tanggal_pengundangan", "2024-03-12")
                .containsEntry("jenis", "Peraturan Wali Kota")
                .containsEntry("noPeraturan", "12")
                .containsEntry("singkatanJenis", "PERWAKO")
                .containsEntry("tempatTerbit", "Sawahlunto")
                .containsEntry("sumber", "Berita Daerah Kota Sawahlunto Tahun 2024 Nomor 12")
                .containsEntry("subjek", "Tarif - Layanan")
                .containsEntry("status", "Dicabut")
                .containsEntry("bahasa", "Indonesia")
                .containsEntry("deskripsiFisik", "3 hlm")
                .containsEntry("fileDownload", "perwako_12.pdf")
                .containsEntry("urlDownload", "https://jembatan.example.go.id/api/documents/hukum-1/original")
                .containsEntry("urlDetailPeraturan", "https://jembatan.example.go.id/dokumen/hukum-1")
                .containsEntry("last_updated", "2024-03-14 09:00:00")
                .containsEntry("operasi", "4")
                .containsEntry("display", "1");
    }

    @Test
    void whatIsNotKnownIsADash_andAnUncataloguedRegulationIsInForce() {
        Regulation read = new Regulation("Perda", "3", null, null, List.of(), List.of(), null,
                LocalDate.of(2019, 5, 2));

        Map<String, String> record = records.of(document(read, null), NOTHING_LATER);

        assertThat(record).containsEntry("tahun_pengundangan", "2019")
                .containsEntry("tanggal_penetapan", "-")
                .containsEntry("jenis", "Peraturan Daerah")
                .containsEntry("singkatanJenis", "PERDA")
                .containsEntry("sumber", "-")
                .containsEntry("subjek", "-")
                .containsEntry("status", "Berlaku")
                .containsEntry("teuBadan", "Bagian Hukum")
                .containsEntry("fileDownload", "-")
                .containsEntry("urlDownload", "-");
    }

    @Test
    void aRegulationALaterPublishedOneRevokesOrAmendsSaysSo() {
        Regulation read = new Regulation("Perda", "3", 2019, null, List.of(), List.of());

        assertThat(records.of(document(read, null), new LaterRegulations.Cited(Set.of("Perda 3/2019"), Set.of())))
                .containsEntry("status", "Diubah");
        assertThat(records.of(document(read, null), new LaterRegulations.Cited(Set.of("Perda 3/2019"),
                Set.of("Perda 3/2019")))).containsEntry("status", "Dicabut");
        assertThat(records.of(document(read, null), new LaterRegulations.Cited(Set.of("Perda 3/2018"), Set.of())))
                .containsEntry("status", "Berlaku");
    }

    private static Document document(Regulation regulation, OriginalFile original) {
        return new Document("hukum-1", "hukum-inbox", new Agency("hukum", "Bagian Hukum"), DocumentKind.REGULATION,
                "Peraturan Wali Kota Sawahlunto Nomor 12 Tahun 2024 tentang Tarif Layanan", "Ringkasan.", null, null,
                "id", null, original, null, Instant.parse("2024-03-14T02:00:00Z"),
                Instant.parse("2024-03-15T00:00:00Z"), null, regulation, List.of(), "h", 1, null, List.of(),
                List.of(), null);
    }
}
