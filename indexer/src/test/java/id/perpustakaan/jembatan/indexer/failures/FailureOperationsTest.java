package id.perpustakaan.jembatan.indexer.failures;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import id.perpustakaan.jembatan.indexer.projection.ProjectionOperations.Plan;
import id.perpustakaan.jembatan.indexer.projection.ProjectionOperations.Target;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.FailureDismissal;
import id.perpustakaan.jembatan.model.JembatanJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class FailureOperationsTest {

    private static final Instant FAILED = Instant.parse("2026-11-30T02:15:00.123456Z");
    private final FailureOperations operations = new FailureOperations("jembatan.deadletter");
    private final Target alias = new Target("jembatan-failures", true);

    @Test
    void aFailureAndItsDismissalUpdateOneEntryWhicheverComesFirst() throws Exception {
        DeadLetter letter = new DeadLetter("dinsos-inbox", "inbox/data.xlsx", "data.xlsx", "dinsos-inbox-1",
                "extract", "encrypted (password required)", "ab12", FAILED);
        FailureDismissal dismissal = new FailureDismissal("dinsos-inbox", "inbox/data.xlsx", "dinsos-inbox-1", FAILED,
                "pustakawan", FAILED.plusSeconds(3600), "berkas internal, bukan untuk publik");

        Plan plan = operations.plan(List.of(record(0, letter), record(1, dismissal)), alias);

        assertThat(plan.refused()).isEmpty();
        assertThat(plan.operations()).hasSize(2);
        BulkOperation first = plan.operations().get(0).bulk();
        BulkOperation second = plan.operations().get(1).bulk();
        assertThat(first.isUpdate()).isTrue();
        assertThat(second.isUpdate()).isTrue();
        assertThat(first.update().id()).isEqualTo(second.update().id()).hasSize(64);
        assertThat(first.update().index()).isEqualTo("jembatan-failures");
        assertThat(first.update().requireAlias()).isTrue();
    }

    @Test
    void failuresOfNoSourceAreGroupedTogetherAndOthersApart() throws Exception {
        DeadLetter indexer = new DeadLetter(null, null, null, "x-1", "index", "refused by Elasticsearch", null, FAILED);
        DeadLetter other = new DeadLetter("disdik-inbox", "inbox/a.pdf", "a.pdf", "x-1", "extract", "no text", null,
                FAILED);

        assertThat(FailureOperations.idOf(null, null, "x-1", FAILED))
                .isNotEqualTo(FailureOperations.idOf("disdik-inbox", "inbox/a.pdf", "x-1", FAILED))
                .isNotEqualTo(FailureOperations.idOf(null, null, "x-1", FAILED.plusNanos(1000)));
        assertThat(operations.plan(List.of(record(0, indexer), record(1, other)), alias).operations()).hasSize(2);
    }

    @Test
    void skipsWhatIsNeitherAFailureNorADismissalWithoutWritingADeadLetterAboutIt() throws Exception {
        Plan plan = operations.plan(List.of(new ConsumerRecord<>("jembatan.deadletter", 0, 0, "k", "not json"),
                new ConsumerRecord<>("jembatan.deadletter", 0, 1, "k", null),
                new ConsumerRecord<>("jembatan.deadletter", 0, 2, "k",
                        JembatanJson.mapper().writeValueAsString(Map.of("dismissedAt", "kemarin")))), alias);

        assertThat(plan.operations()).isEmpty();
        assertThat(plan.refused()).as("this projection reads the dead-letter topic: it must not feed itself").isEmpty();
    }

    private static ConsumerRecord<String, String> record(long offset, Object value) throws Exception {
        return new ConsumerRecord<>("jembatan.deadletter", 0, offset, "dinsos-inbox",
                JembatanJson.mapper().writeValueAsString(value));
    }
}
