package id.perpustakaan.jembatan.app;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.ReviewDecision;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** Documents and decisions as the routes write them to the topics, for tests that write the topics themselves. */
final class TestDocuments {

    private TestDocuments() {
    }

    static Document document(String id, String title, String text, long revision) {
        Instant at = Instant.ofEpochMilli(Math.max(revision, 1));
        return new Document(id, "test", new Agency("test", "Uji"), DocumentKind.NEWS, title, title, text, null, "id",
                null, null, at, at, at, null, null, List.of(), "hash-" + revision, revision, null, List.of(),
                List.of(), null);
    }

    static String json(Document document) {
        return write(document);
    }

    static String json(ReviewDecision decision) {
        return write(decision);
    }

    static String json(DeadLetter letter) {
        return write(letter);
    }

    private static String write(Object value) {
        try {
            return JembatanJson.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
