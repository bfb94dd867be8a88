package id.perpustakaan.jembatan.routes.folder;

import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import java.util.concurrent.ExecutorService;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/**
 * The route template of folder sources: files dropped into an inbox, released once Kafka has them. The poller only
 * lists and hands over; files are read, normalised and published on a pool of {@code workers} threads shared by
 * every folder, so one file's parse or Kafka round trip never waits for another's. The pool's queue is short and a
 * full queue makes the poller do the work itself: a drop of 100,000 files is taken as fast as it is processed, never
 * read into memory ahead of that. A file still moves only when its own document is acknowledged by Kafka.
 */
public class FolderRouteTemplate extends RouteBuilder {

    private final FolderIntake intake;
    private final int workers;

    /** @param workers threads that process dropped files */
    public FolderRouteTemplate(FolderIntake intake, int workers) {
        this.intake = intake;
        this.workers = workers;
    }

    @Override
    public void configure() {
        ExecutorService pool = getContext().getExecutorServiceManager().newThreadPool(this, "jembatan-folders",
                new ThreadPoolProfileBuilder("jembatan-folders").poolSize(workers).maxPoolSize(workers)
                        .maxQueueSize(2 * workers).rejectedPolicy(ThreadPoolRejectedPolicy.CallerRuns).build());
        routeTemplate(FolderSource.KIND)
                .templateParameter("sourceId")
                .templateParameter("uri")
                .from("{{uri}}")
                .routeConfigurationId(ErrorHandling.ID)
                .setProperty(ExchangeFacts.SOURCE_ID, constant("{{sourceId}}"))
                .threads().executorService(pool)
                .process(intake)
                .to(NormaliseRoute.INGEST);
    }
}
