package id.perpustakaan.jembatan.indexer.oai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import id.perpustakaan.jembatan.model.Document;
import java.time.Instant;
import java.util.List;

/**
 * One record of the OAI-PMH provider as the oai index keeps it.
 *
 * @param datestamp when its latest revision, or its withdrawal, reached the published topic
 * @param deleted   withdrawn from the public: served as a deleted record, without metadata
 * @param sets      the specs of the sets it is in, parents included
 * @param document  the document without its text; {@code null} when deleted
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OaiEntry(String id, Instant datestamp, boolean deleted, List<String> sets, Document document) {

    public OaiEntry {
        sets = sets == null ? List.of() : List.copyOf(sets);
    }
}
