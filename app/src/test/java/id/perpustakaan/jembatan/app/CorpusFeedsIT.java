package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.routes.fixtures.SharedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every feed of {@code ../shared/corpus/feeds} served by a local web server and harvested as a source of its own:
 * each yields its entries or is dead-lettered with a specific reason, and none stops another. Skipped, saying so,
 * when the corpus is not beside the repository.
 */
class CorpusFeedsIT {

    @Test
    void everyCorpusFeedYieldsItsEntriesOrOneDeadLetterWithAReason() throws Exception {
        Path corpus = SharedCorpus.find("feeds").orElse(null);
        assumeTrue(corpus != null, "../shared/corpus/feeds is not beside the repository: corpus feeds skipped");
        String run = "corpus" + Integer.toHexString(new Random().nextInt());
        Map<String, String> sourceOfFeed = new LinkedHashMap<>();
        try (LocalOrigin origin = new LocalOrigin()) {
            StringBuilder sources = new StringBuilder("jembatan:\n  sources:\n");
            List<Path> feeds;
            try (Stream<Path> files = Files.walk(corpus)) {
                feeds = files.filter(file -> file.toString().endsWith(".xml") || file.toString().endsWith(".rss"))
                        .sorted().toList();
            }
            int n = 0;
            for (Path feed : feeds) {
                String path = "/" + corpus.relativize(feed).toString().replace('\\', '/');
                origin.put(path, "application/xml", Files.readAllBytes(feed));
                String id = "f" + (n++) + "-" + run;
                sourceOfFeed.put(path, id);
                sources.append("""
                            - id: %s
                              agency-code: uji
                              agency-name: Uji Umpan
                              kind: feed
                              url: %s%s
                              schedule: 1h
                              options:
                                allowed-hosts: 127.0.0.1
                                allow-private-addresses: "true"
                        """.formatted(id, origin.base(), path));
            }
            try (OwnApplication app = OwnApplication.start(run, sources.toString())) {
                List<String> lines = new ArrayList<>();
                for (var feed : sourceOfFeed.entrySet()) {
                    JsonNode lastRun = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                            .until(() -> state(app, feed.getValue()).get("lastRun"),
                                    node -> node != null && node.hasNonNull("finished"));
                    List<DeadLetter> letters = app.deadLetters(feed.getValue());
                    int entries = lastRun.get("added").asInt() + lastRun.get("changed").asInt()
                            + lastRun.get("unchanged").asInt();
                    lines.add(String.format("%-60s entries %3d  failed %2d  %s", feed.getKey(), entries,
                            lastRun.get("failed").asInt(), letters.isEmpty() ? "" : letters.get(0).reason()));
                    assertThat(letters).as(feed.getKey()).allSatisfy(letter -> assertThat(letter.reason())
                            .isNotBlank().doesNotContain("null"));
                    if (letters.stream().noneMatch(letter -> "feed".equals(letter.stage())
                            || "fetch".equals(letter.stage()))) {
                        assertThat(entries + lastRun.get("failed").asInt()).as(feed.getKey() + " yields entries")
                                .isGreaterThanOrEqualTo(0);
                    }
                }
                lines.forEach(System.out::println);
                long read = lines.stream().filter(line -> !line.contains("entries   0")).count();
                assertThat(read).as("feeds that yielded entries").isGreaterThanOrEqualTo(25);
            }
        }
    }

    private static JsonNode state(OwnApplication app, String sourceId) {
        return app.http().get().uri("/api/sources/" + sourceId)
                .headers(headers -> headers.setBasicAuth("pustakawan", "uji-pustakawan-2025"))
                .retrieve().body(JsonNode.class);
    }
}
