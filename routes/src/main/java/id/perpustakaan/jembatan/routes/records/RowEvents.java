package id.perpustakaan.jembatan.routes.records;

import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.EventPlace;
import id.perpustakaan.jembatan.model.LibraryTime;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.normalise.dates.DateMention;
import id.perpustakaan.jembatan.routes.normalise.event.Hours;
import id.perpustakaan.jembatan.routes.records.RecordMapping.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event of a row of a schedule: on its date, at its hours (the time column, or a time in the date itself), until
 * its end date, at its place, held by its organiser or else by the source's agency.
 */
final class RowEvents {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");
    private static final Pattern CALLED_OFF = Pattern.compile("(?iu)batal|ditunda|cancel");
    private static final Pattern LINK = Pattern.compile("(?iu)^(?:https?://\\S+|(?:bit\\.ly|s\\.id|forms\\.gle)/\\S+)$");

    private RowEvents() {
    }

    static Event of(RecordTable.Record record, Map<Field, String> fields, RecordPages.RowDates dates,
                    SourceDefinition source) {
        DateMention date = dates.date();
        LocalDate first = date.value().withZoneSameInstant(LibraryTime.ZONE).toLocalDate();
        LocalDate last = dates.until() == null ? first
                : dates.until().value().withZoneSameInstant(LibraryTime.ZONE).toLocalDate();
        Optional<Hours> hours = Hours.in(value(record, fields, Field.TIME));
        if (hours.isEmpty() && date.hasTime()) {
            hours = Optional.of(new Hours(date.value().withZoneSameInstant(LibraryTime.ZONE).toLocalTime(), null));
        }
        boolean allDay = hours.isEmpty();
        Instant start = allDay ? first.atStartOfDay(LibraryTime.ZONE).toInstant()
                : first.atTime(hours.get().from()).atZone(LibraryTime.ZONE).toInstant();
        Instant end = null;
        if (hours.isPresent() && hours.get().to() != null) {
            end = last.atTime(hours.get().to()).atZone(LibraryTime.ZONE).toInstant();
        } else if (last.isAfter(first)) {
            end = last.plusDays(1).atStartOfDay(LibraryTime.ZONE).toInstant();
        }
        if (end != null && !end.isAfter(start)) {
            end = null;
        }
        String place = value(record, fields, Field.PLACE);
        String address = value(record, fields, Field.ADDRESS);
        String kelurahan = value(record, fields, Field.KELURAHAN);
        String kecamatan = value(record, fields, Field.KECAMATAN);
        EventPlace where = place == null && address == null && kelurahan == null && kecamatan == null ? null
                : new EventPlace(place, address, kelurahan, kecamatan);
        String organiser = value(record, fields, Field.ORGANISER);
        String status = value(record, fields, Field.STATUS);
        return new Event(start, end, allDay, where, organiser != null ? organiser : source.agency().name(),
                registration(value(record, fields, Field.REGISTRATION)), dates.deadline(),
                capacity(value(record, fields, Field.CAPACITY)), status != null && CALLED_OFF.matcher(status).find());
    }

    private static String value(RecordTable.Record record, Map<Field, String> fields, Field field) {
        String column = fields.get(field);
        return column == null ? null : record.values().get(column);
    }

    /** A link to register; anything else in the column (a phone number, "di lokasi") stays on the page only. */
    private static String registration(String value) {
        if (value == null || !LINK.matcher(value.strip()).matches()) {
            return null;
        }
        String link = value.strip();
        return link.toLowerCase(Locale.ROOT).startsWith("http") ? link : "https://" + link;
    }

    private static Integer capacity(String value) {
        Matcher number = value == null ? null : NUMBER.matcher(value);
        return number != null && number.find() ? Integer.valueOf(number.group()) : null;
    }
}
