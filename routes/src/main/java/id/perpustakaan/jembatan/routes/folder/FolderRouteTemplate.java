package id.perpustakaan.jembatan.routes.folder;

import id.perpustakaan.jembatan.connectors.folder.FolderSource;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.errors.ErrorHandling;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.ThreadPoolProfileBuilder;

/**
 * The route template of folder sources: files dropped into an inbox, released once Kafka has them. The poller only
 * lists and hands over; files are read, normalised and published on a pool of {@code workers} threads shared by
 * every folder, so one file's parse or Kafka round trip never waits for another's. The pool's queue is short and the
 * poller waits while it is full: a drop of 100,000 files is taken as fast as it is processed, never read into memory
 * ahead of that. (Were the poller to process a file itself when the queue is full, the workers would run dry while
 * it parses, and the parsers idle with them.) A file still moves only when its own document is acknowledged by Kafka.
 */
public class FolderRouteTemplate extends RouteBuilder {

    /** A full queue holds the poller until a worker takes the next file; a pool shutting down refuses. */
    static final RejectedExecutionHandler WAIT_FOR_ROOM = (task, executor) -> {
        try {
            while (!executor.isShutdown()) {
                if (executor.getQueue().offer(task, 1, TimeUnit.SECONDS)) {
                    // room made by a pool that stopped meanwhile: taken back, the file stays for the next start
                    if (!executor.isShutdown() || !executor.getQueue().remove(task)) {
                        return;
                    }
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new RejectedExecutionException("the folder workers are stopping");
    };

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
                        .maxQueueSize(2 * workers).build());
        ((ThreadPoolExecutor) pool).setRejectedExecutionHandler(WAIT_FOR_ROOM);
        routeTemplate(FolderSource.KIND)
                .templateParameter("sourceId")
                .templateParameter("uri")
                .from("{{uri}}")
                // started where this source is harvested (HarvestShares)
                .autoStartup(false)
                .routeConfigurationId(ErrorHandling.ID)
                .setProperty(ExchangeFacts.SOURCE_ID, constant("{{sourceId}}"))
                .threads().executorService(pool)
                .process(intake)
                .to(NormaliseRoute.INGEST);
    }
}
