package id.perpustakaan.jembatan.routes.source;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.SourceRun;
import id.perpustakaan.jembatan.model.SourceRun.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Changed runs go to the runs topic keyed by source, as they are at writing; a refused write is written again. */
class RunsJournalTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");

    private final SourceRuns runs = new SourceRuns(Clock.fixed(NOW, ZoneOffset.UTC));
    /** Kafka's own stand-in for a producer; answers when told to. */
    private final MockProducer<String, String> kafka =
            new MockProducer<>(false, null, new StringSerializer(), new StringSerializer());
    private final RunsJournal journal = new RunsJournal(runs, kafka, "jembatan.runs", Duration.ofSeconds(2));

    @Test
    void aHundredItemsAreOneRecordWithTheirSum() throws Exception {
        for (int i = 0; i < 100; i++) {
            runs.item("disdik-inbox", Outcome.NEW);
        }

        journal.write();
        kafka.completeNext();

        assertThat(kafka.history()).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo("jembatan.runs");
            assertThat(record.key()).isEqualTo("disdik-inbox");
            assertThat(JembatanJson.mapper().readValue(record.value(), SourceRun.class))
                    .isEqualTo(new SourceRun("disdik-inbox", NOW, null, 100, 0, 0, 0, null, null, null));
        });
        journal.write();
        assertThat(kafka.history()).hasSize(1);
    }

    @Test
    void aRunKafkaRefusedIsWrittenWithTheNextOnes() {
        runs.item("disdik-inbox", Outcome.NEW);
        journal.write();
        kafka.errorNext(new org.apache.kafka.common.errors.TimeoutException("no leader"));

        runs.item("dinsos-inbox", Outcome.NEW);
        journal.write();

        assertThat(kafka.history()).extracting(record -> record.key())
                .containsExactly("disdik-inbox", "dinsos-inbox", "disdik-inbox");
    }
}
