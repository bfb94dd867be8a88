package id.perpustakaan.jembatan.model;

import java.util.List;

/**
 * The legal identity of a regulation: {@code jenis} (Perda, Perwako, SK Wali Kota…), {@code nomor}, {@code tahun},
 * {@code tentang}, and the regulations it amends or revokes (as citations, e.g. "Perda 3/2019").
 */
public record Regulation(String jenis, String nomor, Integer tahun, String tentang,
                         List<String> amends, List<String> revokes) {

    public Regulation {
        amends = amends == null ? List.of() : List.copyOf(amends);
        revokes = revokes == null ? List.of() : List.copyOf(revokes);
    }
}
