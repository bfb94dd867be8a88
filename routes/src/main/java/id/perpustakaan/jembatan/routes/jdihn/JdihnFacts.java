package id.perpustakaan.jembatan.routes.jdihn;

import id.perpustakaan.jembatan.connectors.LanguageTags;
import id.perpustakaan.jembatan.connectors.jdihn.JdihnRecord;
import id.perpustakaan.jembatan.model.DeclaredFacts;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.LibraryTime;
import id.perpustakaan.jembatan.model.Regulation;
import id.perpustakaan.jembatan.model.RegulationStatus;
import id.perpustakaan.jembatan.routes.feed.EntryPage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * What a JDIHN record declares, as normalisation takes it: a regulation with the record's fields, its title as a
 * citation is spoken ("Peraturan Daerah Nomor 3 Tahun 2024 tentang …" even when the site's {@code judul} is the
 * subject alone), its abstract, subjects as tags; and, for a record naming no file, its fields as a page.
 */
final class JdihnFacts {

    private static final Pattern NUMBER_WORD = Pattern.compile("(?iU)\\bnomor\\b|\\bno\\.\\s*\\d");
    private static final Pattern ABOUT = Pattern.compile("(?iU)\\btentang\\s+(.+)$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id"));

    private JdihnFacts() {
    }

    static DeclaredFacts of(JdihnRecord record) {
        Regulation regulation = new Regulation(record.jenis() != null ? record.jenis() : record.singkatanJenis(),
                record.nomor(), year(record), tentang(record), List.of(), List.of(), record.tanggalPenetapan(),
                record.tanggalPengundangan(), record.singkatanJenis(), record.sumber(), record.teuBadan(),
                record.bidangHukum(), record.subjek(), RegulationStatus.of(record.status()).orElse(null));
        return new DeclaredFacts(title(record), record.abstractText(), DocumentKind.REGULATION, regulation, null,
                lastUpdated(record).orElse(null), record.subjek());
    }

    /** The site's title when it names the regulation's number; else one built from the record's fields. */
    static String title(JdihnRecord record) {
        String judul = record.judul().strip();
        if (NUMBER_WORD.matcher(judul).find() || record.jenis() == null || record.nomor() == null) {
            return judul;
        }
        Integer year = year(record);
        return record.jenis() + " Nomor " + record.nomor() + (year == null ? "" : " Tahun " + year) + " tentang "
                + judul;
    }

    /** When the site last changed the record; sites write it in the city's time. */
    static Optional<Instant> lastUpdated(JdihnRecord record) {
        return Optional.ofNullable(record.lastUpdated()).map(moment -> moment.atZone(LibraryTime.ZONE).toInstant());
    }

    /** "Indonesia", "Bahasa Indonesia", "Indonesia,English", "id": the first language named. */
    static Optional<String> language(JdihnRecord record) {
        if (record.bahasa() == null) {
            return Optional.empty();
        }
        String first = record.bahasa().split("[,;/]")[0].strip().toLowerCase(Locale.ROOT)
                .replaceFirst("^bahasa\\s+", "");
        return switch (first) {
            case "indonesia", "indonesian" -> Optional.of("id");
            case "inggris", "english" -> Optional.of("en");
            default -> LanguageTags.primary(first);
        };
    }

    /** The record's fields as a page, for a regulation whose file the site does not give. */
    static String page(JdihnRecord record) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Jenis", record.jenis());
        fields.put("Nomor", record.nomor());
        fields.put("Tahun", year(record) == null ? null : String.valueOf(year(record)));
        fields.put("Status", record.status());
        fields.put("Tanggal penetapan", day(record.tanggalPenetapan()));
        fields.put("Tanggal pengundangan", day(record.tanggalPengundangan()));
        fields.put("Sumber", record.sumber());
        fields.put("Tempat terbit", record.tempatTerbit());
        fields.put("Bidang hukum", record.bidangHukum());
        fields.put("Subjek", record.subjek().isEmpty() ? null : String.join(", ", record.subjek()));
        fields.put("T.E.U. badan", record.teuBadan());
        StringBuilder list = new StringBuilder("<dl>");
        fields.forEach((label, value) -> {
            if (value != null) {
                list.append("<dt>").append(label).append("</dt><dd>").append(Entities.escape(value)).append("</dd>");
            }
        });
        list.append("</dl>");
        return EntryPage.html(title(record), EntryPage.fromText(record.abstractText()), list.toString()
                + (record.abstractText() == null ? "" : EntryPage.fromText(record.abstractText())), null,
                record.subjek(), null, language(record).orElse(null));
    }

    /** The year it was promulgated, as given, else the year of its dates. */
    private static Integer year(JdihnRecord record) {
        if (record.tahun() != null) {
            return record.tahun();
        }
        LocalDate day = record.tanggalPengundangan() != null ? record.tanggalPengundangan()
                : record.tanggalPenetapan();
        return day == null ? null : day.getYear();
    }

    /** The subject: what follows "tentang" in a full title, or the title itself when it is the subject alone. */
    private static String tentang(JdihnRecord record) {
        String judul = record.judul().strip();
        if (!NUMBER_WORD.matcher(judul).find()) {
            return judul;
        }
        Matcher about = ABOUT.matcher(judul);
        return about.find() ? about.group(1).strip() : null;
    }

    private static String day(LocalDate day) {
        return day == null ? null : DAY.format(day);
    }
}
