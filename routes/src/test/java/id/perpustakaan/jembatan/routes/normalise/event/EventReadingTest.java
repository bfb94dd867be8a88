package id.perpustakaan.jembatan.routes.normalise.event;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.model.LibraryTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Announcements as agencies write them, each with the event a citizen reads in it, or none. */
class EventReadingTest {

    private static final ZonedDateTime HARVESTED = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, LibraryTime.ZONE);
    private static final Instant PUBLISHED = wib("2026-03-02T08:00");

    @Test
    void aTrainingWithItsDayHoursAndPlaceInOneSentence() {
        EventReading.Found event = read("Pelatihan Literasi Digital bagi Pelaku UMKM", """
                Dinas Komunikasi dan Informatika Kota Sawahlunto akan menyelenggarakan Pelatihan Literasi Digital
                yang akan dilaksanakan pada hari Kamis, 12 Maret 2026 pukul 09.00 s.d. 12.00 WIB bertempat di
                Aula Perpustakaan Kota Sawahlunto. Peserta terbatas untuk 40 orang. Pendaftaran melalui tautan
                https://s.id/literasi-umkm paling lambat 10 Maret 2026.
                """).orElseThrow();

        assertThat(event.start()).isEqualTo(wib("2026-03-12T09:00"));
        assertThat(event.end()).isEqualTo(wib("2026-03-12T12:00"));
        assertThat(event.allDay()).isFalse();
        assertThat(event.place()).isEqualTo("Aula Perpustakaan Kota Sawahlunto");
        assertThat(event.capacity()).isEqualTo(40);
        assertThat(event.registrationUrl()).isEqualTo("https://s.id/literasi-umkm");
        assertThat(event.gathering()).isEqualTo("pelatihan");
    }

    @Test
    void theTableFormOfAnInvitation() {
        EventReading.Found event = read("Undangan Sosialisasi Program Keluarga Harapan", """
                Dengan hormat, kami mengundang Bapak/Ibu untuk menghadiri sosialisasi yang akan diadakan pada:
                Hari/Tanggal : Selasa/17 Maret 2026
                Waktu        : 13.30 WIB s.d. selesai
                Tempat       : Gedung Pusat Kebudayaan, Jl. Ahmad Yani No. 2
                Demikian undangan ini kami sampaikan.
                """).orElseThrow();

        assertThat(event.start()).isEqualTo(wib("2026-03-17T13:30"));
        assertThat(event.end()).isNull();
        assertThat(event.place()).isEqualTo("Gedung Pusat Kebudayaan, Jl. Ahmad Yani No. 2");
    }

    @Test
    void aDayRangeWithoutHoursIsAllDayAcrossItsDays() {
        EventReading.Found event = read("Pameran Buku dan Festival Literasi 2026", """
                Pameran buku akan digelar pada 20-22 Maret 2026 di Lapangan Segitiga Sawahlunto. Terbuka untuk umum.
                """).orElseThrow();

        assertThat(event.allDay()).isTrue();
        assertThat(event.start()).isEqualTo(wib("2026-03-20T00:00"));
        assertThat(event.end()).isEqualTo(wib("2026-03-23T00:00"));
        assertThat(event.place()).isEqualTo("Lapangan Segitiga Sawahlunto");
    }

    @Test
    void aPlaceThatWrapsOntoTheNextLineOfThePageIsWhole() {
        EventReading.Found event = read("Sosialisasi Layanan Perpustakaan Digital", """
                Sosialisasi akan diselenggarakan pada hari Rabu, 18 Maret 2026 pukul 10.00 WIB bertempat di Aula
                Perpustakaan Kota Sawahlunto. Peserta membawa telepon genggam.
                """).orElseThrow();

        assertThat(event.place()).isEqualTo("Aula Perpustakaan Kota Sawahlunto");
    }

    @Test
    void aDeadlineOrASignatureIsNoDayOfAnEvent() {
        assertThat(read("Pendaftaran Pelatihan Menjahit", """
                Pendaftaran pelatihan menjahit dibuka sampai dengan 15 Maret 2026 di kantor Dinas Sosial.

                Sawahlunto, 2 Maret 2026
                Kepala Dinas Sosial
                """)).isEmpty();
    }

    @Test
    void withoutAKindOfGatheringAnAnnouncementIsNoEvent() {
        assertThat(read("Pemadaman Listrik Bergilir", """
                Pemadaman listrik akan dilaksanakan pada hari Kamis, 12 Maret 2026 pukul 09.00 WIB di Kelurahan
                Saringan.
                """)).isEmpty();
    }

    @Test
    void aReportOfAnEventAlreadyHeldIsNews() {
        assertThat(read("Pelatihan Kader Posyandu Berjalan Lancar", """
                Pelatihan kader posyandu dilaksanakan pada hari Senin, 23 Februari 2026 di Aula Puskesmas Talawi.
                """)).isEmpty();
    }

    @Test
    void aNumericDateIsNoTimeOfDay() {
        EventReading.Found event = read("Vaksinasi Anak Sekolah", """
                Imunisasi akan dilaksanakan pada tanggal 12.03.2026 di SDN 05 Lubang Panjang.
                """).orElseThrow();

        assertThat(event.allDay()).isTrue();
        assertThat(event.start()).isEqualTo(wib("2026-03-12T00:00"));
        assertThat(event.place()).isEqualTo("SDN 05 Lubang Panjang");
    }

    private static Optional<EventReading.Found> read(String title, String text) {
        return EventReading.read(title, text, HARVESTED, PUBLISHED);
    }

    private static Instant wib(String local) {
        return LocalDateTime.parse(local).atZone(LibraryTime.ZONE).toInstant();
    }
}
