package id.perpustakaan.jembatan.routes.records;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.model.DeclaredFacts;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.normalise.RowLocators;
import id.perpustakaan.jembatan.routes.normalise.dates.DateMention;
import id.perpustakaan.jembatan.routes.normalise.dates.IndonesianDates;
import id.perpustakaan.jembatan.routes.records.RecordMapping.Field;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;

/**
 * Each row of a table of records as the page citizens find: its title, every column with its value, the file it
 * came from, with the catalogue's facts declared — a programme (unless the source names another
 * kind), the kelurahan, kecamatan and target group as tags, the registration deadline as the end of its validity;
 * or, for a source of events, the event of the row ({@link RowEvents}).
 * A row is its own document, under the file's place and the row's key, so that the next drop of the file changes
 * just the rows that changed. A row that does not fit the mapping is refused alone, with its number.
 */
final class RecordPages {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** A row made into a page, or refused. */
    sealed interface Outcome permits Page, Refusal {
    }

    /** @param raw the row's page, ready for normalisation */
    record Page(int row, String key, RawContent raw) implements Outcome {
    }

    /** @param key the row's key, or null when its key columns are empty */
    record Refusal(int row, String key, String reason) implements Outcome {
    }

    private RecordPages() {
    }

    static List<Outcome> of(RawContent file, RecordTable table, RecordMapping mapping, SourceDefinition source,
                            ZonedDateTime now) {
        Map<String, String> columns = columnsByName(table);
        List<String> missing = new ArrayList<>();
        Map<Field, String> fields = new LinkedHashMap<>();
        mapping.fields().forEach((field, column) -> fields.put(field, find(columns, column, field.option(), missing)));
        List<String> key = mapping.key().stream().map(column -> find(columns, column, "records-key", missing))
                .toList();
        if (!missing.isEmpty()) {
            throw new ContentRejectedException("records", "the table has no column " + String.join(", ",
                    missing.stream().distinct().toList()) + "; its columns are: " + String.join(", ", table.columns()));
        }
        if (table.rows().isEmpty()) {
            throw new ContentRejectedException("records", "the table has no rows under its header: nothing was taken"
                    + " or withdrawn; to take its documents away, a librarian withdraws them");
        }
        DocumentKind kind = source.defaultKind() == DocumentKind.OTHER ? DocumentKind.PROGRAMME : source.defaultKind();

        List<Outcome> outcomes = new ArrayList<>();
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        for (RecordTable.Record record : table.rows()) {
            Map<String, String> values = record.values();
            String rowKey = key.stream().map(column -> values.getOrDefault(column, "")).collect(Collectors.joining("|"));
            boolean keyed = key.stream().anyMatch(values::containsKey);
            String title = values.get(fields.get(Field.TITLE));
            if (title == null) {
                outcomes.add(new Refusal(record.number(), keyed ? rowKey : null, "row " + record.number()
                        + ": no title: the column '" + fields.get(Field.TITLE) + "' (records-title) is empty"));
                continue;
            }
            Integer earlier = firstRowOfKey.putIfAbsent(rowKey, record.number());
            if (earlier != null) {
                outcomes.add(new Refusal(record.number(), rowKey, "row " + record.number() + " has the same key as"
                        + " row " + earlier + " ('" + rowKey + "' in " + String.join(", ", key) + ", records-key):"
                        + " give each row its own, or name more columns in records-key"));
                continue;
            }
            RowDates dates = RowDates.of(record, fields, now, kind == DocumentKind.EVENT);
            if (dates.refusal() != null) {
                outcomes.add(new Refusal(record.number(), rowKey, dates.refusal()));
                continue;
            }
            Event event = kind == DocumentKind.EVENT ? RowEvents.of(record, fields, dates, source) : null;
            outcomes.add(new Page(record.number(), rowKey, page(file, table, record, fields, title, rowKey, kind,
                    dates.deadline(), event)));
        }
        return outcomes;
    }

    private static RawContent page(RawContent file, RecordTable table, RecordTable.Record record,
                                   Map<Field, String> fields, String title, String rowKey, DocumentKind kind,
                                   Instant deadline, Event event) {
        Map<String, String> values = record.values();
        List<String> tags = new ArrayList<>();
        for (Field field : List.of(Field.KELURAHAN, Field.KECAMATAN, Field.TARGET)) {
            String value = fields.containsKey(field) ? values.get(fields.get(field)) : null;
            if (value != null) {
                tags.add(value);
            }
        }
        String description = fields.containsKey(Field.DESCRIPTION) ? values.get(fields.get(Field.DESCRIPTION)) : null;
        String html = html(file, table, record, title, description);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        DeclaredFacts facts = new DeclaredFacts(title, description != null ? description : summary(values, fields),
                kind, null, null, null, tags, null, null, event == null ? deadline : null, null, event);
        return new RawContent(file.sourceId(), RowLocators.of(file.locator(), rowKey), file.fileName(),
                "text/html", bytes.length, Sha256.of(bytes), file.url(), file.fetchedAt(), file.lastModified(), null,
                file.connector() + "+records", () -> new ByteArrayInputStream(bytes), "id", facts);
    }

    /** "12 Maret 2026 · Posyandu Mawar · Kelurahan Saringan": the mapped facts in a line. */
    private static String summary(Map<String, String> values, Map<Field, String> fields) {
        List<String> parts = new ArrayList<>();
        for (Field field : List.of(Field.DATE, Field.TIME, Field.PLACE, Field.KELURAHAN, Field.KECAMATAN,
                Field.DEADLINE)) {
            String value = fields.containsKey(field) ? values.get(fields.get(field)) : null;
            if (value != null) {
                parts.add(field == Field.KELURAHAN || field == Field.KECAMATAN || field == Field.DEADLINE
                        ? field.label() + " " + value : value);
            }
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    private static String html(RawContent file, RecordTable table, RecordTable.Record record, String title,
                               String description) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>")
                .append(Entities.escape(title)).append("</title></head><body><article><h1>")
                .append(Entities.escape(title)).append("</h1>");
        if (description != null) {
            page.append("<p>").append(Entities.escape(description)).append("</p>");
        }
        page.append("<dl>");
        for (String column : table.columns()) {
            String value = record.values().get(column);
            if (value != null) {
                page.append("<dt>").append(Entities.escape(column)).append("</dt><dd>").append(Entities.escape(value))
                        .append("</dd>");
            }
        }
        // the file's name, not the row's number: a row removed above it would change every page below it
        page.append("</dl><p>Sumber: ").append(Entities.escape(file.fileName() == null ? file.locator()
                : file.fileName())).append("</p></article></body></html>");
        return page.toString();
    }

    /**
     * A row's dates, each read once: the deadline as the end of its day in WIB (or its moment, when it has a time);
     * for an event, its date (needed) and the date it lasts until; or why the row is refused.
     */
    record RowDates(String refusal, Instant deadline, DateMention date, DateMention until) {

        static RowDates of(RecordTable.Record record, Map<Field, String> fields, ZonedDateTime now, boolean event) {
            Map<Field, DateMention> read = new EnumMap<>(Field.class);
            for (Field field : List.of(Field.DATE, Field.END, Field.DEADLINE)) {
                String column = fields.get(field);
                String value = column == null ? null : record.values().get(column);
                if (value == null) {
                    if (event && field == Field.DATE) {
                        return refused("row " + record.number() + ": no date: the column '" + column
                                + "' (records-date) says when the event is; it is empty");
                    }
                    continue;
                }
                Optional<DateMention> mention = IndonesianDates.parse(value, now);
                if (mention.isEmpty()) {
                    return refused("row " + record.number() + ": '" + value + "' in the column '" + column
                            + "' (" + field.option() + ") is not a date; write it as 31-12-2026, 2026-12-31 or 31"
                            + " Desember 2026");
                }
                read.put(field, mention.get());
            }
            DateMention day = read.get(Field.DEADLINE);
            Instant deadline = day == null ? null : day.hasTime() ? day.value().toInstant()
                    : day.value().toLocalDate().plusDays(1).atStartOfDay(WIB).toInstant().minusSeconds(1);
            return new RowDates(null, deadline, read.get(Field.DATE), read.get(Field.END));
        }

        private static RowDates refused(String reason) {
            return new RowDates(reason, null, null, null);
        }
    }

    /** The table's columns by their name in lower case, spaces collapsed, so that "Nama  kegiatan" finds "Nama Kegiatan". */
    private static Map<String, String> columnsByName(RecordTable table) {
        Map<String, String> columns = new HashMap<>();
        table.columns().forEach(column -> columns.putIfAbsent(normal(column), column));
        return columns;
    }

    /** The table's own name of a configured column; a missing one is noted, to be named with the others. */
    private static String find(Map<String, String> columns, String wanted, String option, List<String> missing) {
        String column = columns.get(normal(wanted));
        if (column == null) {
            missing.add("'" + wanted + "' (" + option + ")");
        }
        return column;
    }

    private static String normal(String column) {
        return column.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
