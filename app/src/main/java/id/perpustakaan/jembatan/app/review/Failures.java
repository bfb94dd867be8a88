package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.JembatanJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The dead letters of the harvest and the projections, grouped by source, newest first within each. */
public class Failures {

    /** @param sourceId {@code null} groups failures no source is named for (e.g. the indexer's) */
    public record Group(String sourceId, List<DeadLetter> letters) {
    }

    private static final String NO_SOURCE = "";

    private final TopicReader reader;
    private final String deadletterTopic;

    public Failures(TopicReader reader, String deadletterTopic) {
        this.reader = reader;
        this.deadletterTopic = deadletterTopic;
    }

    public List<Group> bySource(int perSource) {
        Map<String, List<DeadLetter>> groups = new TreeMap<>();
        reader.readAll(deadletterTopic, record -> {
            if (record.value() == null) {
                return;
            }
            try {
                DeadLetter letter = JembatanJson.mapper().readValue(record.value(), DeadLetter.class);
                groups.computeIfAbsent(letter.sourceId() == null ? NO_SOURCE : letter.sourceId(),
                        id -> new ArrayList<>()).add(letter);
            } catch (Exception e) {
                // a record of another shape: not a failure this page can show
            }
        });
        List<Group> result = new ArrayList<>();
        groups.forEach((sourceId, letters) -> {
            letters.sort(Comparator.comparing(DeadLetter::failedAt, Comparator.nullsLast(Comparator.reverseOrder())));
            result.add(new Group(sourceId.isEmpty() ? null : sourceId,
                    List.copyOf(letters.subList(0, Math.min(perSource, letters.size())))));
        });
        return result;
    }
}
