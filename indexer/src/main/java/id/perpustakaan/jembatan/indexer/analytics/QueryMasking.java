package id.perpustakaan.jembatan.indexer.analytics;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What of a query may be kept for the library's evaluation. Citizens sometimes type their NIK, a phone number or an
 * e-mail address into a search box; those are replaced by a placeholder before anything is written. Years,
 * regulation numbers and other short numbers stay.
 */
final class QueryMasking {

    static final int MAX_LENGTH = 200;
    /** eight digits or more, allowing the spaces, dots and dashes people type in phone numbers and NIKs */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\+?\\d(?:[\\s.\\-]?\\d){7,}");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}.\\-]+\\.\\p{L}{2,}");

    private QueryMasking() {
    }

    static String mask(String query) {
        if (query == null) {
            return "";
        }
        String masked = EMAIL.matcher(query).replaceAll("[email]");
        masked = LONG_NUMBER.matcher(masked).replaceAll("[nomor]");
        masked = masked.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return masked.length() <= MAX_LENGTH ? masked : masked.substring(0, MAX_LENGTH);
    }
}
