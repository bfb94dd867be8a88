package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.Document;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the documents topic held up to some offsets, kept where every instance can read it (the inbox index), so
 * that a start reads only the records after them rather than the whole topic.
 */
@FunctionalInterface
public interface MemorySnapshot {

    /**
     * Hands every document of the snapshot to {@code each}.
     *
     * @return the next offset to read, by partition of the documents topic (a partition not named is read from its
     *         beginning); empty, with nothing handed over, when there is no snapshot yet
     * @throws Exception while the snapshot's store cannot be asked
     */
    Optional<Map<Integer, Long>> restore(Consumer<Document> each) throws Exception;
}
