package id.perpustakaan.jembatan.routes.errors;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.DeadLetter;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import id.perpustakaan.jembatan.routes.publish.PublishRoutes;
import java.time.Clock;
import java.time.Duration;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * The error handling every harvesting route refers to by id. A rejected item (its own fault) goes to the
 * dead-letter topic at once and its exchange completes, so its source moves on. Anything else (Kafka or the disk
 * unavailable) is retried with back-off and then fails the exchange, leaving the item where it was for the next
 * run.
 */
public class ErrorHandling extends RouteConfigurationBuilder {

    public static final String ID = "jembatan-errors";

    private final int maximumRedeliveries;
    private final Duration redeliveryDelay;
    private final SourceRuns runs;
    private final RepeatedRefusals repeats;
    private final Clock clock;

    /**
     * @param maximumRedeliveries attempts after the first, for failures that are not the item's fault
     * @param redeliveryDelay     pause before the first of them; it doubles each time
     */
    public ErrorHandling(int maximumRedeliveries, Duration redeliveryDelay, SourceRuns runs,
                         RepeatedRefusals repeats, Clock clock) {
        this.maximumRedeliveries = maximumRedeliveries;
        this.redeliveryDelay = redeliveryDelay;
        this.runs = runs;
        this.repeats = repeats;
        this.clock = clock;
    }

    @Override
    public void configuration() {
        var configuration = routeConfiguration(ID);
        configuration.errorHandler(defaultErrorHandler()
                        .maximumRedeliveries(maximumRedeliveries)
                        .redeliveryDelay(redeliveryDelay.toMillis())
                        .useExponentialBackOff()
                        .backOffMultiplier(2)
                        .retryAttemptedLogLevel(LoggingLevel.WARN)
                        .logExhaustedMessageHistory(false));
        configuration.onException(ContentRejectedException.class, RecordTooLargeException.class)
                .handled(true)
                // the item's own fault: trying again gives the same answer
                .maximumRedeliveries(0)
                // the line below names the item and the reason; Camel's own would add a stack trace
                .logExhausted(false)
                .process(TooLargeForKafka::asRefusal)
                .log(LoggingLevel.WARN, "source '${exchangeProperty.JembatanSourceId}': "
                        + "${exchangeProperty.JembatanLocator} rejected: ${exception.message}")
                .process(exchange -> DeadLetters.fromCaughtException(exchange, clock))
                .process(exchange -> {
                    DeadLetter letter = exchange.getMessage().getBody(DeadLetter.class);
                    runs.failed(letter.sourceId(), letter.reason());
                })
                // the same refusal again (an unchanged broken feed, every run) is counted, not written again
                .filter(exchange -> repeats.isNew(exchange.getMessage().getBody(DeadLetter.class)))
                    .to(PublishRoutes.DEADLETTER)
                .end();
    }
}
