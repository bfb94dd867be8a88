package id.perpustakaan.jembatan.app;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's view of the review pages without a browser: cookies kept, redirects not followed, forms posted with
 * the CSRF token the page carried (or deliberately without it).
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private String language = "id";
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public PageSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in through the form, as a librarian would; returns the response to the form's post. */
    public HttpResponse<String> signIn(String name, String password) throws Exception {
        String token = csrfOf(get("/masuk").body());
        return post("/masuk", Map.of("username", name, "password", password, "_csrf", token));
    }

    /**
     * Switches the pages' language as the language link does ({@code ?lang=}); the choice is kept in a cookie.
     * The browser keeps asking for the same language in {@code Accept-Language}, which the pages do not follow.
     */
    PageSession inLanguage(String tag) throws IOException, InterruptedException {
        client.send(HttpRequest.newBuilder(URI.create(base + "/masuk?lang=" + tag)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        this.language = tag;
        return this;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the form with a CSRF token taken from the page at {@code pagePath}. */
    HttpResponse<String> postFromPage(String pagePath, String path, Map<String, String> form) throws Exception {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", csrfOf(get(pagePath).body()));
        return post(path, withToken);
    }

    static String csrfOf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("the page has no CSRF token: " + page.substring(0,
                    Math.min(500, page.length())));
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
