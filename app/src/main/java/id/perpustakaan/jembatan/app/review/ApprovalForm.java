package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.LibraryTime;
import id.perpustakaan.jembatan.model.Regulation;
import id.perpustakaan.jembatan.model.ReviewEdits;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The approve form of the item page, as posted: the fields a librarian may correct, filled with the harvested
 * values. Only what differs from the harvested revision becomes an edit, so an untouched form approves the revision
 * as harvested and the audit shows no edits.
 *
 * @param validUntil a day (the form's date field); valid until its end in the library's time zone
 * @param tags       comma-separated
 * @param tanggalPenetapan    the day the regulation was signed (the form's date field)
 * @param tanggalPengundangan the day it was promulgated
 */
public record ApprovalForm(Long revision, String title, DocumentKind kind, String tags, LocalDate validUntil,
                           String jenis, String nomor, Integer tahun, String tentang,
                           LocalDate tanggalPenetapan, LocalDate tanggalPengundangan, Klasifikasi klasifikasi) {

    ReviewEdits editsOf(Document harvested) {
        String newTitle = blankToNull(title);
        List<String> newTags = tags == null ? null : Arrays.stream(tags.split(",")).map(String::strip)
                .filter(tag -> !tag.isEmpty()).distinct().toList();
        var newValidUntil = validUntil == null ? null
                : validUntil.plusDays(1).atStartOfDay(LibraryTime.ZONE).toInstant().minusSeconds(1);
        Regulation harvestedRegulation = harvested.regulation();
        Regulation newRegulation = jenis == null && nomor == null && tahun == null && tentang == null
                && tanggalPenetapan == null && tanggalPengundangan == null ? null
                : new Regulation(blankToNull(jenis), blankToNull(nomor), tahun, blankToNull(tentang),
                        harvestedRegulation == null ? List.of() : harvestedRegulation.amends(),
                        harvestedRegulation == null ? List.of() : harvestedRegulation.revokes(),
                        orHarvested(tanggalPenetapan, harvestedRegulation, Regulation::tanggalPenetapan),
                        orHarvested(tanggalPengundangan, harvestedRegulation, Regulation::tanggalPengundangan));
        return new ReviewEdits(
                Objects.equals(newTitle, harvested.title()) ? null : newTitle,
                kind == harvested.kind() ? null : kind,
                newTags == null || newTags.equals(harvested.tags()) ? null : newTags,
                Objects.equals(newValidUntil, harvested.validUntil()) ? null : newValidUntil,
                sameRegulation(newRegulation, harvestedRegulation) ? null : newRegulation,
                klasifikasi == harvested.klasifikasi() ? null : klasifikasi);
    }

    private static boolean sameRegulation(Regulation edited, Regulation harvested) {
        if (edited == null) {
            return true;
        }
        if (harvested == null) {
            return edited.jenis() == null && edited.nomor() == null && edited.tahun() == null
                    && edited.tentang() == null && edited.effectiveDate() == null;
        }
        return edited.equals(harvested);
    }

    /**
     * A date the form left empty keeps the harvested one: a browser without date fields, or a form posted by a
     * page from before the dates were shown, must not erase them.
     */
    private static LocalDate orHarvested(LocalDate edited, Regulation harvested,
                                         Function<Regulation, LocalDate> field) {
        return edited != null || harvested == null ? edited : field.apply(harvested);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
