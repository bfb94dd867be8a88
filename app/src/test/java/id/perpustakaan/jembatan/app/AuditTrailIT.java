package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The audit read from its own projection of the reviews topic: thousands of decisions, paged newest first to the
 * last one through the API's {@code Link} header and the page's "older" link, filtered, and exported whole.
 */
class AuditTrailIT {

    private static final int DECISIONS = 2_500;
    private static final Instant FIRST = Instant.parse("2026-01-05T01:00:00Z");
    private static final String RUN = "audit" + Long.toHexString(System.nanoTime());
    private static OwnApplication app;

    @BeforeAll
    static void start() throws Exception {
        // a reviews topic of its own: the other tests' decisions in this JVM stay out of its counts
        app = OwnApplication.start(RUN, OwnApplication.NO_SOURCES, "--jembatan.topics.reviews=" + RUN + ".reviews");
        Map<String, String> records = new LinkedHashMap<>();
        for (int n = 0; n < DECISIONS; n++) {
            // a minute apart; every tenth by another librarian and a rejection
            boolean rejection = n % 10 == 0;
            ReviewDecision decision = new ReviewDecision("dinsos-inbox-" + n, 1, "sha-" + n,
                    rejection ? ReviewAction.REJECT : ReviewAction.APPROVE, rejection ? "kepala-bidang" : "pustakawan",
                    FIRST.plusSeconds(60L * n), rejection ? "bukan informasi publik" : null);
            records.put(decision.documentId(), JembatanJson.mapper().writeValueAsString(decision));
        }
        app.publishAll(RUN + ".reviews", records);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void pagesThroughEveryDecisionNewestFirstAndExportsThemAll() {
        RestClient librarian = librarian();
        List<JsonNode> decisions = new ArrayList<>();
        String next = "/api/review/audit?limit=1000";
        ResponseEntity<JsonNode> page = await().atMost(Duration.ofSeconds(60)).until(
                () -> librarian.get().uri("/api/review/audit?limit=1").retrieve().toEntity(JsonNode.class),
                first -> first.getBody().size() == 1
                        && first.getBody().get(0).get("documentId").asText().equals("dinsos-inbox-" + (DECISIONS - 1)));
        int pages = 0;
        while (next != null) {
            page = librarian.get().uri(next).retrieve().toEntity(JsonNode.class);
            page.getBody().forEach(decisions::add);
            next = nextOf(page);
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(decisions).hasSize(DECISIONS);
        Set<String> documents = new HashSet<>();
        Instant previous = Instant.MAX;
        for (JsonNode decision : decisions) {
            Instant at = Instant.parse(decision.get("at").asText());
            assertThat(at).isBefore(previous);
            previous = at;
            documents.add(decision.get("documentId").asText());
        }
        assertThat(documents).hasSize(DECISIONS);

        JsonNode rejections = librarian.get().uri("/api/review/audit?action=REJECT&by=kepala-bidang&limit=1000")
                .retrieve().body(JsonNode.class);
        assertThat(rejections).hasSize(DECISIONS / 10)
                .allSatisfy(decision -> assertThat(decision.get("reason").asText()).isEqualTo("bukan informasi publik"));
        JsonNode one = librarian.get().uri("/api/review/audit?documentId=dinsos-inbox-42").retrieve()
                .body(JsonNode.class);
        assertThat(one).hasSize(1);
        assertThat(one.get(0).get("action").asText()).isEqualTo("APPROVE");

        String csv = librarian.get().uri("/api/review/audit.csv").retrieve().body(String.class);
        assertThat(csv.split("\r\n")).hasSize(DECISIONS + 1);
    }

    @Test
    void thePageLinksToOlderDecisions() throws Exception {
        PageSession librarian = new PageSession(Integer.parseInt(app.port()));
        librarian.signIn("pustakawan", "uji-pustakawan-2025");
        await().atMost(Duration.ofSeconds(60)).until(() -> librarian.get("/review/audit").body(),
                html -> html.contains("2.500 keputusan cocok"));
        String html = librarian.get("/review/audit?action=REJECT").body();

        assertThat(html).contains("250 keputusan cocok", "dinsos-inbox-2490").doesNotContain("dinsos-inbox-10<");
        String older = html.replaceAll("(?s).*<a rel=\"next\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        String second = librarian.get(older).body();
        assertThat(second).contains("dinsos-inbox-1490").doesNotContain("dinsos-inbox-2490");
    }

    private static String nextOf(ResponseEntity<JsonNode> page) {
        String link = page.getHeaders().getFirst(HttpHeaders.LINK);
        if (link == null) {
            return null;
        }
        return link.substring(link.indexOf('<') + 1, link.indexOf('>'));
    }

    private static RestClient librarian() {
        return app.http().mutate().defaultHeaders(headers -> headers.setBasicAuth("pustakawan", "uji-pustakawan-2025"))
                .build();
    }
}
