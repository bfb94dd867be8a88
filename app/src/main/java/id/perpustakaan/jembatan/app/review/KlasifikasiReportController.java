package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.app.analytics.CsvTable;
import id.perpustakaan.jembatan.indexer.inbox.KlasifikasiReport;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.LibraryTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the yearly evaluation of public information services: per agency and month, how many documents it provided in
 * each class of public information, as JSON or as CSV for a spreadsheet. Librarians only (under the review API).
 */
@RestController
@Tag(name = "Review", description = "The librarians' review desk")
class KlasifikasiReportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final KlasifikasiReport report;
    private final Clock clock;

    KlasifikasiReportController(KlasifikasiReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @GetMapping("/api/review/klasifikasi")
    @Operation(summary = "Documents per agency, month and class of public information")
    List<Map<String, Object>> rows(
            @Parameter(description = "first month (yyyy-MM); the last 12 months unless set")
            @RequestParam(required = false) String from,
            @Parameter(description = "last month (yyyy-MM), at most 24 after from; this month unless set")
            @RequestParam(required = false) String to) throws IOException {
        return rows(months(from, to)).stream().map(KlasifikasiReportController::json).toList();
    }

    @GetMapping("/api/review/klasifikasi.csv")
    @Operation(summary = "The same as CSV (UTF-8, comma-separated, a header row)")
    ResponseEntity<String> csv(@RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) throws IOException {
        YearMonth[] months = months(from, to);
        CsvTable table = new CsvTable("lembaga", "kode", "bulan", "berkala", "serta_merta", "setiap_saat",
                "dikecualikan", "belum_diklasifikasi", "jumlah");
        for (KlasifikasiReport.Row row : rows(months)) {
            table.row(row.agencyName(), row.agencyCode(), row.month(), count(row, Klasifikasi.BERKALA),
                    count(row, Klasifikasi.SERTA_MERTA), count(row, Klasifikasi.SETIAP_SAAT),
                    count(row, Klasifikasi.DIKECUALIKAN), row.unclassified(), row.total());
        }
        String file = "klasifikasi-informasi-" + months[0] + "-" + months[1] + ".csv";
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build()
                        .toString())
                .body(table.toString());
    }

    private List<KlasifikasiReport.Row> rows(YearMonth[] months) throws IOException {
        return report.rows(months[0], months[1]);
    }

    /** The months asked, or the last twelve up to this one in the city's time. */
    private YearMonth[] months(String from, String to) {
        try {
            YearMonth last = to == null ? YearMonth.now(clock.withZone(LibraryTime.ZONE)) : YearMonth.parse(to);
            YearMonth first = from == null ? last.minusMonths(11) : YearMonth.parse(from);
            return new YearMonth[] {first, last};
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("months are written yyyy-MM, e.g. 2025-01: " + e.getParsedString());
        }
    }

    private static Map<String, Object> json(KlasifikasiReport.Row row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("agencyCode", row.agencyCode());
        json.put("agencyName", row.agencyName());
        json.put("month", row.month().toString());
        for (Klasifikasi klasifikasi : Klasifikasi.values()) {
            json.put(klasifikasi.name(), count(row, klasifikasi));
        }
        json.put("unclassified", row.unclassified());
        json.put("total", row.total());
        return json;
    }

    private static long count(KlasifikasiReport.Row row, Klasifikasi klasifikasi) {
        return row.counts().getOrDefault(klasifikasi, 0L);
    }
}
