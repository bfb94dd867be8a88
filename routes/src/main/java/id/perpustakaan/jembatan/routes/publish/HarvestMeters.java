package id.perpustakaan.jembatan.routes.publish;

import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.routes.errors.RefusalClass;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the harvest handed to Kafka, per source: documents and refusals. Labels are the source id, the agency code,
 * the stage and the class of the reason ({@link RefusalClass}) — all bounded by configuration or by code, never a
 * file name or an address.
 */
public class HarvestMeters {

    static final String DOCUMENTS = "jembatan.harvest.documents";
    static final String REFUSED = "jembatan.harvest.refused";

    private final MeterRegistry meters;

    public HarvestMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    /** A document the broker acknowledged on the documents topic, counted for the source that brought it. */
    void published(String sourceId, Document document) {
        Counter.builder(DOCUMENTS)
                .description("documents published to Kafka by the harvest")
                .tag("source", sourceId == null ? document.sourceId() : sourceId)
                .tag("agency", document.agency() == null ? "unknown" : document.agency().code())
                .register(meters).increment();
    }

    /** A dead letter the broker acknowledged. */
    void refused(DeadLetter letter) {
        Counter.builder(REFUSED)
                .description("items refused by the harvest and written to the dead-letter topic")
                .tag("source", letter.sourceId() == null ? "unknown" : letter.sourceId())
                .tag("stage", letter.stage() == null ? "unknown" : letter.stage())
                .tag("reason", RefusalClass.of(letter.reason()))
                .register(meters).increment();
    }
}
