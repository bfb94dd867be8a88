package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.routes.fixtures.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every feed of {@code ../shared/corpus/feeds} served by a local web server and harvested as a source of its own:
 * each yields its entries or is dead-lettered with a specific reason, and none stops another. All are on one host,
 * the local origin, so they take turns there: at 100 ms apart rather than a second. Skipped, saying so, when the
 * corpus is not beside the repository.
 */
class CorpusFeedsIT {

    private static final Pattern ITEM = Pattern.compile("<(?:\\w+:)?(?:item|entry)[\\s>]");

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
                                request-interval: 100ms
                        """.formatted(id, origin.base(), path));
            }
            try (OwnApplication app = OwnApplication.start(run, sources.toString())) {
                Map<String, JsonNode> lastRuns = new LinkedHashMap<>();
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    for (String id : sourceOfFeed.values()) {
                        JsonNode lastRun = lastRuns.containsKey(id) ? null : state(app, id).get("lastRun");
                        if (lastRun != null && lastRun.hasNonNull("finished")) {
                            lastRuns.put(id, lastRun);
                        }
                    }
                    return lastRuns.size() == sourceOfFeed.size();
                });
                // read once for all: a run's dead letters are written before it counts as finished
                Map<String, List<DeadLetter>> lettersOf = app.deadLetters().stream()
                        .collect(Collectors.groupingBy(DeadLetter::sourceId));
                List<String> lines = new ArrayList<>();
                for (var feed : sourceOfFeed.entrySet()) {
                    JsonNode lastRun = lastRuns.get(feed.getValue());
                    List<DeadLetter> letters = lettersOf.getOrDefault(feed.getValue(), List.of());
                    int entries = lastRun.get("added").asInt() + lastRun.get("changed").asInt()
                            + lastRun.get("unchanged").asInt();
                    lines.add(String.format("%-60s entries %3d  failed %2d  %s", feed.getKey(), entries,
                            lastRun.get("failed").asInt(), letters.isEmpty() ? "" : letters.get(0).reason()));
                    assertThat(letters).as(feed.getKey()).allSatisfy(letter -> assertThat(letter.reason())
                            .isNotBlank().doesNotContain("null"));
                    if (hasItems(corpus.resolve(feed.getKey().substring(1)))) {
                        assertThat(entries > 0 || !letters.isEmpty())
                                .as(feed.getKey() + " yields entries or says why: " + lastRun).isTrue();
                    }
                }
                lines.forEach(System.out::println);
                long read = lines.stream().filter(line -> !line.contains("entries   0")).count();
                assertThat(read).as("feeds that yielded entries").isGreaterThanOrEqualTo(25);
            }
        }
    }

    /**
     * Whether a feed file holds an item or entry element, in whatever encoding: the NULs of UTF-16 and UTF-32 are
     * dropped, leaving the ASCII of the tags (a feed without items, as some of the corpus's encoding tests are, rightly
     * yields nothing and no reason).
     */
    private static boolean hasItems(Path feed) throws IOException {
        String tags = new String(Files.readAllBytes(feed), StandardCharsets.ISO_8859_1).replace("\0", "");
        return ITEM.matcher(tags).find();
    }

    private static JsonNode state(OwnApplication app, String sourceId) {
        return app.http().get().uri("/api/sources/" + sourceId)
                .headers(headers -> headers.setBasicAuth("pustakawan", "uji-pustakawan-2025"))
                .retrieve().body(JsonNode.class);
    }
}
