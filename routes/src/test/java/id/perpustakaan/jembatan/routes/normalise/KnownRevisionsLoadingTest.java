package id.perpustakaan.jembatan.routes.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The harvest memory is read in the background: items wait for it, and learn why when it could not be read. */
class KnownRevisionsLoadingTest {

    @Test
    void itemsWaitUntilTheMemoryHasBeenRead() {
        KnownRevisions revisions = KnownRevisions.loading();
        CompletableFuture<Void> item = CompletableFuture.runAsync(revisions::awaitLoaded);

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> !item.isDone());
        revisions.loadedNow();

        await().atMost(Duration.ofSeconds(5)).until(item::isDone);
        assertThat(item).isNotCompletedExceptionally();
    }

    @Test
    void aMemoryThatCouldNotBeReadFailsEachItemWithTheReason() {
        KnownRevisions revisions = KnownRevisions.loading();
        revisions.couldNotLoad(new IllegalStateException("Timeout expired while fetching topic metadata"));

        assertThatThrownBy(revisions::awaitLoaded).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Timeout expired while fetching topic metadata")
                .hasMessageContaining("restart Jembatan once Kafka answers");
    }

    @Test
    void aMemoryMadeEmptyHasNothingToWaitFor() {
        new KnownRevisions().awaitLoaded();
    }
}
