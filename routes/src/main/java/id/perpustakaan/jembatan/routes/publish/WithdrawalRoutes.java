package id.perpustakaan.jembatan.routes.publish;

import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.PrintableText;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.routes.mirror.Removal;
import id.perpustakaan.jembatan.routes.normalise.Duplicates;
import id.perpustakaan.jembatan.routes.normalise.KnownRevisions;
import java.time.Clock;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes away what a source removed (a file gone from a mirrored folder). A regulation is only asked to be withdrawn
 * (DESIGN.md: withdrawing a regulation always needs a librarian): the request goes to the reviews topic and the
 * review desk answers it, the public keeps seeing the regulation meanwhile. Anything else leaves the public at once:
 * the decision, by the source and with the reason, on the reviews topic; a tombstone on the published topic; and
 * last a tombstone on the documents topic, which is the harvest memory, so that a crash before it finds the file
 * gone again at the next look and writes the same records once more. The body is the removal again afterwards.
 */
public class WithdrawalRoutes extends RouteBuilder {

    public static final String WITHDRAW = "direct:jembatan-withdraw";
    private static final String REMOVAL = "JembatanRemoval";
    private static final Logger LOG = LoggerFactory.getLogger(WithdrawalRoutes.class);

    private final KnownRevisions revisions;
    private final Duplicates duplicates;
    private final Clock clock;

    public WithdrawalRoutes(KnownRevisions revisions, Duplicates duplicates, Clock clock) {
        this.revisions = revisions;
        this.duplicates = duplicates;
        this.clock = clock;
    }

    @Override
    public void configure() {
        // failures go back to the calling route, whose error handling decides
        from(WITHDRAW).routeId("withdraw").errorHandler(noErrorHandler())
                .setProperty(REMOVAL, body())
                .setHeader(KafkaConstants.KEY, simple("${body.documentId}"))
                .choice()
                    .when(simple("${body.regulation}"))
                        .process(exchange -> decision(exchange, ReviewAction.REQUEST_WITHDRAWAL))
                        .to("kafka:{{jembatan.topics.reviews}}")
                        .process(exchange -> {
                            Removal removal = exchange.getProperty(REMOVAL, Removal.class);
                            LOG.info("source '{}': the regulation {} is gone from its folder ({}); its withdrawal"
                                            + " waits for a librarian", removal.sourceId(), removal.documentId(),
                                    PrintableText.of(removal.locator()));
                        })
                    .otherwise()
                        .process(exchange -> decision(exchange, ReviewAction.WITHDRAW))
                        .to("kafka:{{jembatan.topics.reviews}}")
                        .process(WithdrawalRoutes::tombstone)
                        .to("kafka:{{jembatan.topics.published}}")
                        .setHeader(KnownRevisions.WRITER_HEADER, constant(revisions.writer()))
                        .to("kafka:{{jembatan.topics.documents}}")
                        .removeHeader(KnownRevisions.WRITER_HEADER)
                        // only now, as for a publication: the memory never runs ahead of Kafka
                        .process(exchange -> {
                            Removal removal = exchange.getProperty(REMOVAL, Removal.class);
                            revisions.forget(removal.documentId());
                            duplicates.forget(removal.documentId());
                            LOG.info("source '{}': {} withdrawn, its file is gone from its folder ({})",
                                    removal.sourceId(), removal.documentId(), PrintableText.of(removal.locator()));
                        })
                .end()
                // the caller gets its removal back, acknowledged
                .setBody(exchangeProperty(REMOVAL));
    }

    /**
     * A message without a body, keyed as before. A fresh one: a message a file consumer made reads its file again
     * when its body is null (the rows of a dropped table are withdrawn on the file's exchange), and the "tombstone"
     * would have been the file.
     */
    private static void tombstone(Exchange exchange) {
        Message tombstone = new DefaultMessage(exchange);
        tombstone.setHeaders(exchange.getMessage().getHeaders());
        tombstone.setBody(null);
        exchange.setMessage(tombstone);
    }

    private void decision(Exchange exchange, ReviewAction action) throws Exception {
        Removal removal = exchange.getProperty(REMOVAL, Removal.class);
        ReviewDecision decision = new ReviewDecision(removal.documentId(), removal.revision(),
                removal.contentHash(), action, ReviewDecision.bySource(removal.sourceId()), clock.instant(),
                removal.reason());
        exchange.getMessage().setBody(JembatanJson.mapper().writeValueAsString(decision));
    }
}
