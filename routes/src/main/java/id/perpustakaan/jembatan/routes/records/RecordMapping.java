package id.perpustakaan.jembatan.routes.records;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.SourceDefinition;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a source's tables become one document per row: which column is the title, the date, the place… read from the
 * source's {@code records-*} options. A source without {@code records-title} has none, and its spreadsheets stay
 * one document each. A source of kind {@code event} (its {@code default-kind}) makes each row an event on the
 * row's date ({@code records-date}, needed), at its hours ({@code records-time}) until {@code records-end}, at
 * {@code records-place} and {@code records-address}, held by {@code records-organiser} (else the source's agency),
 * with {@code records-registration}, {@code records-capacity} and {@code records-status} ("batal" calls it off).
 *
 * @param fields      the role of each mapped column, by role (title first), with the column's name as configured
 * @param key         the columns that tell one row from another across drops of the file; the title unless set
 * @param sheet       the sheet of a workbook to read, or null for the first
 * @param jsonPointer where a JSON file keeps its array of records, or null for the whole file or its {@code data}
 * @param files       which of the source's files are tables of records, as globs of their names
 */
public record RecordMapping(Map<Field, String> fields, List<String> key, String sheet, String jsonPointer,
                            List<String> files) {

    /** What a column can mean to citizens; each is the option {@code records-<name>}. */
    public enum Field {
        TITLE("Nama"), DATE("Tanggal"), TIME("Waktu"), END("Sampai"), PLACE("Tempat"), ADDRESS("Alamat"),
        KELURAHAN("Kelurahan"), KECAMATAN("Kecamatan"), ORGANISER("Penyelenggara"), DEADLINE("Batas pendaftaran"),
        REGISTRATION("Pendaftaran"), CAPACITY("Kuota"), STATUS("Status"), ELIGIBILITY("Syarat"), TARGET("Sasaran"),
        DESCRIPTION("Keterangan"), CONTACT("Kontak");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        /** The option naming the column, e.g. {@code records-kelurahan}. */
        public String option() {
            return "records-" + name().toLowerCase(Locale.ROOT);
        }

        /** How the page names it when the column's own name is not for people. */
        public String label() {
            return label;
        }
    }

    static final List<String> DEFAULT_FILES = List.of("*.csv", "*.xlsx", "*.xls", "*.ods", "*.json");

    public RecordMapping {
        EnumMap<Field, String> ordered = new EnumMap<>(Field.class);
        ordered.putAll(fields);
        fields = Collections.unmodifiableMap(ordered);
        key = List.copyOf(key);
        files = List.copyOf(files);
    }

    /** The source's mapping, when it sets {@code records-title}. */
    public static Optional<RecordMapping> of(SourceDefinition source) {
        String title = source.options().get(Field.TITLE.option());
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        Map<Field, String> fields = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            String column = source.options().get(field.option());
            if (column != null && !column.isBlank()) {
                fields.put(field, column.strip());
            }
        }
        List<String> key = list(source.options().get("records-key"));
        List<String> files = list(source.options().get("records-files"));
        String sheet = source.options().get("records-sheet");
        String pointer = source.options().get("records-json-pointer");
        if (pointer != null && !pointer.isBlank() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException("source '" + source.id() + "': records-json-pointer '" + pointer
                    + "' must start with '/', e.g. /data");
        }
        if (source.defaultKind() == DocumentKind.EVENT && !fields.containsKey(Field.DATE)) {
            throw new IllegalArgumentException("source '" + source.id() + "' makes events of its rows but sets no"
                    + " records-date: name the column with each event's date");
        }
        return Optional.of(new RecordMapping(fields, key.isEmpty() ? List.of(title.strip()) : key,
                sheet == null || sheet.isBlank() ? null : sheet.strip(),
                pointer == null || pointer.isBlank() ? null : pointer.strip(), files.isEmpty() ? DEFAULT_FILES : files));
    }

    /** Whether a file of this name is a table of records. */
    public boolean covers(String fileName) {
        if (fileName == null) {
            return false;
        }
        Path name = Path.of(fileName.toLowerCase(Locale.ROOT)).getFileName();
        return files.stream().anyMatch(glob -> matcher(glob).matches(name));
    }

    private static PathMatcher matcher(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob.strip().toLowerCase(Locale.ROOT));
    }

    private static List<String> list(String option) {
        return option == null ? List.of() : Arrays.stream(option.split(",")).map(String::strip)
                .filter(value -> !value.isEmpty()).toList();
    }
}
