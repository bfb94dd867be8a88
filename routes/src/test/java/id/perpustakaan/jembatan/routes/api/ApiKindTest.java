package id.perpustakaan.jembatan.routes.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewPolicy;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiKindTest {

    @Test
    void anApiIsTakenRecordByRecordSoItNeedsItsAddressAndTheTitleOfARecord() {
        assertThat(new ApiKind().check(source("ftp://dinkes.example.go.id/jadwal", Map.of()), 2)).containsExactly(
                "source 'dinkes-api' (jembatan.sources[2].url) 'ftp://dinkes.example.go.id/jadwal' is not an http(s)"
                        + " address: set the API's address, e.g."
                        + " 'https://dinkes.sawahluntokota.go.id/api/jadwal-posyandu'",
                "source 'dinkes-api' (jembatan.sources[2].options.records-title) is missing: name the field of each"
                        + " record's title: an API's answer is taken record by record");
        assertThat(new ApiKind().check(source("https://dinkes.example.go.id/api/jadwal",
                Map.of("records-title", "nama_kegiatan", "records-date", "tanggal")), 0)).isEmpty();
    }

    private static SourceDefinition source(String url, Map<String, String> options) {
        return new SourceDefinition("dinkes-api", new Agency("dinkes", "Dinas Kesehatan"), ApiKind.KIND, url,
                Duration.ofMinutes(5), ReviewPolicy.AUTO, DocumentKind.EVENT, options, null);
    }
}
