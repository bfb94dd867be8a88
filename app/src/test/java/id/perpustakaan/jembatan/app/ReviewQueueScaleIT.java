package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.springframework.web.client.HttpServerErrorException;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The queue with 10,000 pending documents: the last pages answer as fast as the first ones, because the queue pages
 * with search_after instead of counting its way to an offset; the timings are printed. 10,000 is what the review
 * page promises to reach (and Elasticsearch's limit for paging by offset).
 */
class ReviewQueueScaleIT {

    private static final int PENDING = 10_000;
    private static final int PAGE = 50;
    /** Pages timed at each end of the queue. */
    private static final int TIMED = 20;
    /** The largest page the queue gives. */
    private static final int WIDE_PAGE = 200;
    private final String run = "reviewscale" + Integer.toHexString(new Random().nextInt());
    private OwnApplication app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theLastPagesOfTenThousandPendingItemsAnswerAsFastAsTheFirst() throws Exception {
        app = OwnApplication.start(run, OwnApplication.NO_SOURCES);
        String sourceId = run + "-src";
        long start = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
        String[] agencies = {"disdik", "dinsos", "diskominfo", "hukum"};
        for (int batch = 0; batch < PENDING / 1000; batch++) {
            Map<String, String> documents = new LinkedHashMap<>();
            for (int i = batch * 1000; i < (batch + 1) * 1000; i++) {
                String id = sourceId + "-" + i;
                Instant at = Instant.ofEpochMilli(start + i * 1000L);
                String agency = agencies[i % agencies.length];
                documents.put(id, TestDocuments.json(new Document(id, sourceId, new Agency(agency, agency),
                        DocumentKind.ANNOUNCEMENT, "Pengumuman " + i, "Ringkasan " + i, "Isi pengumuman nomor " + i,
                        null, "id", null, null, at, at, at, null, null, List.of(), "h" + i, at.toEpochMilli(), null,
                        List.of(), List.of(), null)));
            }
            app.publishAll(app.bean(Topics.class).documents(), documents);
        }
        RestClient librarian = app.http().mutate()
                .defaultHeaders(h -> h.setBasicAuth("pustakawan", "uji-pustakawan-2025")).build();
        long seeded = System.nanoTime();
        // the queue answers 503 until the inbox index is set up beside the start
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .ignoreException(HttpServerErrorException.ServiceUnavailable.class).until(() -> librarian.get()
                .uri("/api/review/queue?size=1").retrieve().body(JsonNode.class).get("total").asInt() == PENDING);
        System.out.printf("10,000 pending documents in the inbox %d ms after the last was on the topic%n",
                (System.nanoTime() - seeded) / 1_000_000);

        // the first and the last twenty pages are walked as a librarian would, 50 at a time, and timed; the thousands
        // between them are walked 200 at a time, as many requests fewer, through the same cursor (revision and id of
        // the last item, whatever the page size): every item is still seen once, newest first
        List<Long> millis = new ArrayList<>();
        String after = null;
        long previousRevision = Long.MAX_VALUE;
        int seen = 0;
        do {
            String cursor = after;
            boolean timed = seen < TIMED * PAGE || seen >= PENDING - TIMED * PAGE;
            int size = timed ? PAGE : Math.min(WIDE_PAGE, PENDING - TIMED * PAGE - seen);
            long began = System.nanoTime();
            JsonNode page = librarian.get().uri(uri -> {
                uri.path("/api/review/queue").queryParam("size", size);
                if (cursor != null) {
                    uri.queryParam("after", cursor);
                }
                return uri.build();
            }).retrieve().body(JsonNode.class);
            if (timed) {
                millis.add((System.nanoTime() - began) / 1_000_000);
            }
            for (JsonNode item : page.get("items")) {
                assertThat(item.get("revision").asLong()).as("newest first").isLessThan(previousRevision);
                previousRevision = item.get("revision").asLong();
                seen++;
            }
            assertThat(page.get("countsByAgency").get("disdik").asInt()).isEqualTo(PENDING / agencies.length);
            after = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.get("next").asText();
        } while (after != null);

        assertThat(seen).isEqualTo(PENDING);
        List<Long> sorted = millis.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        long p95 = sorted.get(sorted.size() * 95 / 100);
        long last = millis.get(millis.size() - 1);
        System.out.printf("queue of %d pending, the first and last %d pages of %d: median %d ms, p95 %d ms, max %d ms,"
                + " last page %d ms%n", PENDING, TIMED, PAGE, median, p95, sorted.get(sorted.size() - 1), last);
        // deep pages cost what the first ones do (no offset to count to); the bound is loose for shared machines
        long firstPages = median(millis.subList(0, TIMED));
        long lastPages = median(millis.subList(millis.size() - TIMED, millis.size()));
        assertThat(lastPages).as("the last pages against the first").isLessThan(3 * firstPages + 100);
        assertThat(p95).isLessThan(2000);
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
