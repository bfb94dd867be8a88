package id.perpustakaan.jembatan.routes.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The hand-over from the poller to the folder workers: a full queue holds the poller, it never runs a file itself. */
class FolderWorkersTest {

    @Test
    void aFullQueueHoldsThePollerUntilAWorkerIsFree() throws Exception {
        ThreadPoolExecutor workers = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1),
                FolderRouteTemplate.WAIT_FOR_ROOM);
        try {
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger done = new AtomicInteger();
            workers.execute(() -> hold(release));
            workers.execute(done::incrementAndGet);
            // the poller's hand-over of a third file, while one runs and one waits
            CompletableFuture<Void> third = CompletableFuture.runAsync(() -> workers.execute(done::incrementAndGet));

            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !third.isDone());
            release.countDown();
            third.get(5, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(5)).until(() -> workers.getCompletedTaskCount() == 3);
            assertThat(done).as("both waiting files ran on the worker").hasValue(2);
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void aPoolThatStopsRefusesInsteadOfHoldingThePollerForever() throws Exception {
        ThreadPoolExecutor workers = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1),
                FolderRouteTemplate.WAIT_FOR_ROOM);
        CountDownLatch release = new CountDownLatch(1);
        workers.execute(() -> hold(release));
        workers.execute(() -> { });
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> workers.execute(() -> { }));
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> !waiting.isDone());

        // the running file is still held: without the stop the hand-over would wait for ever
        workers.shutdown();
        try {
            assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(RejectedExecutionException.class);
        } finally {
            release.countDown();
        }
    }

    private static void hold(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
