package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Every review and administration address refuses anonymous visitors and accounts without the role; a form posted
 * without its CSRF token is refused; a signed-out session is over. Health shows its details to librarians only,
 * the session cookie is Secure behind a TLS proxy, and no answer leaks its address to another site.
 */
class ReviewSecurityIT extends PipelineIT {

    private static final List<String> API_GETS = List.of("/api/review/queue", "/api/review/items/x",
            "/api/review/audit", "/api/review/audit.csv", "/api/review/failures", "/api/sources",
            "/api/admin/indices/public/rebuild");
    private static final List<String> API_POSTS = List.of("/api/review/items/x/approve", "/api/review/items/x/reject",
            "/api/review/items/x/withdraw", "/api/review/items/x/renormalise", "/api/review/bulk",
            "/api/review/failures/x/replay", "/api/sources/x/run",
            "/api/admin/indices/public/rebuild");
    private static final List<String> PAGES = List.of("/review", "/review/items/x", "/review/items/x/original",
            "/review/audit", "/review/audit.csv", "/review/failures", "/review/sources");
    private static final List<String> PAGE_POSTS = List.of("/review/items/x/approve", "/review/items/x/reject",
            "/review/items/x/withdraw", "/review/items/x/renormalise", "/review/bulk", "/review/failures/x/replay",
            "/review/failures/x/dismiss", "/review/sources/x/run");

    @Test
    void anonymousRequestsToTheApiAreRefused() {
        for (String path : API_GETS) {
            assertThat(apiStatus(HttpMethod.GET, path, null, null)).as("GET " + path).isEqualTo(401);
        }
        for (String path : API_POSTS) {
            assertThat(apiStatus(HttpMethod.POST, path, null, null)).as("POST " + path).isEqualTo(401);
        }
    }

    @Test
    void wrongRolesAreRefusedByTheApi() {
        for (String path : API_GETS) {
            assertThat(apiStatus(HttpMethod.GET, path, "portal-uji", "uji-portal-2025")).as("GET " + path)
                    .isEqualTo(403);
        }
        for (String path : API_POSTS) {
            assertThat(apiStatus(HttpMethod.POST, path, "portal-uji", "uji-portal-2025")).as("POST " + path)
                    .isEqualTo(403);
        }
        assertThat(apiStatus(HttpMethod.GET, "/api/admin/indices/public/rebuild", "pustakawan",
                "uji-pustakawan-2025")).isEqualTo(403);
        assertThat(apiStatus(HttpMethod.POST, "/api/admin/indices/public/rebuild", "pustakawan",
                "uji-pustakawan-2025")).isEqualTo(403);
    }

    @Test
    void anonymousVisitorsOfReviewPagesAreSentToSignIn() throws Exception {
        PageSession anonymous = new PageSession(port);
        for (String path : PAGES) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as("GET " + path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as("GET " + path).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/masuk"));
        }
        String token = PageSession.csrfOf(anonymous.get("/masuk").body());
        for (String path : PAGE_POSTS) {
            HttpResponse<String> response = anonymous.post(path, Map.of("_csrf", token, "reason", "x",
                    "action", "APPROVE"));
            assertThat(response.statusCode()).as("POST " + path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as("POST " + path).endsWith("/masuk");
        }
    }

    @Test
    void anAccountWithoutTheLibrarianRoleSeesNoReviewPage() throws Exception {
        PageSession portal = new PageSession(port);
        assertThat(portal.signIn("portal-uji", "uji-portal-2025").statusCode()).isEqualTo(302);
        for (String path : PAGES) {
            assertThat(portal.get(path).statusCode()).as("GET " + path).isEqualTo(403);
        }
    }

    @Test
    void aWrongPasswordDoesNotSignIn() throws Exception {
        PageSession session = new PageSession(port);
        HttpResponse<String> response = session.signIn("pustakawan", "salah");
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/masuk?gagal");
        assertThat(session.get("/review").statusCode()).isEqualTo(302);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        PageSession librarian = new PageSession(port);
        HttpResponse<String> signedIn = librarian.signIn("pustakawan", "uji-pustakawan-2025");
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/review");
        assertThat(librarian.get("/review").statusCode()).isEqualTo(200);

        for (String path : PAGE_POSTS) {
            assertThat(librarian.post(path, Map.of("reason", "x", "action", "APPROVE")).statusCode())
                    .as("POST " + path + " without a token").isEqualTo(403);
        }
        assertThat(librarian.post("/review/items/x/reject", Map.of("reason", "x", "_csrf", "palsu")).statusCode())
                .as("a made-up token").isEqualTo(403);
        assertThat(librarian.postFromPage("/review", "/review/items/x/reject", Map.of("reason", "x")).statusCode())
                .as("with the page's token the request reaches the application (no such document)").isEqualTo(404);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        PageSession librarian = new PageSession(port);
        librarian.signIn("pustakawan", "uji-pustakawan-2025");
        assertThat(librarian.get("/review").statusCode()).isEqualTo(200);

        HttpResponse<String> out = librarian.postFromPage("/review", "/keluar", Map.of());

        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/masuk?keluar");
        assertThat(librarian.get("/review").statusCode()).isEqualTo(302);
    }

    @Test
    void anonymousHealthSaysOnlyUpOrDown() {
        JsonNode anonymous = http().get().uri("/actuator/health").retrieve().body(JsonNode.class);
        assertThat(anonymous.get("status").asText()).isIn("UP", "DOWN", "OUT_OF_SERVICE");
        assertThat(anonymous.has("components")).as("no paths, cluster ids or addresses for anyone").isFalse();

        JsonNode librarian = http().get().uri("/actuator/health")
                .headers(h -> h.setBasicAuth("pustakawan", "uji-pustakawan-2025")).retrieve().body(JsonNode.class);
        assertThat(librarian.path("components").path("elasticsearch").path("details").isObject()).isTrue();
        assertThat(librarian.path("components").path("kafka").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecure() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI signIn = URI.create("http://localhost:" + port + "/masuk");

        HttpResponse<String> viaTls = client.send(HttpRequest.newBuilder(signIn)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> direct = client.send(HttpRequest.newBuilder(signIn).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(viaTls.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("JSESSIONID=", "Secure", "HttpOnly", "SameSite=Strict");
        assertThat(direct.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("Secure");
    }

    @Test
    void noAnswerTellsAnotherSiteWhatWasSearched() {
        for (String path : List.of("/?q=beasiswa", "/api/search?q=beasiswa", "/masuk")) {
            String policy = http().get().uri(path).exchange((request, response) ->
                    response.getHeaders().getFirst("Referrer-Policy"));
            assertThat(policy).as(path).isEqualTo("same-origin");
        }
    }

    private int apiStatus(HttpMethod method, String path, String name, String password) {
        return http().method(method).uri(path).headers(h -> {
            if (name != null) {
                h.setBasicAuth(name, password);
            }
        }).contentType(MediaType.APPLICATION_JSON).body(method == HttpMethod.POST ? "{}" : "")
                .exchange((request, response) -> response.getStatusCode().value());
    }
}
