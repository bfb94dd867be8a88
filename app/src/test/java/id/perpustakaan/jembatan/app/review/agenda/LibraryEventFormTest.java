package id.perpustakaan.jembatan.app.review.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.connectors.sidecar.Sidecar;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.DeclaredFacts;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Event;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agenda form's checks, and the sidecar it becomes as the pipeline reads it. */
class LibraryEventFormTest {

    private static LibraryEventForm form(String title, String date, String start, String endDate, String end,
                                         String registration, String capacity) {
        return new LibraryEventForm(null, title, "Bersama penulis lokal.", date, start, endDate, end,
                "Ruang Baca Anak", "", "", "Lembah Segar", "Perpustakaan Kota Sawahlunto", registration, "",
                capacity);
    }

    @Test
    void eachMistakeIsNamedByItsField() {
        assertThat(form("", "", "", "", "10:00", "0812 3456", "tiga puluh").problems()).containsExactly(
                "title.missing", "date.missing", "time.endWithoutStart", "registration.invalid", "capacity.invalid");
        assertThat(form("Bedah Buku", "2026-03-12", "14:00", "", "13:00", "", "").problems())
                .containsExactly("end.beforeStart");
        assertThat(form("Bedah Buku", "12/03/2026", "2 siang", "", "", "", "").problems())
                .containsExactly("date.invalid", "time.invalid");
        assertThat(form("Bedah Buku", "2026-03-12", "14:00", "", "16:00", "https://s.id/x", "30").problems())
                .isEmpty();
    }

    @Test
    void theSidecarIsTheEventAtItsHoursInWibAndBackIntoTheForm() {
        LibraryEventForm form = form("Bedah Buku", "2026-03-12", "14:00", "", "16:00", "https://s.id/x", "30");

        DeclaredFacts facts = Sidecar.read("acara.html.meta.json", form.sidecar(false));
        Event event = facts.event();
        assertThat(facts.kind()).isEqualTo(DocumentKind.EVENT);
        assertThat(facts.title()).isEqualTo("Bedah Buku");
        assertThat(event.start()).isEqualTo(Instant.parse("2026-03-12T07:00:00Z"));
        assertThat(event.end()).isEqualTo(Instant.parse("2026-03-12T09:00:00Z"));
        assertThat(event.place().kecamatan()).isEqualTo("Lembah Segar");
        assertThat(event.capacity()).isEqualTo(30);
        assertThat(Sidecar.read("acara.html.meta.json", form.sidecar(true)).event().cancelled()).isTrue();

        Document published = new Document("perpustakaan-agenda-1", "perpustakaan-agenda",
                new Agency("perpustakaan", "Perpustakaan Kota Sawahlunto"), DocumentKind.EVENT, "Bedah Buku",
                "Bersama penulis lokal.", "", null, "id", null, null, null, null, null, null, null, List.of(), "h", 1,
                null, List.of(), List.of(), null, null, event);
        LibraryEventForm again = LibraryEventForm.of("acara-20260312-1a2b3c4d", published);
        assertThat(again.startTime()).isEqualTo("14:00");
        assertThat(again.endTime()).isEqualTo("16:00");
        assertThat(again.endDate()).isEmpty();
        assertThat(Sidecar.read("acara.html.meta.json", again.sidecar(false)).event()).isEqualTo(event);
    }

    @Test
    void anEventOfWholeDaysKeepsItsLastDay() {
        LibraryEventForm form = form("Pameran Buku", "2026-03-20", "", "2026-03-22", "", "", "");
        Event event = Sidecar.read("acara.html.meta.json", form.sidecar(false)).event();

        assertThat(event.allDay()).isTrue();
        assertThat(event.endsAt()).isEqualTo(Instant.parse("2026-03-22T17:00:00Z"));
        Document published = new Document("p-1", "perpustakaan-agenda", null, DocumentKind.EVENT, "Pameran Buku",
                null, "", null, "id", null, null, null, null, null, null, null, List.of(), "h", 1, null, List.of(),
                List.of(), null, null, event);
        assertThat(LibraryEventForm.of("k", published).endDate()).isEqualTo("2026-03-22");
    }
}
