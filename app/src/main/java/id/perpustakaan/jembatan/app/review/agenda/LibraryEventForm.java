package id.perpustakaan.jembatan.app.review.agenda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.LibraryTime;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * What a librarian types into the agenda form, as the browser sends it (text, dates as 2026-03-12, times as 09:00),
 * checked field by field, and turned into the sidecar the pipeline reads ({@code mulai}, {@code tempat}…).
 *
 * @param key the event's key among the library's events when it is edited, null for a new one
 */
public record LibraryEventForm(String key, String title, String summary, String date, String startTime,
                               String endDate, String endTime, String place, String address, String kelurahan,
                               String kecamatan, String organiser, String registration, String registrationDeadline,
                               String capacity) {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 2_000;
    static final int MAX_FIELD = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An empty form, with the library as the organiser. */
    static LibraryEventForm empty(String library) {
        return new LibraryEventForm(null, "", "", "", "", "", "", "", "", "", "", library, "", "", "");
    }

    /** The form of a published event, to change it. */
    static LibraryEventForm of(String key, Document document) {
        Event event = document.event();
        ZonedDateTime start = event.start().atZone(LibraryTime.ZONE);
        ZonedDateTime end = event.end() == null ? null : event.end().atZone(LibraryTime.ZONE);
        LocalDate lastDay = end == null ? null : event.allDay() ? end.minusDays(1).toLocalDate() : end.toLocalDate();
        var place = event.place();
        return new LibraryEventForm(key, document.title(), document.summary() == null ? "" : document.summary(),
                start.toLocalDate().toString(), event.allDay() ? "" : start.toLocalTime().toString(),
                lastDay == null || lastDay.equals(start.toLocalDate()) ? "" : lastDay.toString(),
                end == null || event.allDay() ? "" : end.toLocalTime().toString(),
                place == null ? "" : text(place.name()), place == null ? "" : text(place.address()),
                place == null ? "" : text(place.kelurahan()), place == null ? "" : text(place.kecamatan()),
                text(event.organiser()), text(event.registrationUrl()),
                event.registrationDeadline() == null ? "" : event.registrationDeadline().atZone(LibraryTime.ZONE)
                        .minusSeconds(1).toLocalDate().toString(),
                event.capacity() == null ? "" : event.capacity().toString());
    }

    /** The message keys of what is wrong, field by field ("title.missing"…); empty when the form can be sent. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (blank(title)) {
            problems.add("title.missing");
        } else if (title.strip().length() > MAX_TITLE) {
            problems.add("title.long");
        }
        if (summary != null && summary.strip().length() > MAX_SUMMARY) {
            problems.add("summary.long");
        }
        LocalDate first = day(date);
        if (first == null) {
            problems.add(blank(date) ? "date.missing" : "date.invalid");
        }
        LocalTime from = time(startTime);
        LocalTime to = time(endTime);
        if ((!blank(startTime) && from == null) || (!blank(endTime) && to == null)) {
            problems.add("time.invalid");
        }
        if (blank(startTime) && !blank(endTime)) {
            problems.add("time.endWithoutStart");
        }
        LocalDate last = blank(endDate) ? first : day(endDate);
        if (!blank(endDate) && last == null) {
            problems.add("endDate.invalid");
        }
        if (first != null && last != null && (last.isBefore(first)
                || last.equals(first) && from != null && to != null && !to.isAfter(from))) {
            problems.add("end.beforeStart");
        }
        for (String value : List.of(text(place), text(address), text(kelurahan), text(kecamatan), text(organiser))) {
            if (value.length() > MAX_FIELD) {
                problems.add("field.long");
                break;
            }
        }
        if (!blank(registration) && !isWebAddress(registration.strip())) {
            problems.add("registration.invalid");
        }
        if (!blank(registrationDeadline) && day(registrationDeadline) == null) {
            problems.add("registrationDeadline.invalid");
        }
        if (!blank(capacity) && !capacity.strip().matches("[1-9]\\d{0,5}")) {
            problems.add("capacity.invalid");
        }
        return problems;
    }

    /** The event as a sidecar, in the names the pipeline reads; call only when there are no problems. */
    byte[] sidecar(boolean cancelled) {
        ObjectNode fields = JSON.createObjectNode();
        fields.put("judul", title.strip());
        put(fields, "ringkasan", summary);
        fields.put("jenis", "acara");
        LocalDate first = day(date);
        LocalDate last = blank(endDate) ? first : day(endDate);
        if (blank(startTime)) {
            fields.put("mulai", first.toString());
            if (!last.equals(first)) {
                fields.put("selesai", last.toString());
            }
        } else {
            fields.put("mulai", first.atTime(time(startTime)).toString());
            if (!blank(endTime)) {
                fields.put("selesai", last.atTime(time(endTime)).toString());
            } else if (!last.equals(first)) {
                fields.put("selesai", last.toString());
            }
        }
        put(fields, "tempat", place);
        put(fields, "alamat", address);
        put(fields, "kelurahan", kelurahan);
        put(fields, "kecamatan", kecamatan);
        put(fields, "penyelenggara", organiser);
        put(fields, "pendaftaran", registration);
        put(fields, "batas-pendaftaran", registrationDeadline);
        put(fields, "kuota", capacity);
        fields.put("dibatalkan", cancelled ? "ya" : "tidak");
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings is always JSON", e);
        }
    }

    /** The event's page: its title and what it is about, which search finds. */
    byte[] page() {
        String escapedSummary = HtmlUtils.htmlEscape(text(summary));
        String escapedTitle = HtmlUtils.htmlEscape(title.strip());
        String html = "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>" + escapedTitle
                + "</title></head><body><article><h1>" + escapedTitle + "</h1>"
                + (escapedSummary.isEmpty() ? "" : "<p>" + escapedSummary.replace("\n", "<br>") + "</p>")
                + "</article></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static void put(ObjectNode fields, String name, String value) {
        if (!blank(value)) {
            fields.put(name, value.strip());
        }
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = URI.create(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static LocalDate day(String value) {
        try {
            return blank(value) ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalTime time(String value) {
        try {
            return blank(value) ? null : LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
