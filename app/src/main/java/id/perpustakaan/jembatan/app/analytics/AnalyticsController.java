package id.perpustakaan.jembatan.app.analytics;

import id.perpustakaan.jembatan.indexer.analytics.AnalyticsReports;
import id.perpustakaan.jembatan.indexer.analytics.AnalyticsReports.DayCount;
import id.perpustakaan.jembatan.indexer.analytics.AnalyticsReports.QueryCount;
import id.perpustakaan.jembatan.indexer.analytics.AnalyticsReports.Report;
import id.perpustakaan.jembatan.model.LibraryTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The librarians' search analytics: top queries, queries that found nothing and searches per day, as JSON or as CSV
 * for a spreadsheet. Days are the library's (Western Indonesia Time); the default period is the last 30 days.
 */
@RestController
@Tag(name = "Search analytics", description = "For librarians (HTTP Basic, role LIBRARIAN or ADMIN)")
@SecurityRequirement(name = "librarian")
class AnalyticsController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AnalyticsReports reports;
    private final Clock clock;

    AnalyticsController(AnalyticsReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/api/analytics")
    @Operation(summary = "Top queries, zero-result queries and searches per day")
    Report report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "50") int size) throws IOException {
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(LibraryTime.ZONE));
        LocalDate start = from != null ? from : end.minusDays(29);
        return reports.report(start, end, size);
    }

    @GetMapping("/api/analytics/{name:top-queries|zero-result-queries|searches-per-day}.csv")
    @Operation(summary = "One report as CSV (UTF-8, comma-separated, a header row)")
    ResponseEntity<String> csv(@PathVariable String name,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate to,
                               @RequestParam(defaultValue = "1000") int size) throws IOException {
        Report report = report(from, to, size);
        CsvTable table = switch (name) {
            case "top-queries" -> queries(report.topQueries());
            case "zero-result-queries" -> queries(report.zeroResultQueries());
            default -> days(report.searchesPerDay());
        };
        String file = name + "-" + report.from() + "-" + report.to() + ".csv";
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build()
                        .toString())
                .body(table.toString());
    }

    private static CsvTable queries(List<QueryCount> counts) {
        CsvTable table = new CsvTable("query", "searches", "zero_result_searches", "clicks");
        counts.forEach(c -> table.row(c.query(), c.searches(), c.zeroResultSearches(), c.clicks()));
        return table;
    }

    private static CsvTable days(List<DayCount> counts) {
        CsvTable table = new CsvTable("day", "searches", "zero_result_searches", "clicks");
        counts.forEach(c -> table.row(c.day(), c.searches(), c.zeroResultSearches(), c.clicks()));
        return table;
    }
}
