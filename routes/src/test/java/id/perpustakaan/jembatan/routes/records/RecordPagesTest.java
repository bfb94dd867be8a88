package id.perpustakaan.jembatan.routes.records;

import static id.perpustakaan.jembatan.routes.records.RecordFiles.file;
import static id.perpustakaan.jembatan.routes.records.RecordFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordPagesTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneId.of("Asia/Jakarta"));
    private static final SourceDefinition SOURCE = new SourceDefinition("dinkes-jadwal",
            new Agency("dinkes", "Dinas Kesehatan"), "folder", "/tmp", Duration.ofSeconds(2), ReviewPolicy.AUTO,
            DocumentKind.OTHER, Map.of("records-title", "Kegiatan", "records-key", "Posyandu, Tanggal",
            "records-date", "Tanggal", "records-place", "Posyandu", "records-kelurahan", "Kelurahan",
            "records-deadline", "Daftar sampai", "records-target", "Sasaran"), null);
    private static final String HEADER = "Kegiatan,Posyandu,Tanggal,Kelurahan,Sasaran,Daftar sampai\n";

    @Test
    void eachRowIsAProgrammePageWithItsFactsDeclared() throws Exception {
        List<RecordPages.Outcome> outcomes = pages(HEADER
                + "Penimbangan balita,Posyandu Mawar,12 Maret 2026,Saringan,Balita,10-03-2026\n"
                + "Imunisasi,Posyandu Melati,2026-03-13,Lubang Panjang,,\n");

        assertThat(outcomes).hasSize(2).allMatch(RecordPages.Page.class::isInstance);
        RecordPages.Page first = (RecordPages.Page) outcomes.get(0);
        RawContent page = first.raw();
        assertThat(first.row()).isEqualTo(2);
        assertThat(page.locator()).isEqualTo("jadwal.csv#record=Posyandu Mawar|12 Maret 2026");
        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(page.declared().title()).isEqualTo("Penimbangan balita");
        assertThat(page.declared().kind()).isEqualTo(DocumentKind.PROGRAMME);
        assertThat(page.declared().tags()).containsExactly("Saringan", "Balita");
        assertThat(page.declared().summary())
                .isEqualTo("12 Maret 2026 · Posyandu Mawar · Kelurahan Saringan · Batas pendaftaran 10-03-2026");
        // the whole of 10 March in WIB
        assertThat(page.declared().validUntil()).isEqualTo(Instant.parse("2026-03-10T16:59:59Z"));
        String html = read(page);
        assertThat(html).contains("<h1>Penimbangan balita</h1>", "<dt>Kelurahan</dt><dd>Saringan</dd>",
                "<p>Sumber: jadwal.csv</p>");
        assertThat(((RecordPages.Page) outcomes.get(1)).raw().declared().validUntil()).isNull();
    }

    @Test
    void aRowThatBreaksTheMappingIsRefusedAloneWithItsNumber() throws Exception {
        List<RecordPages.Outcome> outcomes = pages(HEADER
                + "Penimbangan balita,Posyandu Mawar,12-03-2026,Saringan,,\n"
                + ",Posyandu Kenanga,14-03-2026,Saringan,,\n"
                + "Penyuluhan,Posyandu Mawar,12-03-2026,Saringan,,\n"
                + "Senam lansia,Posyandu Dahlia,minggu depan,Saringan,,\n"
                + "Imunisasi,Posyandu Melati,13-03-2026,Saringan,,besok sore\n");

        assertThat(outcomes).hasSize(5);
        assertThat(outcomes.get(0)).isInstanceOf(RecordPages.Page.class);
        assertThat(outcomes.subList(1, 5)).extracting(outcome -> ((RecordPages.Refusal) outcome).reason())
                .containsExactly(
                        "row 3: no title: the column 'Kegiatan' (records-title) is empty",
                        "row 4 has the same key as row 2 ('Posyandu Mawar|12-03-2026' in Posyandu, Tanggal,"
                                + " records-key): give each row its own, or name more columns in records-key",
                        "row 5: 'minggu depan' in the column 'Tanggal' (records-date) is not a date; write it as"
                                + " 31-12-2026, 2026-12-31 or 31 Desember 2026",
                        "row 6: 'besok sore' in the column 'Daftar sampai' (records-deadline) is not a date; write"
                                + " it as 31-12-2026, 2026-12-31 or 31 Desember 2026");
        assertThat(((RecordPages.Refusal) outcomes.get(1)).key()).isEqualTo("Posyandu Kenanga|14-03-2026");
    }

    @Test
    void aMissingColumnOrAnEmptyTableRefusesTheFileSayingWhatItHas() {
        assertThatThrownBy(() -> pages("Kegiatan,Tempat\nPenimbangan,Posyandu Mawar\n"))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessage("the table has no column 'Tanggal' (records-date), 'Posyandu' (records-place), 'Kelurahan'"
                        + " (records-kelurahan), 'Daftar sampai' (records-deadline), 'Sasaran' (records-target),"
                        + " 'Posyandu' (records-key), 'Tanggal' (records-key); its columns are: Kegiatan, Tempat");
        assertThatThrownBy(() -> pages(HEADER)).hasMessageStartingWith("the table has no rows under its header");
    }

    @Test
    void columnsAreFoundWhateverTheirCaseAndSpacing() throws Exception {
        List<RecordPages.Outcome> outcomes = pages("KEGIATAN,posyandu,Tanggal,Kelurahan,Sasaran,Daftar  Sampai\n"
                + "Penimbangan,Posyandu Mawar,12-03-2026,Saringan,,\n");

        assertThat(outcomes).singleElement().isInstanceOf(RecordPages.Page.class);
    }

    private static List<RecordPages.Outcome> pages(String csv) throws Exception {
        RawContent file = file(SOURCE.id(), "jadwal.csv", text(csv));
        RecordMapping mapping = RecordMapping.of(SOURCE).orElseThrow();
        return RecordPages.of(file, RecordTable.read(file, mapping), mapping, SOURCE, NOW);
    }

    private static String read(RawContent raw) throws Exception {
        try (InputStream in = raw.body().open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
