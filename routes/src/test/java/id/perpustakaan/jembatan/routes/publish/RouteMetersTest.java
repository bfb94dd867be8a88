package id.perpustakaan.jembatan.routes.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

class RouteMetersTest {

    @Test
    void countsAndTimesEachRoutesExchangesBySuccess() throws Exception {
        var meters = new SimpleMeterRegistry();
        try (var camel = new DefaultCamelContext()) {
            camel.addRoutePolicyFactory(new RouteMeters(meters));
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:intake").routeId("disdik-inbox")
                            .filter(body().isEqualTo("rusak")).throwException(new IllegalStateException("rusak"));
                }
            });
            camel.start();
            ProducerTemplate send = camel.createProducerTemplate();

            send.sendBody("direct:intake", "baik");
            send.sendBody("direct:intake", "baik");
            assertThatThrownBy(() -> send.sendBody("direct:intake", "rusak")).hasRootCauseMessage("rusak");

            assertThat(count(meters, "camel.exchanges")).isEqualTo(3);
            assertThat(count(meters, "camel.exchanges.succeeded")).isEqualTo(2);
            assertThat(count(meters, "camel.exchanges.failed")).isEqualTo(1);
            assertThat(meters.get("camel.route.policy").tag("routeId", "disdik-inbox").timer().count()).isEqualTo(3);
        }
    }

    private static double count(SimpleMeterRegistry meters, String name) {
        return meters.get(name).tag("routeId", "disdik-inbox").tag("eventType", "route").counter().count();
    }
}
