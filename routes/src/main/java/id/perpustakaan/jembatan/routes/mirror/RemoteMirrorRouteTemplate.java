package id.perpustakaan.jembatan.routes.mirror;

import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import id.perpustakaan.jembatan.routes.source.RunGate;
import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;

/**
 * The flow of a look at a mirrored folder on a server, which the kinds that reach one (Windows shares, SFTP outboxes)
 * each name as a route template of their own, saying how they connect: on the source's schedule, or at once when a
 * librarian asks, sign in, list, take what is new, changed or moved, then withdraw what is gone, and sign out. The
 * files are read one after the other on the look's one connection, as the kinds' drop folders are; a file that failed
 * (Kafka away) is taken at a later look. One look at a time per source. A folder that cannot be reached or listed is
 * the look's one refusal and withdraws nothing; removals held back (too many at once) are too; either is written once
 * while it stays so, counted beside it, and news again after a look that went through.
 */
public abstract class RemoteMirrorRouteTemplate extends RouteBuilder implements RemoteMirror.Connector {

    private final String template;
    private final String run;
    private final RemoteMirror mirror;
    private final RunGate gate;

    /**
     * @param template the route template's id, the kind's name and the mode's ({@code smb-mirror})
     * @param run      the endpoint that looks at one source at once
     */
    protected RemoteMirrorRouteTemplate(String template, String run, RemoteMirror mirror, RunGate gate) {
        this.template = template;
        this.run = run;
        this.mirror = mirror;
        this.gate = gate;
    }

    @Override
    public void configure() {
        routeTemplate(template)
                .templateParameter("sourceId")
                .templateParameter("scheduling")
                .from("scheduler:" + template + "-{{sourceId}}?{{scheduling}}")
                // started where this source is harvested (HarvestShares)
                .autoStartup(false)
                .setProperty(ExchangeFacts.SOURCE_ID, constant("{{sourceId}}"))
                .to(run);

        from(run).routeId("run-" + template).routeConfigurationId(ErrorHandling.ID)
                .onCompletion()
                    .process(mirror::close)
                    .process(gate::leave)
                .end()
                .process(gate::enter)
                .process(exchange -> mirror.look(exchange, this))
                .split(body(), AggregationStrategies.useOriginal(false))
                    .process(exchange -> mirror.content(exchange, this))
                    .filter(body().isNotNull())
                        .to(NormaliseRoute.INGEST)
                    .end()
                .end()
                .to(MirrorRemovalsRoute.REMOVALS);
    }
}
