package id.perpustakaan.jembatan.routes.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.folder.QuietFiles;
import id.perpustakaan.jembatan.model.DeadLetter;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A full disk never sends a file to the wrong place: it waits in its inbox until there is room. */
class FolderRouteDiskTest extends FolderRouteCase {

    @Test
    void keepsARefusalWhoseReasonCannotBeWrittenInTheInboxUntilTheDiskHasRoom() throws Exception {
        route.diskFull = true;
        route.behaviour = exchange -> {
            throw new ContentRejectedException("extract", "encrypted (password required)");
        };

        route.drop("rahasia.pdf", "not really a pdf");

        // refused on each try: the first refusal is written, the tries after it are counted
        await().atMost(WAIT).until(() -> route.deadLetters.size() == 1
                && route.repeats.of(route.deadLetters.get(0)).isPresent());
        assertThat(inbox.resolve("rahasia.pdf")).exists();
        assertThat(inbox.resolve(".done")).doesNotExist();
        assertThat(inbox.resolve(".failed/rahasia.pdf")).doesNotExist();
        assertThat(inbox.resolve(".failed/rahasia.pdf.reason")).doesNotExist();

        route.diskFull = false;
        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".failed/rahasia.pdf")));
        assertThat(Files.readString(inbox.resolve(".failed/rahasia.pdf.reason")))
                .startsWith("encrypted (password required)\nstage: extract\n");
        assertThat(inbox.resolve("rahasia.pdf")).doesNotExist();
        assertThat(inbox.resolve(".done")).doesNotExist();
        // the letter is sent before the reason is written, once, however many tries it took
        assertThat(route.deadLetters).extracting(DeadLetter::reason).containsExactly("encrypted (password required)");
    }

    @Test
    void leavesFilesInTheInboxWhileItsDiskIsFullSayingSoOnce() throws Exception {
        route.freeBytes.set(FolderRouteHarness.MIN_FREE - 1);

        route.drop("jadwal.txt", "Jadwal pelayanan");

        await().during(Duration.ofSeconds(1)).atMost(WAIT)
                .until(() -> route.attempts.get() == 0 && Files.exists(inbox.resolve("jadwal.txt")));
        assertThat(route.loggedBy(QuietFiles.class)).singleElement().satisfies(event -> assertThat(
                event.getFormattedMessage()).contains("less than jembatan.harvest.min-free-space (100 MB)"));

        route.freeBytes.set(FolderRouteHarness.MIN_FREE);
        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".done/jadwal.txt")));
        assertThat(route.loggedBy(QuietFiles.class)).hasSize(2).last().satisfies(event -> assertThat(
                event.getFormattedMessage()).contains("free again"));
        assertThat(route.deadLetters).isEmpty();
    }
}
