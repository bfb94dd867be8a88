package id.perpustakaan.jembatan.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Regulation;
import id.perpustakaan.jembatan.model.SourceRef;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchFieldsTest {

    private static final Agency DISKOMINFO = new Agency("diskominfo", "Dinas Komunikasi dan Informatika");
    private static final Agency DISDIK = new Agency("disdik", "Dinas Pendidikan");

    @Test
    void addsStemsAndTheIdsOfMergedSightings() {
        String id = SourceRef.idOf("diskominfo-inbox", "lomba.txt");
        Document document = new Document(id, "diskominfo-inbox", DISKOMINFO, DocumentKind.REGULATION,
                "Undang-Undang tentang Perpustakaan", "Pelayanan perpustakaan", "Layanan bagi pembaca pustaka", null,
                "id", null, null, null, null, Instant.EPOCH, null,
                new Regulation("UU", "43", 2007, "Perpustakaan", List.of(), List.of()), List.of(), "h", 1, null,
                List.of(new SourceRef("diskominfo-inbox", "lomba.txt", null, DISKOMINFO),
                        new SourceRef("disdik-inbox", "lomba-karya-tulis.txt", null, DISDIK)),
                List.of(), null);

        ObjectNode json = SearchFields.of(document);

        assertThat(json.get("title").asText()).isEqualTo("Undang-Undang tentang Perpustakaan");
        assertThat(json.at("/stemmed/title").asText()).isEqualTo("undang undang pustaka pustaka");
        assertThat(json.at("/stemmed/text").asText()).isEqualTo("layan pustaka layan baca pustaka");
        assertThat(json.get("mergedIds")).hasSize(1);
        assertThat(json.get("mergedIds").get(0).asText())
                .isEqualTo(SourceRef.idOf("disdik-inbox", "lomba-karya-tulis.txt"));
        assertThat(json.at("/sources/1/agency/code").asText()).isEqualTo("disdik");
        assertThat(json.get("agencyLabels").toString())
                .isEqualTo("[\"diskominfo Dinas Komunikasi dan Informatika\",\"disdik Dinas Pendidikan\"]");
    }
}
