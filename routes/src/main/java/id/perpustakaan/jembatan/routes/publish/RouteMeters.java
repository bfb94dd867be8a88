package id.perpustakaan.jembatan.routes.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;

/**
 * Exchanges per route, under the names Camel's Micrometer component gives them ({@code camel_exchanges_total},
 * {@code camel_exchanges_succeeded_total}, {@code camel_exchanges_failed_total}, {@code camel_route_policy_seconds}),
 * labelled with the route id (a route per source, plus the ingest, publish and dead-letter routes) and
 * {@code eventType="route"}; that component is not published for Camel 4.22. Nothing per endpoint: those meters would
 * be labelled with inbox paths.
 */
public final class RouteMeters implements RoutePolicyFactory {

    private static final String STARTED = "jembatan.routeMeters.started";

    private final MeterRegistry meters;

    public RouteMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext camelContext, String routeId, NamedNode route) {
        return new Policy(routeId);
    }

    private final class Policy extends RoutePolicySupport {

        private final Counter exchanges;
        private final Counter succeeded;
        private final Counter failed;
        private final Timer time;
        /** Per route: an exchange may pass through several routes, each timing its own part. */
        private final String startedAt;

        Policy(String routeId) {
            startedAt = STARTED + routeId;
            exchanges = counter("camel.exchanges", "exchanges the route took", routeId);
            succeeded = counter("camel.exchanges.succeeded", "exchanges the route completed", routeId);
            failed = counter("camel.exchanges.failed", "exchanges that ended with an exception", routeId);
            time = Timer.builder("camel.route.policy").description("time of an exchange in the route")
                    .tag("routeId", routeId).tag("eventType", "route").register(meters);
        }

        private Counter counter(String name, String description, String routeId) {
            return Counter.builder(name).description(description).tag("routeId", routeId).tag("eventType", "route")
                    .register(meters);
        }

        @Override
        public void onExchangeBegin(Route route, Exchange exchange) {
            exchanges.increment();
            exchange.setProperty(startedAt, System.nanoTime());
        }

        @Override
        public void onExchangeDone(Route route, Exchange exchange) {
            Long started = exchange.getProperty(startedAt, Long.class);
            if (started != null) {
                time.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
            (exchange.isFailed() ? failed : succeeded).increment();
        }
    }
}
