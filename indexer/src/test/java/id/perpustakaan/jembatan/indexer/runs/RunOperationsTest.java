package id.perpustakaan.jembatan.indexer.runs;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import id.perpustakaan.jembatan.indexer.projection.ProjectionOperations.Plan;
import id.perpustakaan.jembatan.indexer.projection.ProjectionOperations.Target;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.SourceRun;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class RunOperationsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
    private final RunOperations operations = new RunOperations("jembatan.runs", Clock.fixed(NOW, ZoneOffset.UTC));
    private final Target alias = new Target("jembatan-runs", true);

    @Test
    void eachRunReplacesItsSourcesEntryAndARemovedSourceIsForgotten() throws Exception {
        SourceRun first = new SourceRun("disdik-feed", NOW, null, 0, 0, 0, 0, null, null, null);
        SourceRun later = first.count(SourceRun.Outcome.NEW).finishedAt(NOW.plusSeconds(5));

        Plan plan = operations.plan(List.of(record(0, "disdik-feed", first), record(1, "disdik-feed", later),
                new ConsumerRecord<>("jembatan.runs", 0, 2, "dinsos-feed", null)), alias);

        assertThat(plan.refused()).isEmpty();
        assertThat(plan.operations()).extracting(operation -> operation.bulk().isIndex())
                .containsExactly(true, true, false);
        BulkOperation second = plan.operations().get(1).bulk();
        assertThat(second.index().id()).isEqualTo("disdik-feed");
        assertThat(second.index().index()).isEqualTo("jembatan-runs");
        assertThat(second.index().requireAlias()).isTrue();
        assertThat(second.index().document()).isEqualTo(later);
        assertThat(plan.operations().get(2).bulk().delete().id()).isEqualTo("dinsos-feed");
    }

    @Test
    void aRecordThatIsNoRunBecomesADeadLetterNamingWhereItStands() {
        Plan plan = operations.plan(List.of(new ConsumerRecord<>("jembatan.runs", 3, 17, "disdik-feed", "[1,2]")),
                alias);

        assertThat(plan.operations()).isEmpty();
        assertThat(plan.refused()).singleElement().satisfies(letter -> {
            assertThat(letter.stage()).isEqualTo("index");
            assertThat(letter.reason()).startsWith("unreadable record at jembatan.runs-3@17: ");
            assertThat(letter.failedAt()).isEqualTo(NOW);
        });
    }

    private static ConsumerRecord<String, String> record(long offset, String key, SourceRun run) throws Exception {
        return new ConsumerRecord<>("jembatan.runs", 0, offset, key, JembatanJson.mapper().writeValueAsString(run));
    }
}
