package id.perpustakaan.jembatan.routes.normalise;

/**
 * Where a row of a table of records is within its source: the file's place, then {@code #record=} and the row's key
 * ({@code inbox/posyandu.xlsx#record=Posyandu Mawar|2026-03-12}). A row is a document of its own, distinct from its
 * neighbours by its key however alike their words; a mirror holds it while it lists its file.
 */
public final class RowLocators {

    static final String SEPARATOR = "#record=";

    private RowLocators() {
    }

    public static String of(String file, String key) {
        return fileOf(file) + SEPARATOR + key;
    }

    public static boolean isRow(String locator) {
        return locator != null && locator.contains(SEPARATOR);
    }

    /** The file's place a row's locator belongs to; any other locator is its own. */
    public static String fileOf(String locator) {
        int at = locator.indexOf(SEPARATOR);
        return at < 0 ? locator : locator.substring(0, at);
    }
}
