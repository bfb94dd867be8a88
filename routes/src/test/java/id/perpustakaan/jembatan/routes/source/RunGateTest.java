package id.perpustakaan.jembatan.routes.source;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.routes.ExchangeFacts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class RunGateTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");

    private final SourceRuns runs = new SourceRuns(Clock.fixed(NOW, ZoneOffset.UTC));
    private final RunGate gate = new RunGate(runs);
    private final CamelContext camel = new DefaultCamelContext();

    @Test
    void aSecondRunOfTheSameSourceStopsWhileTheFirstIsGoing() {
        Exchange first = run("disdik-feed");
        Exchange second = run("disdik-feed");

        gate.enter(first);
        gate.enter(second);

        assertThat(first.isRouteStop()).isFalse();
        assertThat(second.isRouteStop()).isTrue();
        assertThat(runs.runningSince("disdik-feed")).contains(NOW);
        // the skipped one does not end the run that is going
        gate.leave(second);
        assertThat(runs.runningSince("disdik-feed")).contains(NOW);
        gate.leave(first);
        assertThat(runs.runningSince("disdik-feed")).isEmpty();
    }

    @Test
    void runsOfTwoSourcesGoSideBySide() {
        Exchange feed = run("disdik-feed");
        Exchange site = run("disdik-web");

        gate.enter(feed);
        gate.enter(site);

        assertThat(feed.isRouteStop()).isFalse();
        assertThat(site.isRouteStop()).isFalse();
    }

    @Test
    void anExchangeThatAlreadyOwnsItsRunIsLetThrough() {
        assertThat(runs.begin("disdik-feed")).isTrue();
        Exchange runNow = run("disdik-feed");
        runNow.setProperty(RunGate.OWNS_RUN, true);

        gate.enter(runNow);

        assertThat(runNow.isRouteStop()).isFalse();
        gate.leave(runNow);
        assertThat(runs.runningSince("disdik-feed")).isEmpty();
    }

    private Exchange run(String sourceId) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.setProperty(ExchangeFacts.SOURCE_ID, sourceId);
        return exchange;
    }
}
