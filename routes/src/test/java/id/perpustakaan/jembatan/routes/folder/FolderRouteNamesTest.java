package id.perpustakaan.jembatan.routes.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Names the file component or the disk cannot carry end up in {@code .failed/} once, never in a loop. */
class FolderRouteNamesTest extends FolderRouteCase {

    @Test
    void refusesANameTooLongForItsReasonUnderAShortNameWithOneDeadLetter() throws Exception {
        // 255 bytes in two-byte characters: as long as ext4 allows, too long for <name>.reason beside it
        String name = "pengumuman-" + "é".repeat(120) + ".txt";
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(255);

        route.drop(name, "Pengumuman dengan nama berkas yang sangat panjang");

        Path failed = inbox.resolve(".failed");
        await().atMost(WAIT).until(() -> Files.isDirectory(failed) && files(failed).size() == 2);
        Path kept = files(failed).stream().filter(p -> !p.toString().endsWith(".reason")).findFirst().orElseThrow();
        assertThat(kept.getFileName().toString()).startsWith("pengumuman-é").endsWith(".txt");
        assertThat(Files.readString(kept)).isEqualTo("Pengumuman dengan nama berkas yang sangat panjang");
        assertThat(Files.readString(kept.resolveSibling(kept.getFileName() + ".reason")))
                .startsWith("file name too long: 255 bytes in UTF-8, at most 248 (shorten it and drop it again): '"
                        + name + "'")
                .contains("stage: fetch");
        assertThat(files(inbox)).isEmpty();
        assertThat(route.attempts.get()).isZero();
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> route.deadLetters.size() == 1);
        assertThat(route.deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.fileName()).isEqualTo(name);
            assertThat(letter.locator()).as("where 'try again' finds it").isEqualTo(kept.getFileName().toString());
            assertThat(letter.reason()).contains(name);
            assertThat(letter.sha256()).hasSize(64);
        });
        assertThat(route.loggedLines()).noneMatch(line -> line.contains("cannot begin processing"));
    }

    @Test
    void publishesANameTheLockMarkerOfCamelCouldNotTake() throws Exception {
        // 246 bytes: <name>.camelLock would have been 256
        String name = "a".repeat(242) + ".txt";

        route.drop(name, "Jadwal layanan");

        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".done").resolve(name)));
        assertThat(route.deadLetters).isEmpty();
    }

    @Test
    void publishesANameWithABackslashUnderItsOwnName() throws Exception {
        route.drop("SK\\2025.txt", "Surat keputusan");

        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".done/SK\\2025.txt")));
        assertThat(route.ingested).singleElement().satisfies(raw -> assertThat(raw.locator()).isEqualTo("SK\\2025.txt"));
    }

    @Test
    void refusesANameThatIsNotValidUtf8UnderAReadableName() throws Exception {
        // a Latin-1 "é" (0xE9), as an SMB client with a Windows code page writes it
        new ProcessBuilder("sh", "-c", "printf isi > \"$0/pengumuman-$(printf '\\351').txt\"", inbox.toString())
                .start().waitFor();

        Path failed = inbox.resolve(".failed");
        await().atMost(WAIT).until(() -> Files.isDirectory(failed) && files(failed).size() == 2);
        assertThat(files(failed)).extracting(p -> p.getFileName().toString())
                .allMatch(n -> n.matches("pengumuman-_-[0-9a-f]{12}\\.txt(\\.reason)?"));
        assertThat(files(inbox)).isEmpty();
        assertThat(route.deadLetters).singleElement()
                .satisfies(letter -> assertThat(letter.reason()).startsWith("file name is not valid UTF-8"));
    }

    @Test
    void neverLetsANameWithALineBreakForgeALogLine() throws Exception {
        String name = "surat\nINFO forged line.pdf";
        route.behaviour = exchange -> {
            throw new ContentRejectedException("extract", "encrypted (password required)");
        };

        route.drop(name, "not really a pdf");

        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".failed").resolve(name)));
        assertThat(Files.readString(inbox.resolve(".failed").resolve(name + ".reason")))
                .contains("file: surat\\nINFO forged line.pdf");
        assertThat(route.deadLetters).singleElement().satisfies(letter -> assertThat(letter.locator()).isEqualTo(name));
        assertThat(route.loggedLines()).anyMatch(line -> line.contains("surat\\nINFO forged line.pdf rejected"))
                .noneMatch(line -> line.contains("\nINFO forged"));
    }

    private static List<Path> files(Path directory) throws Exception {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile).toList();
        }
    }
}
