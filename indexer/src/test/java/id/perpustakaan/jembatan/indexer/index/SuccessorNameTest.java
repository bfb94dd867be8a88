package id.perpustakaan.jembatan.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two instances asked to rebuild the same live index name the same new one, so only one of them can create it. */
class SuccessorNameTest {

    @Test
    void theSameLiveIndexHasOneSuccessorAndEachRebuildANewOne() {
        String first = IndexSetup.successorName("jembatan-public", 3, Optional.of("jembatan-public-v3"));
        assertThat(IndexSetup.successorName("jembatan-public", 3, Optional.of("jembatan-public-v3")))
                .isEqualTo(first).startsWith("jembatan-public-v3-r");
        String second = IndexSetup.successorName("jembatan-public", 3, Optional.of(first));
        assertThat(second).isNotEqualTo(first).hasSameSizeAs(first);
        assertThat(IndexSetup.successorName("jembatan-public", 3, Optional.of(second))).isNotIn(first, second);
    }

    @Test
    void aNewerTemplateOrNoLiveIndexNamesItsOwn() {
        assertThat(IndexSetup.successorName("jembatan-inbox", 4, Optional.of("jembatan-inbox-v3")))
                .startsWith("jembatan-inbox-v4-r");
        assertThat(IndexSetup.successorName("jembatan-inbox", 4, Optional.empty())).isEqualTo("jembatan-inbox-v4-r0");
    }
}
