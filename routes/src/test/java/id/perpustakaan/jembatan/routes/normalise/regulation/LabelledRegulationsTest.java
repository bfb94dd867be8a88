package id.perpustakaan.jembatan.routes.normalise.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.routes.normalise.Titles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The labelled regulation set in {@code regulations/}: texts written for Sawahlunto's agencies and the national
 * ones they cite, of every kind the pipeline meets (clean local regulations, statutes whose header is printed
 * twice, long texts whose signing lines stand between the body and the elucidation or a long annex, OCR-noisy
 * headers, ministerial and agency numbering, drafting examples in annexes, amendments cited without their year,
 * titles that are only the issuing office). {@code expected.csv} holds what each must yield; the test prints the
 * accuracy of every field and fails below 95 % on any.
 */
class LabelledRegulationsTest {

    private static final double REQUIRED = 0.95;
    private static final ZonedDateTime REFERENCE = ZonedDateTime.parse("2026-12-04T10:00:00+07:00[Asia/Jakarta]");

    /** Each field as the parser gives it and as the CSV writes it. */
    private static final Map<String, Function<RegulationReading, String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("jenis", reading -> reading.regulation().jenis());
        FIELDS.put("nomor", reading -> reading.regulation().nomor());
        FIELDS.put("tahun", reading -> Objects.toString(reading.regulation().tahun(), ""));
        FIELDS.put("tentang", reading -> Objects.toString(reading.regulation().tentang(), ""));
        FIELDS.put("tanggal_penetapan", reading -> day(reading.regulation().tanggalPenetapan()));
        FIELDS.put("tanggal_pengundangan", reading -> day(reading.regulation().tanggalPengundangan()));
        FIELDS.put("amends", reading -> String.join(";", reading.regulation().amends()));
        FIELDS.put("revokes", reading -> String.join(";", reading.regulation().revokes()));
        FIELDS.put("title", RegulationReading::title);
    }

    @Test
    void readsEveryFieldOfTheLabelledSetRight() throws IOException {
        List<CSVRecord> labelled = expected();
        Map<String, Integer> right = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (CSVRecord row : labelled) {
            String text = resource(row.get("file"));
            String title = row.get("given_title").isEmpty() ? Titles.choose(null, text, row.get("file"))
                    : row.get("given_title");
            Optional<RegulationReading> reading = RegulationParser.read(title, text, REFERENCE);
            for (var field : FIELDS.entrySet()) {
                String actual = reading.map(field.getValue()).orElse("(no regulation)");
                if (actual.equals(row.get(field.getKey()))) {
                    right.merge(field.getKey(), 1, Integer::sum);
                } else {
                    misses.add(row.get("file") + " " + field.getKey() + ": expected '" + row.get(field.getKey())
                            + "' but read '" + actual + "'");
                }
            }
        }

        System.out.printf("Labelled regulations: %d texts%n", labelled.size());
        FIELDS.keySet().forEach(field -> System.out.printf("  %-22s %3d/%d  %5.1f %%%n", field,
                right.getOrDefault(field, 0), labelled.size(), 100.0 * right.getOrDefault(field, 0) / labelled.size()));
        misses.forEach(miss -> System.out.println("  miss: " + miss));

        assertThat(labelled).as("at least 40 labelled texts").hasSizeGreaterThanOrEqualTo(40);
        FIELDS.keySet().forEach(field -> assertThat(right.getOrDefault(field, 0) / (double) labelled.size())
                .as("accuracy of %s; misses: %s", field, misses).isGreaterThanOrEqualTo(REQUIRED));
    }

    @Test
    void coversEveryKindOfTextTheIssueNames() throws IOException {
        List<String> files = expected().stream().map(row -> row.get("file")).toList();

        for (String kind : List.of("perwako-", "perda-", "uu-", "ocr-", "numbering-", "drafting-", "amendment-",
                "title-")) {
            assertThat(files).as(kind).anyMatch(file -> file.startsWith(kind));
        }
    }

    private static String day(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static List<CSVRecord> expected() throws IOException {
        try (Reader in = new InputStreamReader(stream("expected.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = stream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream stream(String file) {
        return Objects.requireNonNull(LabelledRegulationsTest.class.getResourceAsStream("/regulations/" + file),
                file);
    }
}
