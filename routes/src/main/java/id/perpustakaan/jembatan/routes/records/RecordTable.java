package id.perpustakaan.jembatan.routes.records;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.RawContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A file's table of records: its columns and its rows, each row with the number a person finds it by (the
 * spreadsheet's row number, the CSV's line, the JSON array's position counted from 1). Empty rows are skipped;
 * a value is the text a person sees in the cell, dates of a spreadsheet written {@code yyyy-MM-dd[ HH:mm]} so that
 * no locale's order of day and month can confuse them.
 *
 * @param columns the header's names, in order
 * @param rows    the records, with their values by column (empty cells left out)
 */
public record RecordTable(List<String> columns, List<Record> rows) {

    /** A row of the table. */
    public record Record(int number, Map<String, String> values) {

        public Record {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** The most rows a file may have: each is a document, and a runaway export must not flood the review desk. */
    static final int MAX_ROWS = 10_000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public RecordTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Reads the file by its name's extension; a file that is no table is refused with what to change. */
    public static RecordTable read(RawContent raw, RecordMapping mapping) throws IOException {
        String name = raw.fileName() == null ? "" : raw.fileName().toLowerCase(Locale.ROOT);
        try (InputStream in = raw.body().open()) {
            if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
                return csv(in);
            }
            if (name.endsWith(".json")) {
                return json(in, mapping.jsonPointer());
            }
            if (name.endsWith(".ods")) {
                return OpenDocumentSheets.read(in, mapping.sheet());
            }
            return workbook(in, mapping.sheet());
        }
    }

    static RecordTable csv(InputStream in) throws IOException {
        byte[] bytes = BOMInputStream.builder().setInputStream(in).get().readAllBytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        char delimiter = delimiter(firstLine);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_EMPTY).get();
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = format.parse(reader)) {
            List<String> columns = parser.getHeaderNames();
            List<Record> rows = new ArrayList<>();
            Lines lines = new Lines(text);
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(columns.size(), record.size()); i++) {
                    put(values, columns.get(i), record.get(i));
                }
                // the line it starts on, as an editor shows it: blank lines and quoted line breaks count
                add(rows, new Record(lines.at(record.getCharacterPosition()), values));
            }
            return new RecordTable(columns, rows);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new ContentRejectedException("records", "not a readable CSV table: " + e.getMessage());
        }
    }

    /** Counts lines as the records go by: each record starts further into the text than the one before. */
    private static final class Lines {
        private final String text;
        private int position;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        int at(long offset) {
            for (; position < Math.min(offset, text.length()); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            // the parser's position is where it began to look: blank lines it skipped come before the record
            for (; position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r');
                 position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    /** The separator the header uses most: a comma, or the semicolon of spreadsheets set to Indonesian, or a tab. */
    private static char delimiter(String header) {
        char best = ',';
        long most = -1;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    static RecordTable workbook(InputStream in, String sheetName) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                workbook.forEach(each -> names.add(each.getSheetName()));
                throw new ContentRejectedException("records", "the workbook has no sheet '" + sheetName + "' (records-sheet); its sheets: "
                        + String.join(", ", names));
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> columns = null;
            List<Record> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(text(row.getCell(i), formatter));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (columns == null) {
                    columns = cells.stream().map(String::strip).toList();
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(columns.size(), cells.size()); i++) {
                    put(values, columns.get(i), cells.get(i));
                }
                add(rows, new Record(row.getRowNum() + 1, values));
            }
            return new RecordTable(columns == null ? List.of() : columns, rows);
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new ContentRejectedException("records", "the workbook is encrypted (password required)");
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw new ContentRejectedException("records", "not a workbook POI can read: " + e.getMessage());
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime value = cell.getLocalDateTimeCellValue();
            return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? value.format(DAY) : value.format(MINUTE);
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> cell.getCellType() == CellType.FORMULA
                    ? formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString())
                    : formatter.formatCellValue(cell);
            default -> "";
        };
    }

    static RecordTable json(InputStream in, String pointer) throws IOException {
        JsonNode root;
        try {
            root = JembatanJson.mapper().readTree(in);
        } catch (JacksonException e) {
            throw new ContentRejectedException("records", "not JSON: " + e.getOriginalMessage());
        }
        JsonNode records = pointer != null ? root.at(pointer) : root.isArray() ? root : root.path("data");
        if (!records.isArray()) {
            throw new ContentRejectedException("records", "no array of records at " + (pointer != null ? pointer + " (records-json-pointer)"
                    : "the top of the file or its \"data\"") + "; set records-json-pointer to where they are");
        }
        List<String> columns = new ArrayList<>();
        List<Record> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode item : records) {
            number++;
            Map<String, String> values = new LinkedHashMap<>();
            flatten("", item, values);
            values.keySet().stream().filter(column -> !columns.contains(column)).forEach(columns::add);
            add(rows, new Record(number, values));
        }
        return new RecordTable(columns, rows);
    }

    /** Nested objects become {@code a.b}; a list of plain values one text, joined by commas. */
    private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), values);
            }
        } else if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(part -> parts.add(part.isValueNode() ? part.asText() : part.toString()));
            put(values, prefix, String.join(", ", parts));
        } else if (!node.isNull() && !prefix.isEmpty()) {
            put(values, prefix, node.asText());
        }
    }

    private static void put(Map<String, String> values, String column, String value) {
        if (column != null && !column.isBlank() && value != null && !value.isBlank()) {
            values.putIfAbsent(column.strip(), value.strip());
        }
    }

    private static void add(List<Record> rows, Record record) {
        if (record.values().isEmpty()) {
            return;
        }
        if (rows.size() == MAX_ROWS) {
            throw new ContentRejectedException("records", "more than " + MAX_ROWS + " records in one file; split it into smaller files");
        }
        rows.add(record);
    }
}
