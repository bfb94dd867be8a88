package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A posyandu schedule of 120 rows dropped as a workbook, through the real broker and node: 120 programmes, findable
 * by kelurahan; dropped again with 3 rows changed and 2 removed, it writes exactly 3 new revisions and 2 withdrawals.
 */
class RecordsIT {

    private static final String RUN = "records" + Integer.toHexString(new Random().nextInt());
    private static final String SOURCE = "dinkes-posyandu";
    private static final List<String> KELURAHAN = List.of("Saringan", "Sikalang", "Talawi Hilir", "Lubang Panjang",
            "Kubang Sirakuk", "Durian II");
    private static OwnApplication app;
    private static Path inbox;

    @BeforeAll
    static void start() throws Exception {
        inbox = Files.createDirectories(Path.of(System.getProperty("jembatan.data-dir"), RUN, "inbox", "dinkes"));
        app = OwnApplication.start(RUN, """
                jembatan:
                  sources:
                    - id: %s
                      agency-code: dinkes
                      agency-name: Dinas Kesehatan
                      kind: folder
                      path: %s
                      schedule: 1s
                      review: auto
                      options:
                        records-title: Kegiatan
                        records-key: "Posyandu, Tanggal"
                        records-date: Tanggal
                        records-place: Posyandu
                        records-kelurahan: Kelurahan
                """.formatted(SOURCE, inbox), OwnApplication.ownTopics(RUN));
        app.awaitSearchable();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aScheduleOf120RowsIs120ProgrammesAndItsNextDropChangesOnlyWhatChanged() throws Exception {
        String word = PipelineIT.uniqueWord("posyandu");
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(List.of("Penimbangan balita " + word, "Posyandu " + (i % 20 + 1), LocalDate.of(2027, 1, 4)
                    .plusDays(i / 20 * 7), KELURAHAN.get(i % KELURAHAN.size())));
        }
        drop("jadwal-posyandu.xlsx", rows);

        JsonNode all = app.awaitHits(word, 120);
        assertThat(all.get("hits").get(0).get("kind").asText()).isEqualTo("PROGRAMME");
        assertThat(app.awaitHits(word + " Saringan", 20).get("total").asInt()).isEqualTo(20);
        // the programme finder's filter: the rows of a kelurahan by their tag, in any case
        JsonNode saringan = app.http().get().uri("/api/search?q={word}&kind=programme&tag=saringan&tag=Sikalang",
                word).retrieve().body(JsonNode.class);
        assertThat(saringan.get("total").asInt()).isEqualTo(40);
        JsonNode row = app.http().get().uri(all.get("hits").get(0).get("href").asText()).retrieve()
                .body(JsonNode.class);
        assertThat(row.get("text").asText()).contains("Kelurahan", "Sumber: jadwal-posyandu.xlsx");
        assertThat(row.get("tags")).extracting(JsonNode::asText).containsAnyElementsOf(KELURAHAN);
        awaitTaken("jadwal-posyandu.xlsx");
        long documents = app.endOffset(RUN + ".documents");
        long reviews = app.endOffset(RUN + ".reviews");

        String changed = PipelineIT.uniqueWord("ditunda");
        List<List<Object>> next = new ArrayList<>(rows);
        for (int i : new int[] {3, 50, 101}) {
            List<Object> edited = new ArrayList<>(next.get(i));
            edited.set(0, "Penimbangan balita " + word + " " + changed);
            next.set(i, edited);
        }
        next.remove(119);
        next.remove(7);
        String removed = idOf(word, "Posyandu 8", "2027-01-04");
        drop("jadwal-posyandu.xlsx", next);

        app.awaitHits(changed, 3);
        app.awaitHits(word, 118);
        assertThat(app.search(word + " \"Posyandu 8\" 2027-01-04").get("total").asInt()).isZero();
        int status = app.http().get().uri("/api/documents/{id}", removed)
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(status).isEqualTo(404);
        awaitTaken("jadwal-posyandu.xlsx");
        // 3 new revisions and 2 tombstones on the documents topic; 3 automatic publications and 2 withdrawals
        await().atMost(Duration.ofSeconds(10)).until(() -> app.endOffset(RUN + ".documents") == documents + 5
                && app.endOffset(RUN + ".reviews") == reviews + 5);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> app.endOffset(RUN + ".documents") == documents + 5);
        assertThat(app.deadLetters(SOURCE)).isEmpty();
    }

    /** The id of the row of that posyandu and day, found by its page's words. */
    private static String idOf(String word, String posyandu, String day) {
        JsonNode hits = app.http().get().uri(uri -> uri.path("/api/search").queryParam("q", word + " \"" + posyandu
                + "\" " + day).build()).retrieve().body(JsonNode.class).get("hits");
        assertThat(hits).hasSize(1);
        return hits.get(0).get("id").asText();
    }

    /** Written beside the inbox and moved in, as an agency's copy lands whole. */
    private static void drop(String name, List<List<Object>> rows) throws IOException {
        Path draft = inbox.resolveSibling(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(draft)) {
            Sheet sheet = workbook.createSheet("Jadwal");
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            List<String> columns = List.of("Kegiatan", "Posyandu", "Tanggal", "Kelurahan");
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate date) {
                        row.createCell(c).setCellValue(date);
                        row.getCell(c).setCellStyle(dates);
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
        Files.move(draft, inbox.resolve(name));
    }

    private static void awaitTaken(String name) {
        await().atMost(PipelineIT.SEARCHABLE_WITHIN).until(() -> !Files.exists(inbox.resolve(name)));
    }
}
