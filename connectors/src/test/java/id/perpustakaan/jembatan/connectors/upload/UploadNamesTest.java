package id.perpustakaan.jembatan.connectors.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UploadNamesTest {

    @Test
    void theFileIsTheKeyWithTheExtensionItWasSentWith() {
        assertThat(UploadNames.fileName("SK-2025-014", "Keputusan Kepala Dinas.PDF")).isEqualTo("SK-2025-014.pdf");
        assertThat(UploadNames.fileName("SK-2025-014", "laporan.docx")).isEqualTo("SK-2025-014.docx");
    }

    @Test
    void aReplacementInAnotherFormatIsStillTheSameKey() {
        assertThat(UploadNames.keyOf(UploadNames.fileName("sk.2025.014", "a.pdf")))
                .isEqualTo(UploadNames.keyOf(UploadNames.fileName("sk.2025.014", "b.odt")))
                .isEqualTo("sk.2025.014");
    }

    @Test
    void aFileWithoutAUsableExtensionIsKeptAsBinaryForTikaToRecognise() {
        assertThat(UploadNames.fileName("k1", null)).isEqualTo("k1.bin");
        assertThat(UploadNames.fileName("k1", "scan")).isEqualTo("k1.bin");
        assertThat(UploadNames.fileName("k1", "scan.p df")).isEqualTo("k1.bin");
        assertThat(UploadNames.keyOf("k1.bin")).isEqualTo("k1");
    }

    @Test
    void aTemporaryFileIsRefusedBecauseTheInboxWouldNeverTakeIt() {
        assertThatThrownBy(() -> UploadNames.fileName("k1", "draft.tmp"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("temporary");
        assertThatThrownBy(() -> UploadNames.fileName("k1", "unduhan.crdownload"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void externalIdsThatAPathOrTheListingCouldMisreadAreRefusedWithHowToWriteThem() {
        assertThat(UploadNames.key("SK_2025-014.rev2")).isEqualTo("SK_2025-014.rev2");
        for (String bad : new String[] {"../etc/passwd", "a/b", ".hidden", "-x", "sk 1", "akhir.", "laporan.meta",
                "x".repeat(101), "", "sk*"}) {
            assertThatThrownBy(() -> UploadNames.key(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e.g. 'SK-2025-014'");
        }
    }

    @Test
    void generatedUploadIdsAreKeysOfTheirOwn() {
        String first = UploadNames.newUploadId();
        assertThat(UploadNames.key(first)).startsWith("upload-");
        assertThat(UploadNames.newUploadId()).isNotEqualTo(first);
    }
}
