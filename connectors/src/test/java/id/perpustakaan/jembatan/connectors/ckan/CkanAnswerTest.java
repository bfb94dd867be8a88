package id.perpustakaan.jembatan.connectors.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** package_search answers as CKAN 2.9–2.11 portals give them, and the answers that are not. */
class CkanAnswerTest {

    private static final URI SEARCH = URI.create("https://data.example.go.id/api/3/action/package_search?rows=2");

    private static CkanAnswer read(String json) {
        return CkanAnswer.read(json.getBytes(StandardCharsets.UTF_8), SEARCH);
    }

    @Test
    void aDatasetIsReadWithItsOrganisationTagsAndResources() {
        CkanAnswer answer = read("""
                {"help":"https://data.example.go.id/api/3/action/help_show?name=package_search","success":true,
                 "result":{"count":7,"facets":{},"results":[{"id":"0b1c","name":"jumlah-penduduk-2024",
                 "title":"Jumlah Penduduk Kota Sawahlunto 2024","notes":"Data penduduk per kecamatan.",
                 "metadata_created":"2024-02-01T03:00:00.123456","metadata_modified":"2025-03-04T09:15:00.5",
                 "license_title":"Creative Commons Attribution",
                 "organization":{"name":"disdukcapil","title":"Dinas Kependudukan dan Pencatatan Sipil"},
                 "tags":[{"name":"penduduk","display_name":"penduduk"},{"name":"kecamatan","display_name":"kecamatan"}],
                 "resources":[{"name":"Tabel penduduk","format":"csv","url":"https://data.example.go.id/penduduk.csv"},
                              {"name":"Layanan API","format":"","url":"ftp://data.example.go.id/x"}]}]}}
                """);

        assertThat(answer.count()).isEqualTo(7);
        CkanDataset dataset = CkanDataset.of(answer.datasets().get(0), 1);
        assertThat(dataset.id()).isEqualTo("0b1c");
        assertThat(dataset.title()).isEqualTo("Jumlah Penduduk Kota Sawahlunto 2024");
        assertThat(dataset.created()).isEqualTo(Instant.parse("2024-02-01T03:00:00.123456Z"));
        assertThat(dataset.modified()).as("CKAN writes UTC without a zone").isEqualTo(
                Instant.parse("2025-03-04T09:15:00.5Z"));
        assertThat(dataset.organization().title()).isEqualTo("Dinas Kependudukan dan Pencatatan Sipil");
        assertThat(dataset.tags()).containsExactly("penduduk", "kecamatan");
        assertThat(dataset.resources()).hasSize(2);
        assertThat(dataset.resources().get(0).format()).isEqualTo("CSV");
        assertThat(dataset.resources().get(1).url()).as("not http(s)").isNull();
    }

    @Test
    void aRefusedSearchIsRefusedWithThePortalsMessage() {
        assertThatThrownBy(() -> read("{\"success\":false,\"error\":{\"message\":\"Search Query is invalid\","
                + "\"__type\":\"Search Query Error\"}}"))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessage("the CKAN portal at data.example.go.id refused the search: Search Query is invalid");
    }

    @Test
    void aPageThatIsNotTheApiIsRefusedSayingWhatTheUrlShouldBe() {
        assertThatThrownBy(() -> read("<!DOCTYPE html><html><body>Satu Data</body></html>"))
                .isInstanceOf(ContentRejectedException.class).hasMessageContaining("is not JSON")
                .hasMessageContaining("the portal's address");
        assertThatThrownBy(() -> read("{\"success\":true,\"result\":{\"id\":\"x\"}}"))
                .isInstanceOf(ContentRejectedException.class).hasMessageContaining("has no result.results");
    }

    @Test
    void aDatasetWithoutIdIsRefusedAndOneWithoutTitleShowsItsName() {
        assertThatThrownBy(() -> CkanDataset.of(read("{\"success\":true,\"result\":{\"count\":1,\"results\":"
                + "[{\"name\":\"tanpa-id\"}]}}").datasets().get(0), 4))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessage("dataset 4 of the CKAN answer has no id ('tanpa-id')");
        assertThat(CkanDataset.of(read("{\"success\":true,\"result\":{\"count\":1,\"results\":[{\"id\":\"1\","
                + "\"name\":\"data-ku\"}]}}").datasets().get(0), 1).title()).isEqualTo("data-ku");
    }
}
