package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.indexer.failures.FailureSearch;
import id.perpustakaan.jembatan.indexer.inbox.InboxEntry;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.FailureDismissal;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dead letters of the harvest and the projections, grouped by source, newest first within each, each with the
 * librarian's dismissal when one set it aside: from the failures index, a projection of the dead-letter topic, so
 * the page costs one request however many failures are kept. A failure or a dismissal shows there a second or two
 * after it is written. How often the same refusal happened again is this instance's count.
 *
 * <p>An item tried again after a failure that was not fixed fails again, and the topic keeps both letters as
 * history; the page shows the item once, with its latest failure and how often it was tried.
 */
public class Failures {

    /**
     * @param sourceId {@code null} groups failures no source is named for (e.g. the indexer's)
     * @param total    how many the source has kept, of which {@code letters} are the newest
     */
    public record Group(String sourceId, long total, List<Row> letters) {
    }

    /**
     * @param dismissal {@code null} while the failure still asks for action
     * @param repeated  how often the same refusal happened again since (not written again), and when last;
     *                  {@code null} when it did not
     * @param title     the document's title when the inbox knows it, {@code null} otherwise
     * @param tries     how many of the source's newest letters are about this item (1 when it failed once)
     */
    public record Row(DeadLetter letter, FailureDismissal dismissal, RepeatedRefusals.Tally repeated, String title,
                      int tries) {

        /** What the librarian knows the item by: its title, else its file, else where it was found. */
        public String item() {
            return Objects.requireNonNullElse(title, Objects.requireNonNullElse(letter.fileName(),
                    Objects.requireNonNullElse(letter.locator(), Objects.requireNonNullElse(letter.documentId(),
                            ""))));
        }
    }

    private final FailureSearch search;
    private final RepeatedRefusals repeats;
    private final InboxSearch inbox;

    public Failures(FailureSearch search, RepeatedRefusals repeats, InboxSearch inbox) {
        this.search = search;
        this.repeats = repeats;
        this.inbox = inbox;
    }

    /** @param perSource at most this many of each source, up to {@link FailureSearch#MAX_PER_SOURCE} */
    public List<Group> bySource(int perSource) throws IOException {
        List<FailureSearch.Group> groups = search.bySource(perSource);
        Map<String, String> titles = titles(groups);
        List<Group> shown = new ArrayList<>(groups.size());
        for (FailureSearch.Group group : groups) {
            List<Row> rows = latestPerItem(group.entries()).stream()
                    .map(latest -> new Row(latest.entry().letter(), latest.entry().dismissal(),
                            repeats.of(latest.entry().letter()).orElse(null),
                            latest.entry().letter().documentId() == null ? null
                                    : titles.get(latest.entry().letter().documentId()),
                            latest.tries()))
                    .toList();
            shown.add(new Group(group.sourceId(), group.total(), rows));
        }
        return shown;
    }

    record Latest(FailureSearch.Entry entry, int tries) {
    }

    /** Newest first in, newest first out: each item's newest letter, where the item first appeared. */
    static List<Latest> latestPerItem(List<FailureSearch.Entry> newestFirst) {
        Map<String, FailureSearch.Entry> newest = new LinkedHashMap<>();
        Map<String, Integer> tries = new LinkedHashMap<>();
        for (FailureSearch.Entry entry : newestFirst) {
            String key = itemKey(entry.letter());
            newest.putIfAbsent(key, entry);
            tries.merge(key, 1, Integer::sum);
        }
        return newest.entrySet().stream().map(e -> new Latest(e.getValue(), tries.get(e.getKey()))).toList();
    }

    /** The item a letter is about; a letter that names none (a whole source's failure) is its reason's. */
    private static String itemKey(DeadLetter letter) {
        if (letter.locator() != null || letter.documentId() != null || letter.fileName() != null) {
            return "item\u0000" + letter.locator() + "\u0000" + letter.documentId() + "\u0000" + letter.fileName();
        }
        return "reason\u0000" + letter.stage() + "\u0000" + letter.reason();
    }

    private Map<String, String> titles(List<FailureSearch.Group> groups) throws IOException {
        List<String> ids = groups.stream().flatMap(g -> g.entries().stream())
                .map(e -> e.letter().documentId()).filter(Objects::nonNull).distinct().toList();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Map.Entry<String, InboxEntry> entry : inbox.entries(ids).entrySet()) {
            String title = entry.getValue().document().title();
            if (title != null && !title.isBlank()) {
                titles.put(entry.getKey(), title);
            }
        }
        return titles;
    }
}
