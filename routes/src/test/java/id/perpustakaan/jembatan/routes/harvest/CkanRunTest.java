package id.perpustakaan.jembatan.routes.harvest;

import static id.perpustakaan.jembatan.routes.fixtures.WebOrigin.ok;
import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.ckan.CkanRouteTemplate;
import id.perpustakaan.jembatan.routes.fixtures.WebOrigin;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** CKAN runs against a local portal answering package_search as CKAN does: pages, then only what changed. */
class CkanRunTest {

    private static final String PATH = "/api/3/action/package_search";
    private static final Pattern SINCE = Pattern.compile("metadata_modified:\\[(\\S+) TO \\*]");
    private static final Pattern MODIFIED = Pattern.compile("\"metadata_modified\":\"([^\"]+)\"");

    @AutoClose
    private final WebOrigin origin = WebOrigin.start();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private HarvestRouteHarness harness;

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void theFirstRunPagesThroughEveryDatasetAndTheNextAsksOnlyForWhatChangedSince() throws Exception {
        serve(List.of(dataset("a", "2025-03-01T01:00:00"), dataset("b", "2025-03-02T01:00:00"),
                dataset("c", "2025-03-03T01:00:00")));
        harness = new HarvestRouteHarness(ckan(Map.of("page-size", "2", "organization", "disdukcapil")));

        harness.run(CkanRouteTemplate.RUN, "satu-data");

        assertThat(harness.ingestedLocators()).containsExactly("a", "b", "c");
        assertThat(queries).hasSize(2);
        assertThat(queries.get(0)).contains("sort=metadata_modified asc").contains("rows=2").contains("start=0")
                .contains("fq=organization:\"disdukcapil\"");
        assertThat(queries.get(1)).contains("start=2");
        HarvestRouteHarness.Ingested first = harness.ingested.get(0);
        assertThat(first.raw().declared().title()).isEqualTo("Dataset a");
        assertThat(first.raw().declared().kind()).isEqualTo(DocumentKind.PROGRAMME);
        assertThat(first.raw().declared().agency()).isEqualTo(new Agency("disdukcapil",
                "Dinas Kependudukan dan Pencatatan Sipil"));
        assertThat(first.raw().declared().modifiedAt()).isEqualTo(Instant.parse("2025-03-01T01:00:00Z"));
        assertThat(first.raw().url()).isEqualTo(origin.url("/dataset/data-a").toString());
        assertThat(first.body()).contains("<a href=\"https://data.example.go.id/a.csv\">Tabel a (CSV)</a>");

        queries.clear();
        harness.run(CkanRouteTemplate.RUN, "satu-data");
        assertThat(queries).singleElement().asString()
                .contains("fq=organization:\"disdukcapil\" AND metadata_modified:[2025-03-03T01:00:00.000Z TO *]");
        assertThat(harness.ingestedLocators()).as("the latest change is asked for again, and read again")
                .containsExactly("a", "b", "c", "c");
    }

    @Test
    void aBadDatasetIsItsOwnDeadLetterAndTheOthersGoOn() throws Exception {
        serve(List.of(dataset("a", "2025-03-01T01:00:00"), "{\"name\":\"tanpa-id\"}",
                dataset("c", "2025-03-03T01:00:00")));
        harness = new HarvestRouteHarness(ckan(Map.of()));

        harness.run(CkanRouteTemplate.RUN, "satu-data");

        assertThat(harness.ingestedLocators()).containsExactly("a", "c");
        assertThat(harness.deadLetters).extracting(DeadLetter::reason)
                .containsExactly("dataset 2 of the CKAN answer has no id ('tanpa-id')");
    }

    @Test
    void aPortalThatRefusesTheSearchIsOneDeadLetter() throws Exception {
        origin.on(PATH, ok("application/json", "{\"success\":false,\"error\":{\"message\":\"Access denied\"}}"));
        harness = new HarvestRouteHarness(ckan(Map.of()));

        harness.run(CkanRouteTemplate.RUN, "satu-data");

        assertThat(harness.deadLetters).singleElement().extracting(DeadLetter::reason)
                .isEqualTo("the CKAN portal at 127.0.0.1 refused the search: Access denied");
    }

    /** Answers package_search over the datasets, paged by start and rows as CKAN pages. */
    private void serve(List<String> datasets) {
        origin.on(PATH, exchange -> {
            String query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            queries.add(query);
            int start = Integer.parseInt(query.replaceAll(".*start=(\\d+).*", "$1"));
            int rows = Integer.parseInt(query.replaceAll(".*rows=(\\d+).*", "$1"));
            Matcher since = SINCE.matcher(query);
            List<String> matching = since.find() ? datasets.stream().filter(dataset -> !modified(dataset)
                    .isBefore(Instant.parse(since.group(1)))).toList() : datasets;
            List<String> page = matching.subList(Math.min(start, matching.size()),
                    Math.min(start + rows, matching.size()));
            ok("application/json", "{\"success\":true,\"result\":{\"count\":" + matching.size() + ",\"results\":["
                    + String.join(",", page) + "]}}").handle(exchange);
        });
    }

    private static Instant modified(String dataset) {
        Matcher modified = MODIFIED.matcher(dataset);
        return modified.find() ? Instant.parse(modified.group(1) + "Z") : Instant.EPOCH;
    }

    private static String dataset(String id, String modified) {
        return "{\"id\":\"" + id + "\",\"name\":\"data-" + id + "\",\"title\":\"Dataset " + id + "\",\"notes\":"
                + "\"Keterangan " + id + ".\",\"metadata_created\":\"2024-01-01T00:00:00\",\"metadata_modified\":\""
                + modified + "\",\"organization\":{\"name\":\"disdukcapil\",\"title\":\"Dinas Kependudukan dan"
                + " Pencatatan Sipil\"},\"tags\":[{\"name\":\"penduduk\",\"display_name\":\"penduduk\"}],"
                + "\"resources\":[{\"name\":\"Tabel " + id + "\",\"format\":\"csv\",\"url\":"
                + "\"https://data.example.go.id/" + id + ".csv\"}]}";
    }

    private SourceDefinition ckan(Map<String, String> options) {
        Map<String, String> all = new java.util.HashMap<>(options);
        all.put("allow-private-addresses", "true");
        all.put("request-interval", "10ms");
        return new SourceDefinition("satu-data", new Agency("diskominfo", "Diskominfo"), "ckan",
                origin.url("/").toString(), Duration.ofHours(1), ReviewPolicy.AUTO, DocumentKind.OTHER, all, null);
    }
}
