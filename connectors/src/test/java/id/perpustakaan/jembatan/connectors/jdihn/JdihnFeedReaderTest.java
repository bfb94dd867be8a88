package id.perpustakaan.jembatan.connectors.jdihn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shapes JDIH sites serve their JDIHN feed in, and the answers that are not feeds. */
class JdihnFeedReaderTest {

    private static final URI FEED = URI.create("https://jdih.example.go.id/integrasi?tahun=2024");

    private static JdihnPage read(String body) {
        return JdihnFeedReader.read(body.getBytes(StandardCharsets.UTF_8), FEED);
    }

    @Test
    void aBareArrayIsTheWholeFeed() {
        JdihnPage page = read("[{\"idData\":\"1\",\"judul\":\"a\"},{\"idData\":2,\"judul\":\"b\"}]");

        assertThat(page.records()).hasSize(2);
        assertThat(page.records().get(1).get("idData").asInt()).isEqualTo(2);
        assertThat(page.next()).isNull();
    }

    @Test
    void anArrayUnderDataIsRead_withTheNextPageItsPaginationNames() {
        JdihnPage page = read("{\"data\":[{\"idData\":\"1\",\"judul\":\"a\"}],\"pagination\":{\"current_page\":1,"
                + "\"per_page\":1,\"total_records\":3,\"total_pages\":3,\"has_next_page\":true}}");

        assertThat(page.records()).hasSize(1);
        assertThat(page.next()).isEqualTo(URI.create("https://jdih.example.go.id/integrasi?tahun=2024&page=2"));
    }

    @Test
    void theLastPageNamesNoNextOne() {
        assertThat(read("{\"data\":[{\"idData\":\"3\"}],\"pagination\":{\"current_page\":3,\"total_pages\":3,"
                + "\"has_next_page\":false}}").next()).isNull();
        assertThat(read("{\"status\":true,\"data\":[{\"idData\":\"3\"}]}").next()).isNull();
    }

    @Test
    void laravelLinksNameTheNextPage() {
        JdihnPage page = read("{\"data\":[{\"idData\":\"1\"}],\"links\":{\"next\":\"/api/laws?page=2\"},"
                + "\"meta\":{\"current_page\":1,\"last_page\":2}}");

        assertThat(page.next()).isEqualTo(URI.create("https://jdih.example.go.id/api/laws?page=2"));
    }

    @Test
    void anEmptyPageEndsTheFeedWhateverItsPaginationSays() {
        assertThat(read("{\"data\":[],\"pagination\":{\"current_page\":4,\"has_next_page\":true}}").next()).isNull();
    }

    @Test
    void aSingleRecordIsAFeedOfOne() {
        assertThat(read("{\"idData\":\"795\",\"judul\":\"x\"}").records()).hasSize(1);
        assertThat(read("{\"status\":true,\"data\":{\"idData\":\"795\"}}").records()).hasSize(1);
    }

    @Test
    void theTemplatesAnswersForNoRecordsAreAnEmptyFeed() {
        assertThat(read("0 results").records()).isEmpty();
        assertThat(read("{\"message\":\"0 results\"}").records()).isEmpty();
        assertThat(read("[]").records()).isEmpty();
        assertThat(read("  ").records()).isEmpty();
    }

    @Test
    void aByteOrderMarkIsNoObstacle() {
        assertThat(read("\uFEFF[{\"idData\":\"1\"}]").records()).hasSize(1);
    }

    @Test
    void aPageThatIsNotJsonIsRefusedWithWhatItBeganWith() {
        assertThatThrownBy(() -> read("<!DOCTYPE html><html><body>Login</body></html>"))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessageContaining("is not JSON; it begins with '<!DOCTYPE html><html><body>Login")
                .hasMessageContaining("integrasi");
    }

    @Test
    void brokenJsonIsRefusedWithWhereItBroke() {
        assertThatThrownBy(() -> read("[{\"idData\":\"1\",\"judul\":\"a\"},{\"idData\":"))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessageContaining("is not valid JSON");
    }

    @Test
    void anObjectWithoutRecordsIsRefusedWithItsMessage() {
        assertThatThrownBy(() -> read("{\"error\":\"Too Many Requests\",\"retry_after\":60}"))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessageContaining("holds no records")
                .hasMessageContaining("Too Many Requests");
    }

    @Test
    void nestingBeyondARecordsIsRefusedBeforeItCostsADeepRecursion() {
        assertThatThrownBy(() -> read("[" + "[".repeat(5_000) + "]".repeat(5_000) + "]"))
                .isInstanceOf(ContentRejectedException.class)
                .hasMessageContaining("is not valid JSON");
    }
}
