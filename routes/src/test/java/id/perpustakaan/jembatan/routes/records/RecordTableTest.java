package id.perpustakaan.jembatan.routes.records;

import static id.perpustakaan.jembatan.routes.records.RecordFiles.file;
import static id.perpustakaan.jembatan.routes.records.RecordFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordTableTest {

    private static final RecordMapping MAPPING = new RecordMapping(Map.of(RecordMapping.Field.TITLE, "Kegiatan"),
            List.of("Kegiatan"), null, null, RecordMapping.DEFAULT_FILES);

    @Test
    void aCsvOfASpreadsheetSetToIndonesianUsesSemicolonsAndMayStartWithAByteOrderMark() throws Exception {
        byte[] csv = text("\uFEFFNo;Kegiatan;Tanggal;Kelurahan\n1;Posyandu Mawar;12-03-2026;Saringan\n\n"
                + "2;\"Posyandu Melati; lansia\";13-03-2026;Lubang Panjang\n");

        RecordTable table = RecordTable.read(file("s", "jadwal.csv", csv), MAPPING);

        assertThat(table.columns()).containsExactly("No", "Kegiatan", "Tanggal", "Kelurahan");
        assertThat(table.rows()).extracting(RecordTable.Record::number).containsExactly(2, 4);
        assertThat(table.rows().get(1).values()).containsEntry("Kegiatan", "Posyandu Melati; lansia")
                .containsEntry("Kelurahan", "Lubang Panjang");
    }

    @Test
    void aWorkbookSheetGivesItsRowNumbersAndItsDatesInIsoForm() throws Exception {
        byte[] xlsx = RecordFiles.xlsx("Jadwal", List.of(
                List.of("Kegiatan", "Tanggal", "Peserta"),
                List.of("Posyandu Mawar", LocalDate.of(2026, 3, 12), 25),
                Arrays.asList("Posyandu Melati", null, 30)));
        var mapping = new RecordMapping(MAPPING.fields(), MAPPING.key(), "Jadwal", null, MAPPING.files());

        RecordTable table = RecordTable.read(file("s", "jadwal.xlsx", xlsx), mapping);

        assertThat(table.columns()).containsExactly("Kegiatan", "Tanggal", "Peserta");
        assertThat(table.rows()).extracting(RecordTable.Record::number).containsExactly(3, 4);
        assertThat(table.rows().get(0).values()).containsExactly(Map.entry("Kegiatan", "Posyandu Mawar"),
                Map.entry("Tanggal", "2026-03-12"), Map.entry("Peserta", "25"));
        assertThat(table.rows().get(1).values()).doesNotContainKey("Tanggal");
    }

    @Test
    void aMissingSheetIsNamedWithTheSheetsThereAre() {
        byte[] xlsx = RecordFiles.xlsx("Jadwal", List.of(List.of("Kegiatan"), List.of("Posyandu")));
        var mapping = new RecordMapping(MAPPING.fields(), MAPPING.key(), "Jadual", null, MAPPING.files());

        assertThatThrownBy(() -> RecordTable.read(file("s", "jadwal.xlsx", xlsx), mapping))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessage("the workbook has no sheet 'Jadual' (records-sheet); its sheets: Petunjuk, Jadwal");
    }

    @Test
    void anOpenDocumentSheetKeepsValuesInTheirColumnsAcrossRepeatedEmptyCells() throws Exception {
        byte[] ods = RecordFiles.ods("<table:table table:name=\"Jadwal\">"
                + "<table:table-row><table:table-cell><text:p>Kegiatan</text:p></table:table-cell>"
                + "<table:table-cell><text:p>Tempat</text:p></table:table-cell>"
                + "<table:table-cell><text:p>Kelurahan</text:p></table:table-cell></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell"
                + " table:number-columns-repeated=\"3\"/></table:table-row>"
                + "<table:table-row><table:table-cell><text:p>Posyandu Mawar</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"1\"/>"
                + "<table:table-cell><text:p>Saringan</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"16380\"/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell"
                + " table:number-columns-repeated=\"16384\"/></table:table-row>"
                + "</table:table>");

        RecordTable table = RecordTable.read(file("s", "jadwal.ods", ods), MAPPING);

        assertThat(table.columns()).containsExactly("Kegiatan", "Tempat", "Kelurahan");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(4);
            assertThat(row.values()).containsExactly(Map.entry("Kegiatan", "Posyandu Mawar"),
                    Map.entry("Kelurahan", "Saringan"));
        });
    }

    @Test
    void libreOfficesOwnSpreadsheetIsRead() throws Exception {
        byte[] ods = Files.readAllBytes(Path.of("../../shared/corpus/docs/tika/LibreOfficeCalc_ods_1.3.ods"));

        RecordTable table = RecordTable.read(file("s", "contoh.ods", ods), MAPPING);

        assertThat(table.columns()).containsExactly("This", "is", "an", "example", "spreadsheet");
        assertThat(table.rows()).singleElement().extracting(RecordTable.Record::values)
                .isEqualTo(Map.of("This", "0", "is", "1", "an", "2", "example", "3", "spreadsheet", "4"));
    }

    @Test
    void jsonRecordsAreTheArrayAtTheTopItsDataOrThePointerGiven() throws Exception {
        byte[] top = text("[{\"kegiatan\":\"Vaksinasi\",\"lokasi\":{\"kelurahan\":\"Saringan\"},"
                + "\"sasaran\":[\"balita\",\"lansia\"],\"kuota\":40,\"catatan\":null}]");
        byte[] data = text("{\"status\":\"ok\",\"data\":[{\"kegiatan\":\"Bursa kerja\"}]}");
        byte[] nested = text("{\"hasil\":{\"jadwal\":[{\"kegiatan\":\"Pelatihan\"},{\"kegiatan\":\"Forum\"}]}}");
        var pointer = new RecordMapping(MAPPING.fields(), MAPPING.key(), null, "/hasil/jadwal", MAPPING.files());

        RecordTable first = RecordTable.read(file("s", "a.json", top), MAPPING);
        assertThat(first.columns()).containsExactly("kegiatan", "lokasi.kelurahan", "sasaran", "kuota");
        assertThat(first.rows().get(0).values()).containsEntry("sasaran", "balita, lansia")
                .containsEntry("kuota", "40").doesNotContainKey("catatan");
        assertThat(RecordTable.read(file("s", "b.json", data), MAPPING).rows()).hasSize(1);
        assertThat(RecordTable.read(file("s", "c.json", nested), pointer).rows())
                .extracting(RecordTable.Record::number).containsExactly(1, 2);
        assertThatThrownBy(() -> RecordTable.read(file("s", "c.json", nested), MAPPING))
                .hasMessageContaining("no array of records at the top of the file or its \"data\"");
        assertThatThrownBy(() -> RecordTable.read(file("s", "d.json", text("{\"data\": [")), MAPPING))
                .isInstanceOf(ContentRejectedException.class).hasMessageStartingWith("not JSON");
    }
}
