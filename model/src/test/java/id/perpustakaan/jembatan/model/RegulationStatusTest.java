package id.perpustakaan.jembatan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The status words JDIH sites were seen to write, each with the status it means. */
class RegulationStatusTest {

    @Test
    void everyWordSeenOnJdihSitesMapsToOneStatus() {
        Map<String, RegulationStatus> seen = Map.ofEntries(
                Map.entry("Berlaku", RegulationStatus.BERLAKU),
                Map.entry("BERLAKU", RegulationStatus.BERLAKU),
                Map.entry("berlaku", RegulationStatus.BERLAKU),
                Map.entry("Masih Berlaku", RegulationStatus.BERLAKU),
                Map.entry("MASIH BERLAKU", RegulationStatus.BERLAKU),
                Map.entry("Aktif", RegulationStatus.BERLAKU),
                Map.entry("tetap", RegulationStatus.BERLAKU),
                Map.entry("Tidak Berlaku", RegulationStatus.TIDAK_BERLAKU),
                Map.entry("TIDAK BERLAKU", RegulationStatus.TIDAK_BERLAKU),
                Map.entry("tidak_berlaku", RegulationStatus.TIDAK_BERLAKU),
                Map.entry("Belum Berlaku", RegulationStatus.TIDAK_BERLAKU),
                Map.entry("Dicabut", RegulationStatus.DICABUT),
                Map.entry("DICABUT", RegulationStatus.DICABUT),
                Map.entry("Diubah", RegulationStatus.DIUBAH),
                Map.entry("Mengalami Perubahan", RegulationStatus.DIUBAH),
                Map.entry("PERUBAHAN", RegulationStatus.DIUBAH));

        seen.forEach((word, status) -> assertThat(RegulationStatus.of(word)).as(word).contains(status));
    }

    @Test
    void wordsThatNameNoStatusGiveNone() {
        for (String word : new String[] {null, "", "-", "Indonesia",
                "Mencabut : <a href='http://jdih.example.go.id/lihat/PER-01'>PER-01</a><br>"}) {
            assertThat(RegulationStatus.of(word)).as(String.valueOf(word)).isEqualTo(Optional.empty());
        }
    }
}
