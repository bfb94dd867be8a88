package id.perpustakaan.jembatan.connectors.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxNamesTest {

    @TempDir
    Path inbox;

    @Test
    void takesANameWhoseReasonStillFitsBesideIt() throws IOException {
        // 248 bytes: Camel's lock marker (<name>.camelLock) could not be created beside it
        Path file = drop("a".repeat(244) + ".pdf");

        assertThat(InboxNames.problem(file)).isEmpty();
        assertThat(InboxNames.failedName(file)).isEqualTo(file.getFileName().toString());
    }

    @Test
    void refusesANameTooLongForItsReasonAndKeepsItUnderAShortUniqueName() throws IOException {
        // 255 bytes, the most ext4 allows, in two-byte characters
        Path file = drop("pengumuman-" + "é".repeat(120) + ".txt");
        Path sibling = drop("pengumuman-" + "é".repeat(119) + "e.txt");

        assertThat(InboxNames.problem(file)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("file name too long: 255 bytes in UTF-8, at most 248 (shorten it and drop it again): ")
                .contains(file.getFileName().toString()));
        String failedName = InboxNames.failedName(file);
        assertThat(failedName).startsWith("pengumuman-éé").endsWith(".txt").matches(".*-[0-9a-f]{12}\\.txt");
        assertThat((failedName + InboxNames.REASON_SUFFIX).getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(InboxNames.NAME_MAX_BYTES);
        assertThat(InboxNames.failedName(sibling)).as("names sharing a start stay apart").isNotEqualTo(failedName);
    }

    @Test
    void reachesAndRefusesANameThatIsNotValidUtf8() throws Exception {
        // a Latin-1 "é" (one byte, 0xE9), as an SMB client with a Windows code page writes it
        new ProcessBuilder("sh", "-c", "printf x > \"$0/pengumuman-$(printf '\\351').txt\"", inbox.toString())
                .start().waitFor();
        java.io.File listed = inbox.toFile().listFiles()[0];

        Path file = InboxNames.onDisk(listed).orElseThrow();

        assertThat(Files.readString(file)).isEqualTo("x");
        assertThat(InboxNames.intact(file)).isFalse();
        assertThat(InboxNames.problem(file)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("file name is not valid UTF-8: 'pengumuman-\uFFFD.txt'"));
        assertThat(InboxNames.failedName(file)).matches("pengumuman-_-[0-9a-f]{12}\\.txt");
    }

    @Test
    void keepsControlCharactersAndSeparatorsOutOfAShortenedName() throws IOException {
        Path file = drop("a\\b\nc" + "x".repeat(250));

        assertThat(InboxNames.failedName(file)).startsWith("a_b_cxxx").doesNotContain("\n");
    }

    @Test
    void findsNothingForAFileRemovedMeanwhile() {
        assertThat(InboxNames.onDisk(inbox.resolve("hilang.pdf").toFile())).isEmpty();
    }

    private Path drop(String name) throws IOException {
        return Files.writeString(inbox.resolve(name), "isi", StandardCharsets.UTF_8);
    }
}
