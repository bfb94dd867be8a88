package id.perpustakaan.jembatan.routes.mirror;

import id.perpustakaan.jembatan.routes.normalise.KnownRevisions.Seen;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * What this instance remembers of each mirrored folder between looks: the last listing (a file is taken once two
 * looks in a row see it the same, so a copy still being written is not read half), the files it handled (taken and
 * acknowledged, or refused: not read again until they change), the hashes it computed to recognise moves, and
 * the regulations whose withdrawal it asked for. Lost with the instance: after a start the harvest memory tells which files are unchanged, and a file refused
 * before is refused once more, and a regulation still gone is asked about once more (the review desk takes a
 * repeated question as the one already asked).
 */
public final class MirrorMemory {

    private static final class OfSource {
        volatile Map<String, MirrorEntry> lastLook = Map.of();
        final Map<String, MirrorEntry> handled = new ConcurrentHashMap<>();
        final Map<MirrorEntry, Optional<String>> hashes = new ConcurrentHashMap<>();
        /** Regulations whose withdrawal was asked: their place stays known until a librarian answers. */
        final Set<String> asked = ConcurrentHashMap.newKeySet();
    }

    private final Map<String, OfSource> sources = new ConcurrentHashMap<>();

    /**
     * The plan of one look at a source's folder, remembering the listing for the next look.
     *
     * @param hash reads a listed file's hash; asked at most once per file as listed
     */
    public MirrorPlan look(String sourceId, List<MirrorEntry> listed, Map<String, Seen> known,
                           Function<MirrorEntry, Optional<String>> hash, int maxTakes, int maxWithdrawalShare) {
        OfSource memory = sources.computeIfAbsent(sourceId, id -> new OfSource());
        Map<String, MirrorEntry> previous = memory.lastLook;
        MirrorPlan plan = MirrorPlan.of(sourceId, listed, known, memory.handled,
                entry -> entry.equals(previous.get(entry.locator())),
                entry -> memory.hashes.computeIfAbsent(entry, hash), maxTakes, maxWithdrawalShare);
        Map<String, MirrorEntry> now = listed.stream()
                .collect(Collectors.toUnmodifiableMap(MirrorEntry::locator, entry -> entry, (a, b) -> a));
        memory.lastLook = now;
        // a regulation asked about and still gone is not asked again; one whose file came back may be later
        if (plan.held().isEmpty()) {
            Set<String> stillGone = plan.removals().stream().map(Removal::documentId).collect(Collectors.toSet());
            memory.asked.retainAll(stillGone);
            plan = plan.without(memory.asked);
        }
        Set<String> locators = now.keySet();
        memory.handled.keySet().retainAll(locators);
        memory.hashes.keySet().removeIf(entry -> !entry.equals(now.get(entry.locator())));
        plan.settled().forEach(entry -> memory.handled.put(entry.locator(), entry));
        return plan;
    }

    /** The removal was acknowledged by Kafka: a regulation's request is not written again while its file is gone. */
    public void removed(Removal removal) {
        if (removal.regulation()) {
            sources.computeIfAbsent(removal.sourceId(), id -> new OfSource()).asked.add(removal.documentId());
        }
    }

    /** The file was taken and its document acknowledged, or it was refused: not read again until it changes. */
    public void handled(String sourceId, MirrorEntry entry) {
        sources.computeIfAbsent(sourceId, id -> new OfSource()).handled.put(entry.locator(), entry);
    }

    /**
     * Remembers the file as handled when its exchange completes: its document acknowledged by Kafka, or its dead
     * letter. An exchange that failed (Kafka away) leaves it to be taken at a later look.
     */
    public void whenHandled(Exchange exchange, String sourceId, MirrorEntry entry) {
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange completed) {
                handled(sourceId, entry);
            }
        });
    }
}
