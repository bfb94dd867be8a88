package id.perpustakaan.jembatan.app.jdihn;

import id.perpustakaan.jembatan.indexer.search.LaterRegulations;
import id.perpustakaan.jembatan.indexer.search.RegulationCatalogue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jembatan as a member of the national legal documentation network (JDIHN): the library's published regulations in
 * the format JDIH sites serve to it. {@code /jdihn/document.json} is the whole catalogue as one array, as the
 * network and ILDIS' feed have it, written a batch at a time so that its size costs no memory; with {@code page}
 * it is one page under {@code data} with its {@code pagination}, as paged JDIH integrations answer.
 */
@RestController
@Tag(name = "JDIHN", description = "The published regulations as a JDIHN member feed")
class JdihnController {

    static final int MAX_LIMIT = 500;
    private static final int BATCH = 500;
    /** The network harvests now and then: an answer may be reused this long. */
    private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();

    private final RegulationCatalogue catalogue;
    private final LaterRegulations later;
    private final JdihnRecords records;
    private final JsonMapper json;

    JdihnController(RegulationCatalogue catalogue, LaterRegulations later, JsonMapper json,
                    @Value("${jembatan.portal.base-url}") String base,
                    @Value("${jembatan.jdihn.tempat-terbit}") String place) {
        this.catalogue = catalogue;
        this.later = later;
        this.json = json;
        this.records = new JdihnRecords(base.endsWith("/") ? base.substring(0, base.length() - 1) : base, place);
    }

    @GetMapping(value = "/jdihn/document.json", params = "!page", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every published regulation, as one JDIHN array")
    ResponseEntity<StreamingResponseBody> all() {
        StreamingResponseBody body = out -> {
            LaterRegulations.Cited cited = later.cited();
            try (JsonGenerator generator = json.createGenerator(out)) {
                generator.writeStartArray();
                catalogue.each(BATCH, regulation -> generator.writePOJO(records.of(regulation, cited)));
                generator.writeEndArray();
            }
        };
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CACHING).body(body);
    }

    @GetMapping(value = "/jdihn/document.json", params = "page", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One page of the published regulations, with its pagination")
    ResponseEntity<Map<String, Object>> page(@RequestParam int page,
                                             @Parameter(description = "1 to " + MAX_LIMIT)
                                             @RequestParam(defaultValue = "100") int limit) {
        if (page < 1 || limit < 1 || limit > MAX_LIMIT) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page starts at 1 and limit is 1 to "
                    + MAX_LIMIT);
        }
        long from = (long) (page - 1) * limit;
        if (from + limit > RegulationCatalogue.DEEPEST) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "pages reach " + RegulationCatalogue.DEEPEST
                    + " regulations deep: read /jdihn/document.json without page for all of them");
        }
        RegulationCatalogue.Page found;
        LaterRegulations.Cited cited;
        try {
            found = catalogue.page((int) from, limit);
            cited = later.cited();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long pages = (found.total() + limit - 1) / limit;
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("current_page", page);
        pagination.put("per_page", limit);
        pagination.put("total_records", found.total());
        pagination.put("total_pages", pages);
        pagination.put("has_next_page", page < pages);
        pagination.put("has_prev_page", page > 1);
        List<Map<String, String>> data = found.regulations().stream()
                .map(regulation -> records.of(regulation, cited)).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("data", data);
        answer.put("pagination", pagination);
        return ResponseEntity.ok().cacheControl(CACHING).body(answer);
    }
}
