package id.perpustakaan.jembatan.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.EventPlace;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The agenda's calendar as another library (ical4j) reads and validates it. */
class AgendaCalendarTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private final AgendaCalendar writer = new AgendaCalendar("Perpustakaan Kota Sawahlunto",
            "https://jembatan.sawahluntokota.go.id");

    @Test
    void eventsAreAtTheirLocalTimesInJakartaUnderStableUids() throws Exception {
        Event training = new Event(wib("2026-03-12T09:00"), wib("2026-03-12T12:00"), false,
                new EventPlace("Aula Perpustakaan", "Jl. Ahmad Yani 2", "Saringan", "Barangin"), "Diskominfo",
                "https://s.id/daftar", null, 40, false);
        Event fair = new Event(wib("2026-03-20T00:00"), wib("2026-03-23T00:00"), true, EventPlace.named("Lapangan"),
                "Disnaker", null, null, null, false);
        String ics = writer.write("Agenda Perpustakaan Kota Sawahlunto", List.of(
                document("diskominfo-web-1", "Pelatihan Literasi Digital; untuk UMKM, gratis", training, 1_767_000_000_000L),
                document("disnaker-web-2", "Bursa Kerja 2026", fair, 1_767_000_000_000L)));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        var validation = calendar.validate();
        assertThat(validation.hasErrors()).as("ical4j's validation %s of:%n%s", validation.getEntries(), ics).isFalse();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);

        VEvent first = events.get(0);
        assertThat(value(first, Property.UID)).isEqualTo("diskominfo-web-1@jembatan.sawahluntokota.go.id");
        assertThat(value(first, Property.SUMMARY)).isEqualTo("Pelatihan Literasi Digital; untuk UMKM, gratis");
        Temporal start = first.getStartDate().orElseThrow().getDate();
        assertThat(ZonedDateTime.from(start).withZoneSameInstant(JAKARTA).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-03-12T09:00"));
        assertThat(first.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Asia/Jakarta");
        assertThat(Instant.from(first.getEndDate().orElseThrow().getDate())).isEqualTo(training.end());
        assertThat(value(first, Property.LOCATION)).isEqualTo("Aula Perpustakaan, Jl. Ahmad Yani 2, Kel. Saringan,"
                + " Kec. Barangin");
        assertThat(value(first, Property.DESCRIPTION)).startsWith("Kamis, 12 Maret 2026, 09.00–12.00 WIB\n")
                .contains("Pendaftaran: https://s.id/daftar", "Kuota: 40 orang");
        assertThat(value(first, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(first, Property.URL)).isEqualTo("https://jembatan.sawahluntokota.go.id/dokumen/diskominfo-web-1");

        VEvent second = events.get(1);
        assertThat(second.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(second.getEndDate().orElseThrow().getDate()).as("the day after the last").isEqualTo(
                LocalDate.of(2026, 3, 23));
    }

    @Test
    void aChangedEventKeepsItsUidWithAHigherSequenceAndACancelledOneSaysSo() throws Exception {
        Event event = new Event(wib("2026-03-12T09:00"), null, false, null, "Dinkes", null, null, null, false);
        VEvent before = only(writer.write("Agenda", List.of(document("dinkes-1", "Posyandu Mawar", event,
                1_767_000_000_000L))));
        VEvent after = only(writer.write("Agenda", List.of(document("dinkes-1", "Posyandu Mawar", event.cancel(),
                1_767_000_360_000L))));

        assertThat(value(after, Property.UID)).isEqualTo(value(before, Property.UID));
        assertThat(Integer.parseInt(value(after, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)));
        assertThat(value(after, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(after, Property.SUMMARY)).isEqualTo("DIBATALKAN: Posyandu Mawar");
    }

    private static VEvent only(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        var validation = calendar.validate();
        assertThat(validation.hasErrors()).as("ical4j's validation %s of:%n%s", validation.getEntries(), ics).isFalse();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static Document document(String id, String title, Event event, long revision) {
        return new Document(id, "src", new Agency("dinkes", "Dinas Kesehatan"), DocumentKind.EVENT, title, null,
                "", null, "id", null, null, null, null, Instant.ofEpochMilli(revision), event.endsAt(), null,
                List.of(), "hash", revision, null, List.of(), List.of(), null, null, event);
    }

    private static Instant wib(String local) {
        return LocalDateTime.parse(local).atZone(JAKARTA).toInstant();
    }
}
