package id.perpustakaan.jembatan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The legal identity of a regulation: {@code jenis} (Perda, Perwako, SK Wali Kota…), {@code nomor}, {@code tahun},
 * {@code tentang}, the regulations it amends or revokes (as citations, e.g. "Perda 3/2019"), and its two dates as
 * calendar days in WIB: {@code tanggalPenetapan}, the day it was signed ("Ditetapkan di … pada tanggal …",
 * "Disahkan di …"), and {@code tanggalPengundangan}, the day it was promulgated ("Diundangkan di … pada tanggal
 * …"), from which it binds everyone.
 *
 * <p>What a JDIH catalogue adds (JDIHN's fields), null when no catalogue said it:
 *
 * @param singkatanJenis the kind's short form as the catalogue writes it ("PERDA", "Perwako")
 * @param sumber         where it was promulgated, e.g. "Berita Daerah Kota Sawahlunto Tahun 2024 Nomor 12"
 * @param teuBadan       the issuing body as catalogued (T.E.U. badan), e.g. "Sawahlunto"
 * @param bidangHukum    the field of law, e.g. "Hukum Administrasi Negara"
 * @param subjek         its subjects
 * @param status         whether it is in force, as its catalogue says
 */
public record Regulation(String jenis, String nomor, Integer tahun, String tentang,
                         List<String> amends, List<String> revokes,
                         LocalDate tanggalPenetapan, LocalDate tanggalPengundangan,
                         String singkatanJenis, String sumber, String teuBadan, String bidangHukum,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> subjek,
                         RegulationStatus status) {

    public Regulation {
        amends = amends == null ? List.of() : List.copyOf(amends);
        revokes = revokes == null ? List.of() : List.copyOf(revokes);
        subjek = subjek == null ? List.of() : List.copyOf(subjek);
    }

    /** A regulation as its text tells it, without a catalogue's fields. */
    public Regulation(String jenis, String nomor, Integer tahun, String tentang,
                      List<String> amends, List<String> revokes,
                      LocalDate tanggalPenetapan, LocalDate tanggalPengundangan) {
        this(jenis, nomor, tahun, tentang, amends, revokes, tanggalPenetapan, tanggalPengundangan,
                null, null, null, null, null, null);
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

    /**
     * How other regulations cite this one, as their amendments and revocations are read ("Perda 3/2019"; a number
     * that already ends in its year is not given it twice); empty without a kind and a number.
     */
    public Optional<String> citation() {
        if (jenis == null || nomor == null) {
            return Optional.empty();
        }
        String cited = jenis + " " + nomor;
        return Optional.of(tahun == null || nomor.endsWith("/" + tahun) ? cited : cited + "/" + tahun);
    }

    /**
     * This regulation as a catalogue declared it, with what the catalogue left empty taken from {@code read} (its
     * text): the catalogue's fields win, the text adds the regulations it amends and revokes; but the kind is the
     * short form read ("Perda"), which every regulation carries, rather than the catalogue's name for it.
     */
    public Regulation declaredOver(Regulation read) {
        if (read == null) {
            return this;
        }
        return new Regulation(or(read.jenis, jenis), or(nomor, read.nomor), or(tahun, read.tahun),
                or(tentang, read.tentang), amends.isEmpty() ? read.amends : amends,
                revokes.isEmpty() ? read.revokes : revokes, or(tanggalPenetapan, read.tanggalPenetapan),
                or(tanggalPengundangan, read.tanggalPengundangan), or(singkatanJenis, read.singkatanJenis),
                or(sumber, read.sumber), or(teuBadan, read.teuBadan), or(bidangHukum, read.bidangHukum),
                subjek.isEmpty() ? read.subjek : subjek, or(status, read.status));
    }

    private static <T> T or(T declared, T read) {
        return declared != null ? declared : read;
    }
}
