package id.perpustakaan.jembatan.app.jdihn;

import id.perpustakaan.jembatan.indexer.search.LaterRegulations;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.LibraryTime;
import id.perpustakaan.jembatan.model.Regulation;
import id.perpustakaan.jembatan.model.RegulationStatus;
import id.perpustakaan.jembatan.routes.normalise.regulation.RegulationKinds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A published regulation as a JDIHN record, in the field order and forms of the format's template (every value a
 * string, "-" for what is not known), so that the national network, and any JDIH site's integration, reads the
 * library's regulations as it reads a member's: the full kind ("Peraturan Daerah"), the file's address, the page
 * citizens read it on, and its status as the published regulations show it (revoked by a later one: "Dicabut").
 */
final class JdihnRecords {

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(LibraryTime.ZONE);
    private static final String NONE = "-";

    private final String base;
    private final String place;

    /**
     * @param base  the portal's public address, which the file and page links start with
     * @param place where the regulations are published ({@code tempatTerbit}) when a record does not say
     */
    JdihnRecords(String base, String place) {
        this.base = base;
        this.place = place;
    }

    /** @param cited what the published regulations amend and revoke: a regulation's standing follows from it */
    Map<String, String> of(Document document, LaterRegulations.Cited cited) {
        Regulation regulation = document.regulation() != null ? document.regulation()
                : new Regulation(null, null, null, null, null, null);
        String citation = regulation.citation().orElse(null);
        RegulationStatus standing = RegulationStatus.standing(regulation.status(),
                citation != null && cited.amended().contains(citation),
                citation != null && cited.revoked().contains(citation));
        Map<String, String> record = new LinkedHashMap<>();
        record.put("idData", document.id());
        record.put("tahun_pengundangan", regulation.tahun() == null ? year(regulation) : regulation.tahun().toString());
        record.put("tanggal_penetapan", day(regulation.tanggalPenetapan()));
        record.put("tanggal_pengundangan", day(regulation.tanggalPengundangan()));
        record.put("jenis", regulation.jenis() == null ? NONE
                : RegulationKinds.fullName(regulation.jenis()).orElse(regulation.jenis()));
        record.put("noPeraturan", or(regulation.nomor()));
        record.put("judul", document.title());
        record.put("noPanggil", NONE);
        record.put("singkatanJenis", regulation.singkatanJenis() != null ? regulation.singkatanJenis()
                : regulation.jenis() == null ? NONE : regulation.jenis().toUpperCase(Locale.ROOT));
        record.put("tempatTerbit", place);
        record.put("penerbit", document.agency() == null ? NONE : document.agency().name());
        record.put("deskripsiFisik", document.original() == null || document.original().pages() == null ? NONE
                : document.original().pages() + " hlm");
        record.put("sumber", or(regulation.sumber()));
        record.put("subjek", regulation.subjek().isEmpty() ? NONE : String.join(" - ", regulation.subjek()));
        record.put("isbn", NONE);
        record.put("status", status(standing));
        record.put("bahasa", "en".equals(document.language()) ? "Inggris" : "Indonesia");
        record.put("bidangHukum", or(regulation.bidangHukum()));
        record.put("teuBadan", regulation.teuBadan() != null ? regulation.teuBadan()
                : document.agency() == null ? NONE : document.agency().name());
        record.put("nomorIndukBuku", NONE);
        record.put("abstrak", or(document.summary()));
        record.put("fileDownload", document.original() == null ? NONE : or(document.original().fileName()));
        record.put("urlDownload", document.original() == null ? NONE
                : base + "/api/documents/" + document.id() + "/original");
        record.put("urlDetailPeraturan", base + "/dokumen/" + document.id());
        Instant updated = document.modifiedAt() != null ? document.modifiedAt() : document.harvestedAt();
        record.put("last_updated", updated == null ? NONE : UPDATED.format(updated));
        record.put("operasi", "4");
        record.put("display", "1");
        return record;
    }

    /** The status words of the format; a regulation without one was published as in force. */
    private static String status(RegulationStatus status) {
        if (status == null) {
            return "Berlaku";
        }
        return switch (status) {
            case BERLAKU -> "Berlaku";
            case DIUBAH -> "Diubah";
            case DICABUT -> "Dicabut";
            case TIDAK_BERLAKU -> "Tidak Berlaku";
        };
    }

    private static String year(Regulation regulation) {
        LocalDate day = regulation.effectiveDate();
        return day == null ? NONE : String.valueOf(day.getYear());
    }

    private static String day(LocalDate day) {
        return day == null ? NONE : day.toString();
    }

    private static String or(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
