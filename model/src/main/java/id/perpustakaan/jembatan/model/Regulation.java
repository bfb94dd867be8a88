package id.perpustakaan.jembatan.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The legal identity of a regulation: {@code jenis} (Perda, Perwako, SK Wali Kota…), {@code nomor}, {@code tahun},
 * {@code tentang}, the regulations it amends or revokes (as citations, e.g. "Perda 3/2019"), and its two dates as
 * calendar days in WIB: {@code tanggalPenetapan}, the day it was signed ("Ditetapkan di … pada tanggal …",
 * "Disahkan di …"), and {@code tanggalPengundangan}, the day it was promulgated ("Diundangkan di … pada tanggal
 * …"), from which it binds everyone.
 */
public record Regulation(String jenis, String nomor, Integer tahun, String tentang,
                         List<String> amends, List<String> revokes,
                         LocalDate tanggalPenetapan, LocalDate tanggalPengundangan) {

    public Regulation {
        amends = amends == null ? List.of() : List.copyOf(amends);
        revokes = revokes == null ? List.of() : List.copyOf(revokes);
    }

    /** A regulation whose dates are not known. */
    public Regulation(String jenis, String nomor, Integer tahun, String tentang,
                      List<String> amends, List<String> revokes) {
        this(jenis, nomor, tahun, tentang, amends, revokes, null, null);
    }

    /** The day it takes effect for the public record: promulgation, else signing; {@code null} when neither. */
    public LocalDate effectiveDate() {
        return tanggalPengundangan != null ? tanggalPengundangan : tanggalPenetapan;
    }
}
