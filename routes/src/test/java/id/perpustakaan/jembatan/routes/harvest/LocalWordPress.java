package id.perpustakaan.jembatan.routes.harvest;

import static id.perpustakaan.jembatan.routes.fixtures.WebOrigin.ok;
import static id.perpustakaan.jembatan.routes.fixtures.WebOrigin.status;

import com.sun.net.httpserver.HttpExchange;
import id.perpustakaan.jembatan.routes.fixtures.WebOrigin;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A WordPress site's REST API on a local origin, answering its collections as WordPress does: {@code per_page} and
 * {@code page}, oldest change first, {@code modified_after} strictly after, {@code X-WP-Total} and
 * {@code X-WP-TotalPages}, and a 400 {@code rest_post_invalid_page_number} past the last page. Records are JSON
 * strings written by {@link #post}.
 */
final class LocalWordPress {

    private static final Pattern MODIFIED = Pattern.compile("\"modified_gmt\":\"([^\"]+)\"");

    private final WebOrigin origin;
    /** Every query the collections were asked, decoded, with the route asked first ("posts per_page=2&…"). */
    final List<String> queries = new CopyOnWriteArrayList<>();

    LocalWordPress(WebOrigin origin) {
        this.origin = origin;
    }

    /** Serves the records at {@code /wp-json/wp/v2/<route>}. */
    LocalWordPress collection(String route, List<String> records) {
        origin.on("/wp-json/wp/v2/" + route, exchange -> answer(exchange, route, records,
                exchange.getRequestURI().getRawQuery()));
        return this;
    }

    /** Answers one collection request; for a test that routes requests itself ({@code ?rest_route=}). */
    void answer(HttpExchange exchange, String route, List<String> records, String rawQuery) throws IOException {
        Map<String, String> query = Arrays.stream(rawQuery.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair.length > 1
                        ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "", (a, b) -> b, HashMap::new));
        queries.add(route + " " + URLDecoder.decode(rawQuery, StandardCharsets.UTF_8));
        int size = Integer.parseInt(query.getOrDefault("per_page", "10"));
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        String after = query.get("modified_after");
        List<String> matching = after == null ? records : records.stream()
                .filter(record -> modified(record).isAfter(Instant.parse(after))).toList();
        int pages = (matching.size() + size - 1) / size;
        if (page > Math.max(pages, 1)) {
            status(400, "application/json; charset=UTF-8", "{\"code\":\"rest_post_invalid_page_number\",\"message\":"
                    + "\"The page number requested is larger than the number of pages available.\",\"data\":"
                    + "{\"status\":400}}").handle(exchange);
            return;
        }
        List<String> answered = matching.subList(Math.min((page - 1) * size, matching.size()),
                Math.min(page * size, matching.size()));
        exchange.getResponseHeaders().add("X-WP-Total", Integer.toString(matching.size()));
        exchange.getResponseHeaders().add("X-WP-TotalPages", Integer.toString(pages));
        ok("application/json; charset=UTF-8", "[" + String.join(",", answered) + "]").handle(exchange);
    }

    /** A published post as WordPress lists it with {@code _embed=wp:term}, its link and guid on the origin. */
    String post(long id, String title, String modifiedGmt, String content) {
        return """
                {"id":%d,"date":"2025-03-01T08:00:00","date_gmt":"2025-03-01T01:00:00",\
                "guid":{"rendered":"%s"},"modified":"%s","modified_gmt":"%s","slug":"post-%d","status":"publish",\
                "type":"post","link":"%s","title":{"rendered":"%s"},\
                "content":{"rendered":"%s","protected":false},\
                "excerpt":{"rendered":"<p>Ringkasan %d [&hellip;]</p>\\n","protected":false},\
                "categories":[5],"tags":[12],\
                "_embedded":{"wp:term":[[{"id":5,"name":"Pengumuman","slug":"pengumuman","taxonomy":"category"}],\
                [{"id":12,"name":"beasiswa","slug":"beasiswa","taxonomy":"post_tag"}]]}}"""
                .formatted(id, origin.url("/?p=" + id), modifiedGmt, modifiedGmt, id,
                        origin.url("/2025/03/post-" + id + "/"), title, content, id);
    }

    static Instant modified(String record) {
        Matcher modified = MODIFIED.matcher(record);
        return modified.find() ? Instant.parse(modified.group(1) + "Z") : Instant.EPOCH;
    }
}
