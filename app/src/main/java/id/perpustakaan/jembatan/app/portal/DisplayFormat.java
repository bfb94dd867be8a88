package id.perpustakaan.jembatan.app.portal;

import id.perpustakaan.jembatan.model.LibraryTime;
import id.perpustakaan.jembatan.model.OriginalFile;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and file sizes as a reader of the page's language writes them. */
final class DisplayFormat {

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter shortDate;

    DisplayFormat(Locale locale) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(LibraryTime.ZONE);
        this.shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    Locale locale() {
        return locale;
    }

    /** "3 Maret 2025" / "March 3, 2025"; empty without a date. */
    String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    /** A calendar day: "3 Maret 2025" / "March 3, 2025". */
    String date(LocalDate day) {
        return date.format(day);
    }

    /** A day where space is short (a result's deadline): "31 Jan 2027" / "Jan 31, 2027". */
    String shortDate(LocalDate day) {
        return shortDate.format(day);
    }

    /**
     * The {@code lang} to mark content with when it is not in the page's language ("id" on an English page), so a
     * screen reader reads it with the right voice; {@code null} (no attribute) when it is. Content of unknown language
     * is taken as Indonesian, the language agencies publish in.
     */
    String contentLanguage(String language) {
        String tag = language == null || language.isBlank() ? "id" : language.strip().toLowerCase(Locale.ROOT);
        return tag.equals(locale.getLanguage()) ? null : tag;
    }

    /** The machine-readable form for {@code <time datetime>}. */
    static String isoDate(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.withZone(LibraryTime.ZONE).format(instant);
    }

    /** "PDF, 1,2 MB": what kind of file, and whether it is worth downloading on a phone. */
    String file(OriginalFile original) {
        return original == null ? "" : file(original.fileName(), original.size());
    }

    String file(String fileName, Long size) {
        String type = fileType(fileName);
        String bytes = size == null ? "" : size(size);
        return type.isEmpty() ? bytes : bytes.isEmpty() ? type : type + ", " + bytes;
    }

    private String size(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return number.format(bytes) + " B";
        }
        if (bytes < 1024 * 1024) {
            return number.format(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
        }
        return number.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    private static String fileType(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1);
        return extension.length() > 5 ? "" : extension.toUpperCase(Locale.ROOT);
    }
}
