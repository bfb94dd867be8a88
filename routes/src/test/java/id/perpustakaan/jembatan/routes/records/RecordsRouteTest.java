package id.perpustakaan.jembatan.routes.records;

import static id.perpustakaan.jembatan.routes.records.RecordFiles.file;
import static id.perpustakaan.jembatan.routes.records.RecordFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceRef;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.mirror.MirrorStandIns;
import id.perpustakaan.jembatan.routes.mirror.Removal;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A table through the real records route, with what comes after it stood in for as it behaves once Kafka
 * acknowledged: rows are normalised one by one, bad rows dead-lettered, and the rows a later drop lacks withdrawn.
 */
class RecordsRouteTest {

    private static final SourceDefinition SOURCE = new SourceDefinition("dinsos-bansos",
            new Agency("dinsos", "Dinas Sosial"), "folder", "/tmp", Duration.ofSeconds(2), ReviewPolicy.AUTO,
            DocumentKind.OTHER, Map.of("records-title", "Program", "records-key", "Kode",
            "records-kelurahan", "Kelurahan", "records-deadline", "Batas"), null);
    private static final String HEADER = "Kode,Program,Kelurahan,Batas\n";

    private final CamelContext camel = new DefaultCamelContext();
    private final MirrorStandIns after = new MirrorStandIns(NormaliseRoute.NORMALISE);

    @BeforeEach
    void start() throws Exception {
        var catalog = new SourceCatalog(List.of(SOURCE));
        camel.addRoutes(new RecordsRoute(new RecordSources(catalog), catalog, after.revisions,
                Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC), 2));
        camel.addRoutes(after);
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void eachRowIsNormalisedAloneAndABadRowIsADeadLetterWithItsNumber() {
        drop(HEADER + "B-1,Bantuan pangan,Saringan,31-03-2026\nB-2,Bantuan seragam,Sikalang,kapan-kapan\n"
                + "B-3,Bantuan modal usaha,Saringan,\n");

        assertThat(after.ingested).extracting(RawContent::locator)
                .containsExactlyInAnyOrder("bansos.csv#record=B-1", "bansos.csv#record=B-3");
        assertThat(after.deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).startsWith("row 3: 'kapan-kapan' in the column 'Batas' (records-deadline)");
            assertThat(letter.stage()).isEqualTo("records");
            assertThat(letter.locator()).isEqualTo("bansos.csv#row=3");
            assertThat(letter.fileName()).isEqualTo("bansos.csv");
            assertThat(letter.sourceId()).isEqualTo(SOURCE.id());
        });
        assertThat(after.removals).isEmpty();
    }

    @Test
    void theNextDropWithdrawsTheRowsItNoLongerHasAndKeepsTheRefusedOnes() {
        drop(HEADER + "B-1,Bantuan pangan,Saringan,\nB-2,Bantuan seragam,Sikalang,\nB-3,Bantuan modal,Saringan,\n"
                + "B-4,Bantuan air bersih,Talawi,\n");
        after.ingested.clear();

        drop(HEADER + "B-1,Bantuan pangan,Saringan,\nB-3,Bantuan modal usaha,Saringan,\n"
                + "B-4,Bantuan air bersih,Talawi,bulan depan\n");

        assertThat(after.removals).extracting(Removal::locator).containsExactly("bansos.csv#record=B-2");
        assertThat(after.removals.get(0).documentId()).isEqualTo(SourceRef.idOf(SOURCE.id(), "bansos.csv#record=B-2"));
        assertThat(after.deadLetters).singleElement().extracting(letter -> letter.reason())
                .asString().startsWith("row 4:");
        assertThat(after.revisions.placesOf(SOURCE.id())).containsOnlyKeys("bansos.csv#record=B-1",
                "bansos.csv#record=B-3", "bansos.csv#record=B-4");
    }

    @Test
    void aRefusedRowWithoutAKeyWithdrawsNothingThisTime() {
        drop(HEADER + "B-1,Bantuan pangan,Saringan,\nB-2,Bantuan seragam,Sikalang,\n");

        drop(HEADER + "B-1,Bantuan pangan,Saringan,\n,,Sikalang,\n");

        assertThat(after.removals).isEmpty();
        assertThat(after.deadLetters).singleElement().extracting(letter -> letter.reason()).asString()
                .isEqualTo("row 3: no title: the column 'Program' (records-title) is empty");
    }

    @Test
    void whileKafkaIsAwayTheFileFailsAsAWholeAndIsTakenAgainLater() {
        after.kafkaAway.set(true);

        assertThatThrownBy(() -> drop(HEADER + "B-1,Bantuan pangan,Saringan,\n"))
                .isInstanceOf(CamelExecutionException.class).hasRootCauseMessage("Kafka unreachable");
        assertThat(after.ingested).isEmpty();

        after.kafkaAway.set(false);
        drop(HEADER + "B-1,Bantuan pangan,Saringan,\n");
        assertThat(after.ingested).hasSize(1);
    }

    private void drop(String csv) {
        RawContent file = file(SOURCE.id(), "bansos.csv", text(csv));
        Exchange done = camel.createProducerTemplate().request(RecordsRoute.RECORDS, exchange -> {
            exchange.setProperty(ExchangeFacts.SOURCE_ID, file.sourceId());
            exchange.setProperty(ExchangeFacts.LOCATOR, file.locator());
            exchange.setProperty(ExchangeFacts.FILE_NAME, file.fileName());
            exchange.setProperty(ExchangeFacts.SHA256, file.sha256());
            exchange.getMessage().setBody(file);
        });
        if (done.getException() != null) {
            throw new CamelExecutionException("the file failed", done, done.getException());
        }
    }
}
