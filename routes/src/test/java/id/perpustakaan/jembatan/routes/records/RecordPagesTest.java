package id.perpustakaan.jembatan.routes.records;

import static id.perpustakaan.jembatan.routes.records.RecordFiles.file;
import static id.perpustakaan.jembatan.routes.records.RecordFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.EventPlace;
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

    @Test
    void aScheduleOfEventsMakesEachRowAnEventAtItsHoursAndPlace() throws Exception {
        SourceDefinition events = new SourceDefinition("dinkes-posyandu", new Agency("dinkes", "Dinas Kesehatan"),
                "folder", "/tmp", Duration.ofSeconds(2), ReviewPolicy.AUTO, DocumentKind.EVENT,
                Map.ofEntries(Map.entry("records-title", "Kegiatan"), Map.entry("records-key", "Posyandu, Tanggal"),
                        Map.entry("records-date", "Tanggal"), Map.entry("records-time", "Jam"),
                        Map.entry("records-place", "Posyandu"), Map.entry("records-address", "Alamat"),
                        Map.entry("records-kelurahan", "Kelurahan"), Map.entry("records-kecamatan", "Kecamatan"),
                        Map.entry("records-registration", "Daftar"), Map.entry("records-capacity", "Kuota"),
                        Map.entry("records-status", "Status")),
                null);
        List<RecordPages.Outcome> outcomes = pages(events, "Kegiatan,Posyandu,Alamat,Tanggal,Jam,Kelurahan,Kecamatan,"
                + "Daftar,Kuota,Status\n"
                + "Penimbangan balita,Posyandu Mawar,Jl. Mawar 3,12-03-2026,08.00 - 11.00,Saringan,Barangin,"
                + "s.id/mawar,30 anak,\n"
                + "Imunisasi,Posyandu Melati,,13-03-2026,,Lubang Panjang,Barangin,Telp. 0754 61234,,Dibatalkan\n"
                + "Senam lansia,Posyandu Dahlia,,,08.00,Saringan,Barangin,,,\n");

        RecordPages.Page first = (RecordPages.Page) outcomes.get(0);
        Event event = first.raw().declared().event();
        assertThat(first.raw().declared().kind()).isEqualTo(DocumentKind.EVENT);
        assertThat(event.start()).isEqualTo(Instant.parse("2026-03-12T01:00:00Z"));
        assertThat(event.end()).isEqualTo(Instant.parse("2026-03-12T04:00:00Z"));
        assertThat(event.allDay()).isFalse();
        assertThat(event.place()).isEqualTo(new EventPlace("Posyandu Mawar", "Jl. Mawar 3", "Saringan", "Barangin"));
        assertThat(event.organiser()).isEqualTo("Dinas Kesehatan");
        assertThat(event.registrationUrl()).isEqualTo("https://s.id/mawar");
        assertThat(event.capacity()).isEqualTo(30);
        assertThat(event.cancelled()).isFalse();
        assertThat(first.raw().declared().validUntil()).as("an event is valid until it is over").isNull();

        Event second = ((RecordPages.Page) outcomes.get(1)).raw().declared().event();
        assertThat(second.allDay()).isTrue();
        assertThat(second.start()).isEqualTo(Instant.parse("2026-03-12T17:00:00Z"));
        assertThat(second.registrationUrl()).as("a phone number stays on the page").isNull();
        assertThat(second.cancelled()).isTrue();
        assertThat(((RecordPages.Refusal) outcomes.get(2)).reason()).isEqualTo("row 4: no date: the column 'Tanggal'"
                + " (records-date) says when the event is; it is empty");
    }

    private static List<RecordPages.Outcome> pages(String csv) throws Exception {
        return pages(SOURCE, csv);
    }

    private static List<RecordPages.Outcome> pages(SourceDefinition source, String csv) throws Exception {
        RawContent file = file(source.id(), "jadwal.csv", text(csv));
        RecordMapping mapping = RecordMapping.of(source).orElseThrow();
        return RecordPages.of(file, RecordTable.read(file, mapping), mapping, source, NOW);
    }

    private static String read(RawContent raw) throws Exception {
        try (InputStream in = raw.body().open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
