package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Through the real broker and node: a posyandu schedule of 120 rows dropped as a workbook is 120 events, findable by
 * kelurahan, on the agenda by kecamatan and in the calendar (read by ical4j) at their local hours; dropped again with
 * 3 rows changed and 2 removed, it writes exactly 3 new revisions and 2 withdrawals. A table of programmes is found
 * by target group while still open; an announcement of a training is an event on the agenda; a JSON API's records
 * are events too, and its next answer changes only what changed.
 */
class RecordsIT {

    private static final String RUN = "records" + Integer.toHexString(new Random().nextInt());
    private static final String SOURCE = "dinkes-posyandu";
    private static final List<String> KELURAHAN = List.of("Saringan", "Sikalang", "Lubang Panjang", "Talawi Hilir",
            "Durian II", "Kumbayau");
    /** The kecamatan of each kelurahan above, in turn. */
    private static final List<String> KECAMATAN = List.of("Barangin", "Talawi");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static OwnApplication app;
    private static Path inbox;
    private static Path programmes;
    private static Path announcements;
    private static LocalOrigin api;
    /** The word of the API's records, which answers from the start. */
    private static final String VACCINATION = PipelineIT.uniqueWord("vaksinasi");
    private static final String RECORD = """
            {"id": %d, "nama_kegiatan": "Imunisasi Anak %s %s", "tanggal": "%s", "jam": "08.00-12.00",
             "lokasi": "Puskesmas %s", "kecamatan": "Silungkang"}""";

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of(System.getProperty("jembatan.data-dir"), RUN, "inbox");
        inbox = Files.createDirectories(root.resolve("dinkes"));
        programmes = Files.createDirectories(root.resolve("dinsos"));
        announcements = Files.createDirectories(root.resolve("diskominfo"));
        api = new LocalOrigin();
        LocalDate day = LocalDate.now(WIB).plusDays(5);
        api.put("/api/jadwal-vaksinasi", "application/json", ("{\"data\": ["
                + RECORD.formatted(1, VACCINATION, "Muaro Kalaban", day, "Silungkang") + ","
                + RECORD.formatted(2, VACCINATION, "Silungkang Oso", day.plusDays(1), "Silungkang") + ","
                + RECORD.formatted(3, VACCINATION, "Taratak Bancah", day.plusDays(2), "Silungkang") + "]}")
                .getBytes(StandardCharsets.UTF_8));
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
                      default-kind: event
                      options:
                        records-title: Kegiatan
                        records-key: "Posyandu, Tanggal"
                        records-date: Tanggal
                        records-time: Jam
                        records-place: Posyandu
                        records-kelurahan: Kelurahan
                        records-kecamatan: Kecamatan
                    - id: dinsos-bantuan
                      agency-code: dinsos
                      agency-name: Dinas Sosial
                      kind: folder
                      path: %s
                      schedule: 1s
                      review: auto
                      default-kind: programme
                      options:
                        records-title: Program
                        records-kelurahan: Kelurahan
                        records-target: Sasaran
                        records-deadline: Batas
                    - id: diskominfo-pengumuman
                      agency-code: diskominfo
                      agency-name: Dinas Komunikasi dan Informatika
                      kind: folder
                      path: %s
                      schedule: 1s
                      review: auto
                    - id: dinkes-vaksinasi
                      agency-code: dinkes
                      agency-name: Dinas Kesehatan
                      kind: api
                      url: %s/api/jadwal-vaksinasi
                      schedule: 1s
                      review: auto
                      default-kind: event
                      options:
                        allowed-hosts: 127.0.0.1
                        allow-private-addresses: "true"
                        request-interval: 50ms
                        records-title: nama_kegiatan
                        records-key: id
                        records-date: tanggal
                        records-time: jam
                        records-place: lokasi
                        records-kecamatan: kecamatan
                        records-json-pointer: /data
                """.formatted(SOURCE, inbox, programmes, announcements, api.base()), OwnApplication.ownTopics(RUN));
        app.awaitSearchable();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    void aScheduleOf120RowsIs120EventsOnTheAgendaAndInTheCalendarAndItsNextDropChangesOnlyWhatChanged()
            throws Exception {
        String word = PipelineIT.uniqueWord("posyandu");
        LocalDate firstMonday = LocalDate.now(WIB).plusWeeks(1).with(DayOfWeek.MONDAY);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(List.of("Penimbangan balita " + word, "Posyandu " + (i % 20 + 1),
                    firstMonday.plusDays(i / 20 * 7), "08.00 - 11.00", KELURAHAN.get(i % KELURAHAN.size()),
                    KECAMATAN.get(i % KECAMATAN.size())));
        }
        drop("jadwal-posyandu.xlsx", rows);

        JsonNode all = app.awaitHits(word, 120);
        assertThat(all.get("hits").get(0).get("kind").asText()).isEqualTo("EVENT");
        assertThat(app.awaitHits(word + " Saringan", 20).get("total").asInt()).isEqualTo(20);
        // by kelurahan: the rows of two kelurahan by their tags, in any case
        JsonNode twoKelurahan = app.http().get().uri("/api/search?q={word}&kind=event&tag=saringan&tag=Sikalang",
                word).retrieve().body(JsonNode.class);
        assertThat(twoKelurahan.get("total").asInt()).isEqualTo(40);
        JsonNode row = app.http().get().uri(all.get("hits").get(0).get("href").asText()).retrieve()
                .body(JsonNode.class);
        assertThat(row.get("text").asText()).contains("Kelurahan", "Sumber: jadwal-posyandu.xlsx");
        assertThat(row.get("event").get("place").get("kecamatan").asText()).isIn(KECAMATAN);

        JsonNode talawi = app.http().get().uri("/api/agenda?kecamatan=Talawi&size=100").retrieve()
                .body(JsonNode.class);
        assertThat(talawi.get("total").asInt()).isEqualTo(60);
        JsonNode soonest = talawi.get("events").get(0);
        assertThat(soonest.get("event").get("place").get("kecamatan").asText()).isEqualTo("Talawi");
        assertThat(soonest.get("when").asText()).endsWith(", 08.00–11.00 WIB");
        // the facet counts every kecamatan of those days, whichever is chosen
        assertThat(talawi.get("facets").get("kecamatan")).extracting(count -> count.get("value").asText() + " "
                + count.get("count").asInt()).contains("Barangin 60", "Talawi 60");

        List<VEvent> calendar = calendar("/feeds/agenda.ics?kecamatan=Talawi");
        assertThat(calendar).hasSize(60);
        assertThat(calendar).extracting(event -> event.getProperty(Property.UID).orElseThrow().getValue())
                .doesNotHaveDuplicates();
        for (VEvent event : calendar) {
            var start = event.getStartDate().orElseThrow();
            assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Asia/Jakarta");
            assertThat(ZonedDateTime.from(start.getDate()).withZoneSameInstant(WIB).toLocalTime())
                    .isEqualTo(LocalTime.of(8, 0));
            assertThat(ZonedDateTime.from(event.getEndDate().orElseThrow().getDate()).withZoneSameInstant(WIB)
                    .toLocalTime()).isEqualTo(LocalTime.of(11, 0));
        }
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
        String removed = idOf(word, "Posyandu 8", firstMonday.toString());
        drop("jadwal-posyandu.xlsx", next);

        app.awaitHits(changed, 3);
        app.awaitHits(word, 118);
        assertThat(app.search(word + " \"Posyandu 8\" " + firstMonday).get("total").asInt()).isZero();
        int status = app.http().get().uri("/api/documents/{id}", removed)
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(status).isEqualTo(404);
        awaitTaken("jadwal-posyandu.xlsx");
        // 3 new revisions and 2 tombstones on the documents topic; 3 automatic publications and 2 withdrawals
        await().atMost(Duration.ofSeconds(10)).until(() -> app.endOffset(RUN + ".documents") == documents + 5
                && app.endOffset(RUN + ".reviews") == reviews + 5);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> app.endOffset(RUN + ".documents") == documents + 5);
        // rows 7 and 119 were in Talawi, rows 3 and 101 of the changed ones too
        assertThat(app.http().get().uri("/api/agenda?size=1&kecamatan=Barangin&kecamatan=Talawi").retrieve()
                .body(JsonNode.class).get("total").asInt()).isEqualTo(118);
        assertThat(calendar("/feeds/agenda.ics?kecamatan=Talawi")).hasSize(58).filteredOn(event -> event
                .getProperty(Property.SUMMARY).orElseThrow().getValue().contains(changed)).hasSize(2);
        assertThat(app.deadLetters(SOURCE)).isEmpty();
    }

    @Test
    void programmesStillOpenAreFoundByTargetGroupAndATrainingAnnouncedInTextIsOnTheAgenda() throws Exception {
        String word = PipelineIT.uniqueWord("bantuan");
        LocalDate today = LocalDate.now(WIB);
        Files.writeString(programmes.resolveSibling("bantuan.csv"), """
                Program,Kelurahan,Sasaran,Batas
                Bantuan Pangan Lansia %1$s,Saringan,Lansia,%2$s
                Bantuan Alat Bantu Dengar %1$s,Sikalang,Lansia,%3$s
                Beasiswa Anak Yatim %1$s,Saringan,Pelajar,%2$s
                """.formatted(word, today.plusDays(20), today.minusDays(3)));
        Files.move(programmes.resolveSibling("bantuan.csv"), programmes.resolve("bantuan.csv"));
        String training = PipelineIT.uniqueWord("literasi");
        LocalDate day = today.plusDays(10);
        String spoken = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.forLanguageTag("id")).format(day);
        Files.writeString(announcements.resolveSibling("pelatihan.txt"), """
                Pengumuman Pelatihan Literasi Digital %s

                Dinas Komunikasi dan Informatika mengundang pelaku UMKM mengikuti pelatihan literasi digital yang
                akan dilaksanakan pada hari %s pukul 09.00 s.d. 12.00 WIB bertempat di Aula Perpustakaan Kota
                Sawahlunto. Peserta terbatas untuk 40 orang.
                """.formatted(training, spoken));
        Files.move(announcements.resolveSibling("pelatihan.txt"), announcements.resolve("pelatihan.txt"));

        app.awaitHits(word, 2);
        JsonNode lansia = app.http().get().uri("/api/search?q={word}&kind=programme&tag=lansia", word).retrieve()
                .body(JsonNode.class);
        assertThat(lansia.get("hits")).extracting(hit -> hit.get("title").asText())
                .containsExactly("Bantuan Pangan Lansia " + word);
        assertThat(app.http().get().uri("/api/search?q={word}&kind=programme&tag=lansia&includeExpired=true", word)
                .retrieve().body(JsonNode.class).get("total").asInt()).isEqualTo(2);

        app.awaitHits(training, 1);
        JsonNode agenda = await().atMost(PipelineIT.SEARCHABLE_WITHIN).until(() -> app.http().get()
                .uri("/api/agenda?agency=diskominfo").retrieve().body(JsonNode.class), a -> a.get("total").asInt() == 1);
        JsonNode event = agenda.get("events").get(0);
        assertThat(event.get("title").asText()).isEqualTo("Pengumuman Pelatihan Literasi Digital " + training);
        assertThat(event.get("when").asText()).isEqualTo(spoken + ", 09.00–12.00 WIB");
        assertThat(event.get("event").get("place").get("name").asText()).isEqualTo("Aula Perpustakaan Kota Sawahlunto");
        assertThat(event.get("event").get("capacity").asInt()).isEqualTo(40);
        assertThat(event.get("event").get("start").asText())
                .isEqualTo(day.atTime(9, 0).atZone(WIB).toInstant().toString());
    }

    @Test
    void theRecordsOfAJsonApiAreEventsAndItsNextAnswerChangesOnlyWhatChanged() throws Exception {
        String word = VACCINATION;
        LocalDate day = LocalDate.now(WIB).plusDays(5);
        JsonNode events = await().atMost(PipelineIT.SEARCHABLE_WITHIN).until(() -> app.http().get()
                .uri("/api/agenda?kecamatan=Silungkang").retrieve().body(JsonNode.class),
                answer -> answer.get("total").asInt() == 3);
        assertThat(events.get("events").get(0).get("title").asText()).isEqualTo("Imunisasi Anak " + word
                + " Muaro Kalaban");
        assertThat(events.get("events").get(0).get("when").asText()).endsWith(", 08.00–12.00 WIB");
        long documents = app.endOffset(RUN + ".documents");

        String moved = PipelineIT.uniqueWord("pindah");
        api.put("/api/jadwal-vaksinasi", "application/json", ("{\"data\": ["
                + RECORD.formatted(1, word, "Muaro Kalaban", day, "Silungkang") + ","
                + RECORD.formatted(3, word, "Taratak Bancah " + moved, day.plusDays(2), "Silungkang") + "]}")
                .getBytes(StandardCharsets.UTF_8));

        app.awaitHits(moved, 1);
        await().atMost(PipelineIT.SEARCHABLE_WITHIN).until(() -> app.search(word).get("total").asInt() == 2);
        // one new revision and one withdrawal; the unchanged record writes nothing, and the next answers are 304s
        await().atMost(Duration.ofSeconds(10)).until(() -> app.endOffset(RUN + ".documents") == documents + 2);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> app.endOffset(RUN + ".documents") == documents + 2);
        assertThat(app.deadLetters("dinkes-vaksinasi")).isEmpty();
    }

    /** The calendar at that address, as ical4j reads it, after ical4j found it valid. */
    private static List<VEvent> calendar(String path) throws Exception {
        String ics = app.http().get().uri(path).retrieve().body(String.class);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        var validation = calendar.validate();
        assertThat(validation.hasErrors()).as("ical4j's validation: %s", validation.getEntries()).isFalse();
        return calendar.getComponents(Component.VEVENT);
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
            List<String> columns = List.of("Kegiatan", "Posyandu", "Tanggal", "Jam", "Kelurahan", "Kecamatan");
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
