package id.perpustakaan.jembatan.indexer.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.SourceRef;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A document as indexed: its own fields, plus what search needs and the contract does not carry: the Indonesian
 * stems of its title and text ({@code stemmed.title}, {@code stemmed.text}) and the ids of the sightings merged into
 * it ({@code mergedIds}), so that an old id still leads to the document, and each agency's code and name
 * ({@code agencyLabels}, "code name"), which name the agency facet's buckets; and an event's {@code event.endsAt},
 * when it is over for the agenda.
 */
public final class SearchFields {

    /** Between an agency's code (which has no spaces) and its name in {@code agencyLabels}. */
    static final String LABEL_SEPARATOR = " ";
    private static final ObjectMapper JSON = JembatanJson.mapper();

    private SearchFields() {
    }

    public static ObjectNode of(Document document) {
        ObjectNode json = JSON.valueToTree(document);
        ObjectNode stemmed = json.putObject("stemmed");
        String tentang = document.regulation() == null ? null : document.regulation().tentang();
        stemmed.put("title", IndonesianStems.of(join(document.title(), tentang)));
        stemmed.put("text", IndonesianStems.of(join(document.summary(), document.text())));
        Set<String> merged = new LinkedHashSet<>();
        for (SourceRef place : document.sources()) {
            if (place.sourceId() != null && place.locator() != null) {
                merged.add(place.documentId());
            }
        }
        merged.remove(document.id());
        ArrayNode ids = json.putArray("mergedIds");
        merged.forEach(ids::add);
        Set<String> labels = new LinkedHashSet<>();
        label(document.agency()).ifPresent(labels::add);
        document.sources().forEach(place -> label(place.agency()).ifPresent(labels::add));
        ArrayNode agencyLabels = json.putArray("agencyLabels");
        labels.forEach(agencyLabels::add);
        if (document.event() != null) {
            ((ObjectNode) json.get("event")).put("endsAt", document.event().endsAt().toString());
        }
        return json;
    }

    private static Optional<String> label(Agency agency) {
        return agency == null || agency.code() == null || agency.name() == null ? Optional.empty()
                : Optional.of(agency.code() + LABEL_SEPARATOR + agency.name());
    }

    private static String join(String first, String second) {
        return (first == null ? "" : first) + "\n" + (second == null ? "" : second);
    }
}
