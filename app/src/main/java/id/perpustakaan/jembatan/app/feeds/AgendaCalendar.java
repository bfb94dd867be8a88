package id.perpustakaan.jembatan.app.feeds;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.UtcOffset;
import id.perpustakaan.jembatan.app.portal.EventWhen;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.LibraryTime;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Writes events as an iCalendar (RFC 5545) feed with biweekly, for citizens to subscribe to in their phone's
 * calendar. Times are in Asia/Jakarta, described by a VTIMEZONE of its own (WIB has no daylight saving). An
 * event's UID is its document's, so a changed event replaces the one a calendar has; its SEQUENCE grows with each
 * revision; a called-off event stays, with STATUS:CANCELLED, until it would have ended.
 */
final class AgendaCalendar {

    /** Revisions are epoch milliseconds of a harvest: counted in seconds from here, they fit SEQUENCE's integer. */
    private static final Instant SEQUENCE_EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    private static final TimezoneAssignment WIB = wib();

    private final String library;
    private final String base;
    private final String host;
    private final EventWhen when = new EventWhen(Locale.forLanguageTag("id"));

    /**
     * @param library the library's name, the calendar's producer
     * @param base    the portal's public address: each event links to its page there
     */
    AgendaCalendar(String library, String base) {
        this.library = library;
        this.base = base;
        this.host = base.replaceFirst("^[a-z]+://", "").replaceFirst("[:/].*$", "");
    }

    String write(String name, List<Document> events) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//" + library + "//Jembatan//ID");
        // no METHOD: a feed to subscribe to is no iTIP message (RFC 5546 would want an ORGANIZER's address)
        calendar.addName(name);
        // what Google Calendar and Apple Calendar show as a subscription's name and take its times in
        calendar.setExperimentalProperty("X-WR-CALNAME", name);
        calendar.setExperimentalProperty("X-WR-TIMEZONE", LibraryTime.ZONE.getId());
        calendar.getTimezoneInfo().setDefaultTimezone(WIB);
        for (Document document : events) {
            if (document.event() != null) {
                calendar.addEvent(event(document, document.event()));
            }
        }
        return Biweekly.write(calendar).go();
    }

    /** Stable across revisions and unique beyond this library: the document's id at the portal's host. */
    String uid(Document document) {
        return document.id() + "@" + host;
    }

    private VEvent event(Document document, Event event) {
        VEvent entry = new VEvent();
        entry.setUid(uid(document));
        Instant changed = document.harvestedAt() != null ? document.harvestedAt() : event.start();
        entry.setDateTimeStamp(Date.from(changed));
        entry.setLastModified(Date.from(changed));
        entry.setSequence((int) Math.max(0, (document.revision() / 1000) - SEQUENCE_EPOCH.getEpochSecond()));
        entry.setSummary(event.cancelled() ? "DIBATALKAN: " + document.title() : document.title());
        entry.setStatus(event.cancelled() ? Status.cancelled() : Status.confirmed());
        if (event.allDay()) {
            LocalDate first = event.start().atZone(LibraryTime.ZONE).toLocalDate();
            entry.setDateStart(new DateStart(day(first)));
            entry.setDateEnd(new DateEnd(day(event.endsAt().atZone(LibraryTime.ZONE).toLocalDate())));
        } else {
            entry.setDateStart(Date.from(event.start()));
            if (event.end() != null) {
                entry.setDateEnd(Date.from(event.end()));
            }
        }
        if (event.place() != null && !event.place().line().isEmpty()) {
            entry.setLocation(event.place().line());
        }
        String page = base + "/dokumen/" + URLEncoder.encode(document.id(), StandardCharsets.UTF_8).replace("+", "%20");
        entry.setUrl(page);
        entry.setDescription(description(document, event, page));
        if (event.organiser() != null) {
            entry.addCategories(event.organiser());
        }
        return entry;
    }

    private String description(Document document, Event event, String page) {
        StringBuilder text = new StringBuilder(when.of(event));
        if (event.organiser() != null) {
            text.append("\nPenyelenggara: ").append(event.organiser());
        }
        if (document.summary() != null) {
            text.append("\n\n").append(document.summary());
        }
        if (event.registrationUrl() != null) {
            text.append("\n\nPendaftaran: ").append(event.registrationUrl());
        }
        if (event.capacity() != null) {
            text.append("\nKuota: ").append(event.capacity()).append(" orang");
        }
        return text.append("\n\n").append(page).toString();
    }

    /**
     * A calendar day (VALUE=DATE). biweekly writes a day from its {@code Date} in the JVM's own zone, whatever zone
     * the calendar is in: the day's midnight there is the day.
     */
    private static ICalDate day(LocalDate day) {
        DateTimeComponents components = new DateTimeComponents(day.getYear(), day.getMonthValue(),
                day.getDayOfMonth());
        return new ICalDate(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()), components, false);
    }

    private static TimezoneAssignment wib() {
        VTimezone zone = new VTimezone(LibraryTime.ZONE.getId());
        StandardTime standard = new StandardTime();
        standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
        standard.setTimezoneOffsetFrom(new UtcOffset(true, 7, 0));
        standard.setTimezoneOffsetTo(new UtcOffset(true, 7, 0));
        standard.addTimezoneName("WIB");
        zone.addStandardTime(standard);
        return new TimezoneAssignment(TimeZone.getTimeZone(LibraryTime.ZONE), zone);
    }
}
