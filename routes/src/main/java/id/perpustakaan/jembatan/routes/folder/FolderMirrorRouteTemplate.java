package id.perpustakaan.jembatan.routes.folder;

import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.mirror.MirrorRemovalsRoute;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import java.util.concurrent.ExecutorService;
import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.ThreadPoolProfileBuilder;

/**
 * The route template of mirrored folders: on the source's schedule, look at the folder, take what is new, changed
 * or moved on a pool of {@code workers} threads, then withdraw what is gone. A look ends when each of its files is
 * done, so the next look never finds one still in flight; a file that failed (Kafka away) is taken at a later look.
 * Removals held back (too many at once) are the look's one refusal, saying why.
 */
public class FolderMirrorRouteTemplate extends RouteBuilder {

    public static final String TEMPLATE = "folder-mirror";
    private static final String LOOK = "direct:jembatan-look-folder-mirror";

    private final FolderMirror mirror;
    private final int workers;

    public FolderMirrorRouteTemplate(FolderMirror mirror, int workers) {
        this.mirror = mirror;
        this.workers = workers;
    }

    @Override
    public void configure() {
        ExecutorService pool = getContext().getExecutorServiceManager().newThreadPool(this, "jembatan-mirrors",
                new ThreadPoolProfileBuilder("jembatan-mirrors").poolSize(workers).maxPoolSize(workers)
                        .maxQueueSize(-1).build());
        routeTemplate(TEMPLATE)
                .templateParameter("sourceId")
                .templateParameter("scheduling")
                .from("scheduler:" + TEMPLATE + "-{{sourceId}}?{{scheduling}}")
                // started where this source is harvested (HarvestShares)
                .autoStartup(false)
                .setProperty(ExchangeFacts.SOURCE_ID, constant("{{sourceId}}"))
                .to(LOOK);

        from(LOOK).routeId("look-" + TEMPLATE).routeConfigurationId(ErrorHandling.ID)
                .process(mirror::look)
                // each file its own exchange: one that fails costs the others nothing
                .split(body(), AggregationStrategies.useOriginal(false)).parallelProcessing().executorService(pool)
                    .process(mirror::content)
                    .to(NormaliseRoute.INGEST)
                .end()
                .to(MirrorRemovalsRoute.REMOVALS);
    }
}
