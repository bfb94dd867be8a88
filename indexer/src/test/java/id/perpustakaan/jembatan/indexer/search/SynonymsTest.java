package id.perpustakaan.jembatan.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynonymsTest {

    private final Synonyms synonyms = Synonyms.parse("""
            # agencies
            Disdukcapil, Dinas Kependudukan dan Pencatatan Sipil
            perwako, perwali, peraturan wali kota
            """, "test");

    @Test
    void findsTheLongestEntryAtAPlace() {
        List<String> words = List.of("jadwal", "dinas", "kependudukan", "dan", "pencatatan", "sipil", "sawahlunto");
        Synonyms.Match match = synonyms.longestMatchAt(words, 1);
        assertThat(match.length()).isEqualTo(5);
        assertThat(match.group()).containsExactly("disdukcapil", "dinas kependudukan dan pencatatan sipil");
        assertThat(synonyms.longestMatchAt(words, 0).length()).isZero();
    }

    @Test
    void aPhraseMatchesAWholeEntry() {
        assertThat(synonyms.groupOf("Peraturan Wali Kota")).contains("perwako", "perwali");
        assertThat(synonyms.groupOf("peraturan wali")).isEmpty();
    }

    @Test
    void aGroupOfOneIsAMistakeNamedByItsLine() {
        assertThatThrownBy(() -> Synonyms.parse("a, b\n\nperda\n", "synonyms.txt"))
                .hasMessageContaining("synonyms.txt line 3").hasMessageContaining("'perda'");
    }

    @Test
    void theShippedDefaultKnowsAgenciesAndRegulations() {
        Synonyms shipped = new SynonymsFile(null, Clock.systemUTC()).get();
        assertThat(shipped.groupOf("disdukcapil")).contains("dinas kependudukan dan pencatatan sipil");
        assertThat(shipped.groupOf("perwali")).contains("perwako", "peraturan wali kota");
        assertThat(shipped.groupOf("perda")).contains("peraturan daerah");
        assertThat(shipped.groupOf("diskominfo")).contains("dinas komunikasi dan informatika");
        assertThat(shipped.groupOf("disdik")).contains("dinas pendidikan");
        assertThat(shipped.groupOf("dinsos")).contains("dinas sosial");
    }

    @Test
    void aLibrariansEditAppliesAndABrokenOneKeepsThePrevious(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("synonyms.txt"), "posyandu, pos pelayanan terpadu\n");
        MutableClock clock = new MutableClock();
        SynonymsFile synonymsFile = new SynonymsFile(file, clock);
        assertThat(synonymsFile.get().groupOf("posyandu")).contains("pos pelayanan terpadu");

        Files.writeString(file, "pustu, puskesmas pembantu\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        clock.advance(3);
        assertThat(synonymsFile.get().groupOf("pustu")).contains("puskesmas pembantu");

        Files.writeString(file, "only-one-word\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(20)));
        clock.advance(3);
        assertThat(synonymsFile.get().groupOf("pustu")).contains("puskesmas pembantu");
    }

    @Test
    void anUnreadableFileStopsTheStartWithTheKey(@TempDir Path dir) {
        assertThatThrownBy(() -> new SynonymsFile(dir.resolve("missing.txt"), Clock.systemUTC()))
                .hasMessageContaining("jembatan.search.synonyms-file");
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2025-01-01T00:00:00Z");

        void advance(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
