package id.perpustakaan.jembatan.routes.errors;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import java.time.Clock;
import org.apache.camel.Exchange;

/** Builds the dead-letter record of a rejected item from the facts its exchange carried. */
final class DeadLetters {

    private DeadLetters() {
    }

    static void fromCaughtException(Exchange exchange, Clock clock) {
        Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String stage = "publish";
        String reason;
        if (caught instanceof ContentRejectedException rejected) {
            stage = rejected.stage();
            reason = rejected.getMessage();
        } else {
            reason = String.valueOf(caught);
        }
        exchange.getMessage().setBody(new DeadLetter(
                exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class),
                exchange.getProperty(ExchangeFacts.LOCATOR, String.class),
                exchange.getProperty(ExchangeFacts.FILE_NAME, String.class),
                exchange.getProperty(ExchangeFacts.DOCUMENT_ID, String.class),
                stage,
                reason,
                exchange.getProperty(ExchangeFacts.SHA256, String.class),
                clock.instant()));
    }
}
