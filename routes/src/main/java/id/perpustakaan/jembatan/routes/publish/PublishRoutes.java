package id.perpustakaan.jembatan.routes.publish;

import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.normalise.KnownRevisions;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import java.time.Clock;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;

/**
 * Writes documents and dead letters to their Kafka topics, keyed for compaction; a revision of a source that
 * needs no review goes to the published topic too, with its automatic decision on the reviews topic. The exchange
 * continues only after the broker acknowledged (idempotent producer, {@code acks=all}, set on the component in
 * {@code application.yml}), which is what lets the caller release the original.
 *
 * <p>The documents topic is written last: at start it tells which revisions were harvested already (an unchanged
 * file is not published again), so it must not know a revision whose publication a crash cut short. A crash after
 * the published topic and before the documents topic writes the publication once more on the next harvest: the
 * same key and value, which the projections take as they took the first.
 */
public class PublishRoutes extends RouteBuilder {

    public static final String PUBLISH = "direct:jembatan-publish";
    public static final String DEADLETTER = "direct:jembatan-deadletter";
    private static final String DOCUMENT = "JembatanDocument";
    private static final String DOCUMENT_JSON = "JembatanDocumentJson";
    private static final String DEAD_LETTER = "JembatanDeadLetter";

    private final KnownRevisions revisions;
    private final RepeatedRefusals repeats;
    private final HarvestMeters meters;
    private final Clock clock;

    public PublishRoutes(KnownRevisions revisions, RepeatedRefusals repeats, HarvestMeters meters, Clock clock) {
        this.revisions = revisions;
        this.repeats = repeats;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public void configure() {
        // failures go back to the calling route, whose error handling decides
        from(PUBLISH).routeId("publish").errorHandler(noErrorHandler())
                .setProperty(ExchangeFacts.DOCUMENT_ID, simple("${body.id}"))
                .setProperty(DOCUMENT, body())
                .setHeader(KafkaConstants.KEY, simple("${body.id}"))
                .process(PublishRoutes::toJson)
                .setProperty(DOCUMENT_JSON, body())
                .filter(exchangeProperty(ExchangeFacts.PUBLISH_AT_ONCE).isEqualTo(true))
                    .to("kafka:{{jembatan.topics.published}}")
                    // the inbox shows it as published automatically, so that a librarian can still withdraw it
                    .process(exchange -> exchange.getMessage().setBody(ReviewDecision.autoPublished(
                            exchange.getProperty(DOCUMENT, Document.class), clock.instant())))
                    .process(PublishRoutes::toJson)
                    .to("kafka:{{jembatan.topics.reviews}}")
                .end()
                .setBody(exchangeProperty(DOCUMENT_JSON))
                .setHeader(KnownRevisions.WRITER_HEADER, constant(revisions.writer()))
                .to("kafka:{{jembatan.topics.documents}}")
                .removeHeader(KnownRevisions.WRITER_HEADER)
                // only now: a publish that failed must not make the retry look unchanged
                .process(exchange -> {
                    Document document = exchange.getProperty(DOCUMENT, Document.class);
                    revisions.remember(document);
                    repeats.resolved(document.sourceId(), exchange.getProperty(ExchangeFacts.LOCATOR, String.class));
                    meters.published(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class), document);
                })
                .log("source '${exchangeProperty.JembatanSourceId}': ${exchangeProperty.JembatanLocator}"
                        + " is ${exchangeProperty.JembatanDocumentId}, ${exchangeProperty.JembatanOutcome}");

        from(DEADLETTER).routeId("deadletter").errorHandler(noErrorHandler())
                .setHeader(KafkaConstants.KEY, exchangeProperty(ExchangeFacts.SOURCE_ID))
                .setProperty(DEAD_LETTER, body())
                .process(PublishRoutes::toJson)
                .to("kafka:{{jembatan.topics.deadletter}}")
                .process(exchange -> meters.refused(exchange.getProperty(DEAD_LETTER, DeadLetter.class)));
    }

    private static void toJson(Exchange exchange) throws Exception {
        Object record = exchange.getMessage().getBody();
        exchange.getMessage().setBody(JembatanJson.mapper().writeValueAsString(record));
    }
}
