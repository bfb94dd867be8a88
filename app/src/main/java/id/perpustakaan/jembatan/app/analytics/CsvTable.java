package id.perpustakaan.jembatan.app.analytics;

/**
 * A CSV table as RFC 4180 writes it (CRLF, quotes doubled). Queries are what citizens typed: a cell that a
 * spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @} first) is written as text.
 */
public final class CsvTable {

    private final StringBuilder csv = new StringBuilder();

    public CsvTable(String... header) {
        row((Object[]) header);
    }

    public CsvTable row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    @Override
    public String toString() {
        return csv.toString();
    }
}
