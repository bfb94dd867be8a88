package id.perpustakaan.jembatan.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a regulation is in force, in the one vocabulary Jembatan keeps: JDIH sites write "Berlaku", "Masih
 * Berlaku", "Aktif", "Tidak Berlaku", "Dicabut", "Mengalami Perubahan"… in any case.
 */
public enum RegulationStatus {

    /** In force ("Berlaku", "Masih Berlaku", "Aktif", "Tetap"). */
    BERLAKU,
    /** In force as amended by a later regulation ("Diubah", "Mengalami Perubahan", "Perubahan"). */
    DIUBAH,
    /** Revoked by a later regulation ("Dicabut"). */
    DICABUT,
    /** No longer, or not yet, in force for another reason ("Tidak Berlaku", "Belum Berlaku"). */
    TIDAK_BERLAKU;

    /**
     * The status as what is published shows it: revoked or amended by a later regulation that is published, else as
     * its catalogue said (which may be nothing).
     */
    public static RegulationStatus standing(RegulationStatus catalogued, boolean amended, boolean revoked) {
        if (revoked) {
            return DICABUT;
        }
        if (amended && (catalogued == null || catalogued == BERLAKU)) {
            return DIUBAH;
        }
        return catalogued;
    }

    /** The status a site's word names; empty for words that name none (an empty field, "-", a language). */
    public static Optional<RegulationStatus> of(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String folded = word.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
        if (folded.contains("dicabut")) {
            return Optional.of(DICABUT);
        }
        if (folded.startsWith("tidak") || folded.startsWith("belum")) {
            return Optional.of(TIDAK_BERLAKU);
        }
        if (folded.contains("diubah") || folded.contains("perubahan")) {
            return Optional.of(DIUBAH);
        }
        return switch (folded) {
            case "berlaku", "masih berlaku", "aktif", "tetap" -> Optional.of(BERLAKU);
            default -> Optional.empty();
        };
    }
}
