package id.perpustakaan.jembatan.connectors.folder;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FolderSourceTest {

    @Test
    void leavesMovingToTheExchangeAndWaitingToQuietFilesAndPollsOnTheSourceSchedule() {
        var source = new SourceDefinition("disdik-inbox", new Agency("disdik", "Dinas Pendidikan"), "folder",
                "/srv/inbox/disdik", Duration.ofSeconds(30), ReviewPolicy.AUTO, DocumentKind.OTHER);

        String uri = FolderSource.endpointUri(source);

        assertThat(uri).startsWith("file:/srv/inbox/disdik?")
                .contains("&noop=true&idempotent=false")
                .contains("&filter=#jembatanQuietFiles&exclusiveReadLockStrategy=#jembatanQuietFiles")
                .contains("delay=30000")
                .doesNotContain("readLock=")
                .doesNotContain("move");
    }

    @Test
    void ignoresTemporaryAndLockFilesButNotDocuments() {
        Pattern temporary = Pattern.compile(FolderSource.TEMPORARY_FILES);

        assertThat(temporary.matcher("~$pengumuman.docx").matches()).isTrue();
        assertThat(temporary.matcher("laporan.pdf.part").matches()).isTrue();
        assertThat(temporary.matcher("unduhan.crdownload").matches()).isTrue();
        assertThat(temporary.matcher("catatan.txt~").matches()).isTrue();
        assertThat(temporary.matcher("SALINAN.TMP").matches()).isTrue();
        assertThat(temporary.matcher("perwako-12-2024.pdf").matches()).isFalse();
        assertThat(temporary.matcher("jadwal.xlsx").matches()).isFalse();
    }
}
