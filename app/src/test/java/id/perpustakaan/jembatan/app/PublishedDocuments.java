package id.perpustakaan.jembatan.app;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.OriginalFile;
import id.perpustakaan.jembatan.model.Provenance;
import id.perpustakaan.jembatan.model.Regulation;
import id.perpustakaan.jembatan.model.SourceRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Documents written straight to the published topic, as a review decision or an auto-publishing source would, so
 * that a test chooses every field the search and the feeds show.
 */
final class PublishedDocuments implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final String topic;

    PublishedDocuments(String bootstrapServers, String topic) {
        this.producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        this.topic = topic;
    }

    void publish(Document... documents) throws Exception {
        for (Document document : documents) {
            producer.send(new ProducerRecord<>(topic, document.id(), JembatanJson.mapper()
                    .writeValueAsString(document))).get();
        }
    }

    /** Many documents at once: sent together, then waited for (the topic keeps their order per id). */
    void publishAll(List<Document> documents) throws Exception {
        for (Document document : documents) {
            producer.send(new ProducerRecord<>(topic, document.id(), JembatanJson.mapper()
                    .writeValueAsString(document)));
        }
        producer.flush();
    }

    /** A librarian's withdrawal as the published topic has it: the document's tombstone. */
    void withdraw(String id) throws Exception {
        producer.send(new ProducerRecord<>(topic, id, null)).get();
    }

    /** A document with every field set; the fields a test cares about are changed with the withers below. */
    static Builder document(String id, String title) {
        return new Builder(id, title);
    }

    @Override
    public void close() {
        producer.close();
    }

    static final class Builder {
        private final String id;
        private String title;
        private String text;
        private Agency agency = new Agency("disdik", "Dinas Pendidikan");
        private DocumentKind kind = DocumentKind.NEWS;
        private String language = "id";
        private Instant publishedAt = Instant.parse("2025-03-01T02:00:00Z");
        private Instant modifiedAt;
        private Instant validUntil;
        private Regulation regulation;
        private long revision = 1;
        private String url;
        private Klasifikasi klasifikasi;
        private List<String> tags = List.of("uji");
        private Event event;

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
            this.text = title;
        }

        Builder text(String value) {
            text = value;
            return this;
        }

        Builder agency(String code, String name) {
            agency = new Agency(code, name);
            return this;
        }

        Builder kind(DocumentKind value) {
            kind = value;
            return this;
        }

        Builder language(String value) {
            language = value;
            return this;
        }

        Builder published(String instant) {
            publishedAt = Instant.parse(instant);
            return this;
        }

        Builder modified(String instant) {
            modifiedAt = Instant.parse(instant);
            return this;
        }

        Builder validUntil(Instant value) {
            validUntil = value;
            return this;
        }

        Builder regulation(String jenis, String nomor, int tahun, String tentang) {
            regulation = new Regulation(jenis, nomor, tahun, tentang, List.of(), List.of());
            kind = DocumentKind.REGULATION;
            return this;
        }

        Builder revision(long value) {
            revision = value;
            return this;
        }

        Builder url(String value) {
            url = value;
            return this;
        }

        Builder klasifikasi(Klasifikasi value) {
            klasifikasi = value;
            return this;
        }

        Builder tags(String... values) {
            tags = List.of(values);
            return this;
        }

        /** An event, valid until it is over, as normalisation makes one. */
        Builder event(Event value) {
            event = value;
            kind = DocumentKind.EVENT;
            validUntil = value.endsAt();
            return this;
        }

        Document build() {
            Instant harvested = Instant.parse("2025-11-01T00:00:00Z");
            return new Document(id, "uji-feed", agency, kind, title, summary(), text, null, language, url,
                    new OriginalFile("0".repeat(64), "application/pdf", id + ".pdf", 1234, 2),
                    publishedAt, modifiedAt, harvested, validUntil, regulation, tags, "hash-" + revision,
                    revision, new Provenance("feed", harvested, "\"e1\"", harvested, "tika", false, "title"),
                    List.of(new SourceRef("uji-feed", "entry/" + id, url)), List.of(), "Humas " + agency.name(),
                    klasifikasi, event);
        }

        private String summary() {
            return text.length() <= 300 ? text : text.substring(0, 300);
        }
    }
}
