package id.perpustakaan.jembatan.connectors.sidecar;

import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.EventPlace;
import id.perpustakaan.jembatan.model.LibraryTime;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The fields of a sidecar that describe an event: when it starts (mulai, needed), ends (selesai), where (tempat,
 * alamat, kelurahan, kecamatan), who holds it (penyelenggara), how to register (pendaftaran, batas-pendaftaran,
 * kuota), and whether it was called off (dibatalkan). Times are written as in WIB ("2026-03-12T09:00"), or as a day
 * alone for an event of whole days ("2026-03-20").
 */
final class SidecarEvent {

    /** Each field's names, in English and Indonesian, to its own name. */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("start", "start"), Map.entry("mulai", "start"),
            Map.entry("end", "end"), Map.entry("selesai", "end"),
            Map.entry("place", "place"), Map.entry("tempat", "place"),
            Map.entry("address", "address"), Map.entry("alamat", "address"),
            Map.entry("kelurahan", "kelurahan"), Map.entry("kecamatan", "kecamatan"),
            Map.entry("organiser", "organiser"), Map.entry("penyelenggara", "organiser"),
            Map.entry("registration", "registration"), Map.entry("pendaftaran", "registration"),
            Map.entry("registration-deadline", "registrationDeadline"),
            Map.entry("batas-pendaftaran", "registrationDeadline"),
            Map.entry("capacity", "capacity"), Map.entry("kuota", "capacity"),
            Map.entry("cancelled", "cancelled"), Map.entry("dibatalkan", "cancelled"));

    private Instant start;
    private Instant end;
    private boolean allDay;
    private String place;
    private String address;
    private String kelurahan;
    private String kecamatan;
    private String organiser;
    private String registration;
    private Instant registrationDeadline;
    private Integer capacity;
    private boolean cancelled;
    private boolean any;

    /**
     * @param refused makes the refusal of a field's value, given the line and why
     */
    void set(int line, String field, String value, BiFunction<Integer, String, RuntimeException> refused) {
        any = true;
        switch (field) {
            case "start" -> {
                allDay = !value.contains("T");
                start = moment(value, false, line, refused);
            }
            case "end" -> end = moment(value, true, line, refused);
            case "place" -> place = value;
            case "address" -> address = value;
            case "kelurahan" -> kelurahan = value;
            case "kecamatan" -> kecamatan = value;
            case "organiser" -> organiser = value;
            case "registration" -> registration = link(value, line, refused);
            case "registrationDeadline" -> registrationDeadline = moment(value, true, line, refused);
            case "capacity" -> capacity = count(value, line, refused);
            case "cancelled" -> cancelled = yes(value, line, refused);
            default -> throw new IllegalStateException(field);
        }
    }

    /** The event, or null when the sidecar says nothing of one. */
    Event event(BiFunction<Integer, String, RuntimeException> refused) {
        if (!any) {
            return null;
        }
        if (start == null) {
            throw refused.apply(1, "it describes an event without its start: add 'mulai: 2026-03-12T09:00'");
        }
        if (end != null && !end.isAfter(start)) {
            throw refused.apply(1, "the event ends (selesai) before it starts (mulai)");
        }
        EventPlace where = place == null && address == null && kelurahan == null && kecamatan == null ? null
                : new EventPlace(place, address, kelurahan, kecamatan);
        return new Event(start, end, allDay, where, organiser, registration, registrationDeadline, capacity,
                cancelled);
    }

    /** A day (its start, or the start of the next for an end) or a moment, in WIB unless an offset is written. */
    private static Instant moment(String value, boolean end, int line,
                                  BiFunction<Integer, String, RuntimeException> refused) {
        try {
            if (!value.contains("T")) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(LibraryTime.ZONE).toInstant();
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException withoutOffset) {
                return LocalDateTime.parse(value).atZone(LibraryTime.ZONE).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw refused.apply(line, "'" + value + "' is not a day or a time: write 2026-03-12 or 2026-03-12T09:00"
                    + " (WIB)");
        }
    }

    private static String link(String value, int line, BiFunction<Integer, String, RuntimeException> refused) {
        try {
            URI uri = URI.create(value);
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return value;
            }
        } catch (IllegalArgumentException notALink) {
            // refused below
        }
        throw refused.apply(line, "the registration '" + value + "' is not a web address: write it as"
                + " https://… (a phone number goes in the summary)");
    }

    private static Integer count(String value, int line, BiFunction<Integer, String, RuntimeException> refused) {
        try {
            int count = Integer.parseInt(value);
            if (count > 0) {
                return count;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw refused.apply(line, "the capacity '" + value + "' is not a number of people: write it as 40");
    }

    private static boolean yes(String value, int line, BiFunction<Integer, String, RuntimeException> refused) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "ya", "yes", "true" -> true;
            case "tidak", "no", "false" -> false;
            default -> throw refused.apply(line, "'" + value + "' says neither yes nor no: write ya or tidak");
        };
    }
}
