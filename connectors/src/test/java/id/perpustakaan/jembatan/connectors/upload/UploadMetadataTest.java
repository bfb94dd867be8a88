package id.perpustakaan.jembatan.connectors.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.perpustakaan.jembatan.connectors.sidecar.Sidecar;
import id.perpustakaan.jembatan.model.DeclaredFacts;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadMetadataTest {

    @Test
    void theMetadataBecomesASidecarThePipelineReadsAsTheAgencySentIt() {
        byte[] sidecar = new UploadMetadata(" Keputusan Kepala Dinas ", null, "pengumuman", "2025-12-31",
                List.of("bansos", " ", "PKH, lansia"), "serta-merta").sidecar("SK-1.pdf").orElseThrow();

        DeclaredFacts facts = Sidecar.read("SK-1.pdf.meta.json", sidecar);
        assertThat(facts.title()).isEqualTo("Keputusan Kepala Dinas");
        assertThat(facts.kind()).isEqualTo(DocumentKind.ANNOUNCEMENT);
        assertThat(facts.validUntil()).isEqualTo(Instant.parse("2025-12-31T16:59:59Z"));
        assertThat(facts.tags()).containsExactly("bansos", "PKH", "lansia");
        assertThat(facts.klasifikasi()).isEqualTo(Klasifikasi.SERTA_MERTA);
        assertThat(facts.summary()).isNull();
    }

    @Test
    void noMetadataIsNoSidecar() {
        assertThat(new UploadMetadata(null, " ", null, null, null, null).sidecar("a.pdf")).isEmpty();
    }

    @Test
    void aFieldThePipelineWouldRefuseIsRefusedAtOnceSayingHowToWriteIt() {
        assertThatThrownBy(() -> new UploadMetadata(null, null, "poster", null, null, null).sidecar("a.pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("metadata refused: 'poster' is not a kind: write pengumuman");
        assertThatThrownBy(() -> new UploadMetadata(null, null, null, "31/12/2025", null, null).sidecar("a.pdf"))
                .hasMessageContaining("write it as 2025-12-31");
    }
}
