package id.perpustakaan.jembatan.routes.mirror;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.errors.RepeatedRefusals;
import id.perpustakaan.jembatan.routes.publish.WithdrawalRoutes;
import org.apache.camel.Exchange;
import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;

/**
 * How every look at a mirrored folder ends, whatever holds the folder: withdraw what is gone (each removal its own
 * exchange, remembered once Kafka has it), then refuse the look when removals were held back, or, after a look that
 * went through, leave nothing to count refusals against. The look's plan is the {@link MirrorPlan#PROPERTY} property.
 */
public class MirrorRemovalsRoute extends RouteBuilder {

    public static final String REMOVALS = "direct:jembatan-mirror-removals";

    private final MirrorMemory memory;
    private final RepeatedRefusals repeats;

    public MirrorRemovalsRoute(MirrorMemory memory, RepeatedRefusals repeats) {
        this.memory = memory;
        this.repeats = repeats;
    }

    @Override
    public void configure() {
        from(REMOVALS).routeId("mirror-removals").routeConfigurationId(ErrorHandling.ID)
                .setBody(exchange -> exchange.getProperty(MirrorPlan.PROPERTY, MirrorPlan.class).removals())
                .split(body(), AggregationStrategies.useOriginal(false))
                    .to(WithdrawalRoutes.WITHDRAW)
                    .process(exchange -> memory.removed(exchange.getMessage().getBody(Removal.class)))
                .end()
                .process(this::held);
    }

    /** The held-back removals' reason, or, after a look that went through, nothing left to count refusals against. */
    private void held(Exchange exchange) {
        MirrorPlan plan = exchange.getProperty(MirrorPlan.PROPERTY, MirrorPlan.class);
        if (plan.held().isPresent()) {
            throw new ContentRejectedException("mirror", plan.held().get());
        }
        repeats.resolved(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class),
                exchange.getProperty(ExchangeFacts.LOCATOR, String.class));
    }
}
