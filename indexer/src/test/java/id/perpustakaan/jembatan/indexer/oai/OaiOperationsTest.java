package id.perpustakaan.jembatan.indexer.oai;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.perpustakaan.jembatan.indexer.projection.ProjectionOperations.Plan;
import id.perpustakaan.jembatan.indexer.projection.ProjectionOperations.Target;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Attachment;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.SourceRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class OaiOperationsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
    private static final long WRITTEN = Instant.parse("2026-12-01T02:03:04.567Z").toEpochMilli();
    private final OaiOperations operations = new OaiOperations("jembatan.published", Clock.fixed(NOW,
            ZoneOffset.UTC));
    private final Target alias = new Target("jembatan-oai", true);

    @Test
    void aPublishedRevisionIsARecordDatedWhenItWasWrittenInItsSetsWithoutItsText() throws Exception {
        Plan plan = operations.plan(List.of(record("dok-1", document("dok-1", Klasifikasi.SERTA_MERTA))), alias);

        BulkOperation index = plan.operations().get(0).bulk();
        assertThat(index.index().id()).isEqualTo("dok-1");
        assertThat(index.index().requireAlias()).isTrue();
        ObjectNode entry = (ObjectNode) index.index().document();
        assertThat(entry.get("datestamp").asText()).isEqualTo("2026-12-01T02:03:04.567Z");
        assertThat(entry.get("deleted").asBoolean()).isFalse();
        assertThat(entry.get("sets").toString()).isEqualTo("[\"instansi\",\"jenis\",\"klasifikasi\","
                + "\"instansi:bpbd\",\"instansi:dinas-sosial\",\"jenis:pengumuman\",\"klasifikasi:serta-merta\"]");
        assertThat(entry.get("setLabels").toString()).isEqualTo("[\"instansi:bpbd Badan Penanggulangan Bencana"
                + " Daerah\",\"instansi:dinas-sosial Dinas Sosial\"]");
        ObjectNode described = (ObjectNode) entry.get("document");
        assertThat(described.has("text")).isFalse();
        assertThat(described.has("html")).isFalse();
        assertThat(described.get("attachments").get(0).has("text")).isFalse();
        assertThat(described.get("title").asText()).isEqualTo("Peringatan banjir");
        OaiEntry read = JembatanJson.mapper().treeToValue(entry, OaiEntry.class);
        assertThat(read.document().title()).isEqualTo("Peringatan banjir");
        assertThat(read.datestamp()).isEqualTo(Instant.ofEpochMilli(WRITTEN));
    }

    @Test
    void aWithdrawalLeavesADeletedRecordAndAnExemptRevisionDeletesOnlyWhatWasPublic() throws Exception {
        Plan plan = operations.plan(List.of(
                new ConsumerRecord<>("jembatan.published", 0, 7, WRITTEN, TimestampType.CREATE_TIME, 0, 0,
                        "dok-1", null, new RecordHeaders(), Optional.empty()),
                record("dok-2", document("dok-2", Klasifikasi.DIKECUALIKAN))), alias);

        assertThat(plan.operations()).allSatisfy(operation -> assertThat(operation.bulk().isUpdate()).isTrue());
        var withdrawn = plan.operations().get(0).bulk().update();
        assertThat(withdrawn.id()).isEqualTo("dok-1");
        assertThat(withdrawn.requireAlias()).isTrue();
        var exempt = plan.operations().get(1).bulk().update();
        assertThat(exempt.id()).isEqualTo("dok-2");
        assertThat(plan.operations().get(1).sourceId()).isEqualTo("bpbd-web");
        // the script creates a deleted record only for a withdrawal: an exempt document never public stays unknown
        ObjectNode change = (ObjectNode) withdrawn.action().doc();
        assertThat(change.get("deleted").asBoolean()).isTrue();
        assertThat(change.get("datestamp").asText()).isEqualTo("2026-12-01T02:03:04.567Z");
        assertThat(change.get("document").isNull()).isTrue();
        assertThat(change.has("sets")).as("the sets it was in are kept").isFalse();
        assertThat(((ObjectNode) withdrawn.action().upsert()).get("sets").isEmpty()).isTrue();
        // an exempt document that never was public stays unknown: its update changes only an entry that is there
        assertThat(exempt.action().upsert()).isNull();
        assertThat(((ObjectNode) exempt.action().doc()).get("deleted").asBoolean()).isTrue();
    }

    @Test
    void anUnreadableRevisionIsADeadLetter() {
        Plan plan = operations.plan(List.of(new ConsumerRecord<>("jembatan.published", 1, 9, "dok-3", "{")),
                alias);

        assertThat(plan.operations()).isEmpty();
        assertThat(plan.refused()).singleElement().satisfies(letter ->
                assertThat(letter.reason()).startsWith("unreadable record at jembatan.published-1@9: "));
    }

    private static ConsumerRecord<String, String> record(String key, Document document) throws Exception {
        return new ConsumerRecord<>("jembatan.published", 0, 3, WRITTEN, TimestampType.CREATE_TIME, 0, 0, key,
                JembatanJson.mapper().writeValueAsString(document), new RecordHeaders(), Optional.empty());
    }

    static Document document(String id, Klasifikasi klasifikasi) {
        return new Document(id, "bpbd-web", new Agency("bpbd", "Badan Penanggulangan Bencana Daerah"),
                DocumentKind.ANNOUNCEMENT, "Peringatan banjir", "Ringkasan", "teks lengkap", "<p>teks</p>", "id",
                "https://bpbd.example/" + id, null, NOW, null, NOW, null, null, List.of("banjir"), "hash", 1, null,
                List.of(new SourceRef("dinsos-web", "x", "https://dinsos.example/x",
                        new Agency("Dinas Sosial", "Dinas Sosial"))),
                List.of(new Attachment("https://bpbd.example/a.pdf", "isi lampiran", null)), null,
                klasifikasi);
    }
}
