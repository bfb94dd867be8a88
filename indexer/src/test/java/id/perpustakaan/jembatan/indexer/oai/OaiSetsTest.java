package id.perpustakaan.jembatan.indexer.oai;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import org.junit.jupiter.api.Test;

class OaiSetsTest {

    @Test
    void specsKeepOnlyWhatTheProtocolAllowsAndNameKindsInIndonesian() {
        assertThat(OaiSets.spec(OaiSets.AGENCY, "Dinas Sosial / P3A")).isEqualTo("instansi:dinas-sosial---p3a");
        assertThat(OaiSets.spec(OaiSets.AGENCY, "disdik_2.0")).isEqualTo("instansi:disdik_2.0");
        assertThat(OaiSets.spec(DocumentKind.PROGRAMME)).isEqualTo("jenis:program");
        assertThat(OaiSets.spec(Klasifikasi.SETIAP_SAAT)).isEqualTo("klasifikasi:setiap-saat");
        assertThat(OaiSets.kindOf("jenis:peraturan")).isEqualTo(DocumentKind.REGULATION);
        assertThat(OaiSets.kindOf("instansi:peraturan")).isNull();
    }

    @Test
    void aDocumentWithoutAgencyOrClassIsInItsKindsSetsOnly() {
        var document = OaiOperationsTest.document("dok-1", null);
        var bare = new id.perpustakaan.jembatan.model.Document(document.id(), null, null, DocumentKind.NEWS,
                "Berita", null, null, null, null, null, null, null, null, null, null, null, null, "h", 1, null,
                null, null, null, null);

        assertThat(OaiSets.of(bare)).containsExactly("jenis", "jenis:berita");
        assertThat(OaiSets.labels(bare)).isEmpty();
        assertThat(OaiSets.of(document)).doesNotContain("klasifikasi");
    }
}
