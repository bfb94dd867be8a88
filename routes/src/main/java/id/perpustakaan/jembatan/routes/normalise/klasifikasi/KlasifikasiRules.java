package id.perpustakaan.jembatan.routes.normalise.klasifikasi;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import java.util.regex.Pattern;

/**
 * A document's class of public information (UU 14/2008), as the standard of public information services (Perki
 * 1/2021) describes the classes, decided by the first rule that applies:
 * <ol>
 * <li>a source whose documents are exempt keeps them exempt: no word in a document lifts that;</li>
 * <li>a regulation is <em>setiap saat</em>, available on request at any time, even one about disasters;</li>
 * <li>a title about a disaster, an outage or a health alert is <em>serta merta</em>: citizens must learn it at
 * once;</li>
 * <li>a title naming a periodic report (performance, finances, plans, profiles, statistics) is
 * <em>berkala</em>;</li>
 * <li>otherwise the source's class, else <em>setiap saat</em>.</li>
 * </ol>
 * Only the title is read: a report that mentions last year's flood is still a report.
 */
public final class KlasifikasiRules {

    private static final Pattern URGENT = words("bencana", "banjir", "banjir bandang", "longsor", "tanah longsor",
            "gempa", "gempa bumi", "kebakaran", "erupsi", "tsunami", "angin puting beliung", "puting beliung",
            "evakuasi", "tanggap darurat", "siaga darurat", "status darurat", "peringatan dini", "cuaca ekstrem",
            "pemadaman listrik", "pemadaman bergilir", "gangguan listrik", "gangguan air", "gangguan distribusi air",
            "wabah", "kejadian luar biasa", "klb", "keracunan massal", "keracunan", "penutupan jalan",
            "jalan ditutup", "waspada");

    private static final Pattern PERIODIC = words("laporan keuangan", "laporan kinerja", "lakip", "lkjip", "lkpj",
            "lppd", "laporan tahunan", "laporan realisasi", "realisasi anggaran", "apbd", "dpa", "rencana strategis",
            "renstra", "rencana kerja", "renja", "rkpd", "rpjmd", "profil", "statistik", "laporan layanan informasi",
            "laporan penyelenggaraan", "ringkasan program", "daftar informasi publik");

    private KlasifikasiRules() {
    }

    /** @param sourceClass the class the source gives its documents, or null */
    public static Klasifikasi classify(String title, DocumentKind kind, Klasifikasi sourceClass) {
        if (sourceClass == Klasifikasi.DIKECUALIKAN) {
            return Klasifikasi.DIKECUALIKAN;
        }
        String heading = title == null ? "" : title;
        if (kind == DocumentKind.REGULATION) {
            return Klasifikasi.SETIAP_SAAT;
        }
        if (URGENT.matcher(heading).find()) {
            return Klasifikasi.SERTA_MERTA;
        }
        if (PERIODIC.matcher(heading).find()) {
            return Klasifikasi.BERKALA;
        }
        return sourceClass != null ? sourceClass : Klasifikasi.SETIAP_SAAT;
    }

    private static Pattern words(String... words) {
        return Pattern.compile("(?iU)(?<!\\p{L})(?:" + String.join("|", words).replace(" ", "\\s+") + ")(?!\\p{L})");
    }
}
