package id.perpustakaan.jembatan.app.review;

import com.fasterxml.jackson.databind.JsonNode;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.FailureDismissal;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dead letters of the harvest and the projections, grouped by source, newest first within each, each with the
 * librarian's dismissal when one set it aside.
 */
public class Failures {

    /** @param sourceId {@code null} groups failures no source is named for (e.g. the indexer's) */
    public record Group(String sourceId, List<Row> letters) {
    }

    /**
     * @param dismissal {@code null} while the failure still asks for action
     * @param repeated  how often the same refusal happened again since (not written again), and when last;
     *                  {@code null} when it did not
     */
    public record Row(DeadLetter letter, FailureDismissal dismissal, RepeatedRefusals.Tally repeated) {
    }

    private static final String NO_SOURCE = "";

    private final TopicReader reader;
    private final String deadletterTopic;
    private final RepeatedRefusals repeats;

    public Failures(TopicReader reader, String deadletterTopic, RepeatedRefusals repeats) {
        this.reader = reader;
        this.deadletterTopic = deadletterTopic;
        this.repeats = repeats;
    }

    public List<Group> bySource(int perSource) {
        Map<String, List<DeadLetter>> groups = new TreeMap<>();
        List<FailureDismissal> dismissals = new ArrayList<>();
        reader.readAll(deadletterTopic, record -> {
            if (record.value() == null) {
                return;
            }
            try {
                JsonNode json = JembatanJson.mapper().readTree(record.value());
                if (json.has("dismissedAt")) {
                    dismissals.add(JembatanJson.mapper().treeToValue(json, FailureDismissal.class));
                    return;
                }
                DeadLetter letter = JembatanJson.mapper().treeToValue(json, DeadLetter.class);
                groups.computeIfAbsent(letter.sourceId() == null ? NO_SOURCE : letter.sourceId(),
                        id -> new ArrayList<>()).add(letter);
            } catch (Exception e) {
                // a record of another shape: not a failure this page can show
            }
        });
        List<Group> result = new ArrayList<>();
        groups.forEach((sourceId, letters) -> {
            letters.sort(Comparator.comparing(DeadLetter::failedAt, Comparator.nullsLast(Comparator.reverseOrder())));
            List<Row> rows = letters.subList(0, Math.min(perSource, letters.size())).stream()
                    .map(letter -> new Row(letter, dismissals.stream().filter(d -> d.concerns(letter))
                            .reduce((first, later) -> later).orElse(null), repeats.of(letter).orElse(null)))
                    .toList();
            result.add(new Group(sourceId.isEmpty() ? null : sourceId, rows));
        });
        return result;
    }
}
