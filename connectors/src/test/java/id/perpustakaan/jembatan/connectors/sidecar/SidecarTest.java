package id.perpustakaan.jembatan.connectors.sidecar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.model.DeclaredFacts;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.EventPlace;
import id.perpustakaan.jembatan.model.Klasifikasi;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SidecarTest {

    @Test
    void aYamlSidecarInIndonesianSaysTitleKindValidityTagsAndClass() {
        DeclaredFacts facts = read("pengumuman.pdf.meta.yml", """
                # ditulis oleh staf Dinas Sosial
                judul: Pendaftaran Bantuan Sosial Tahap II
                jenis: pengumuman
                berlaku-sampai: 2025-12-31
                label: [bansos, "PKH"]
                klasifikasi: serta-merta
                """);

        assertThat(facts.title()).isEqualTo("Pendaftaran Bantuan Sosial Tahap II");
        assertThat(facts.kind()).isEqualTo(DocumentKind.ANNOUNCEMENT);
        assertThat(facts.validUntil()).as("to the end of that day in WIB")
                .isEqualTo(Instant.parse("2025-12-31T16:59:59Z"));
        assertThat(facts.tags()).containsExactly("bansos", "PKH");
        assertThat(facts.klasifikasi()).isEqualTo(Klasifikasi.SERTA_MERTA);
    }

    @Test
    void aJsonSidecarInEnglishAndCommaSeparatedTags() {
        DeclaredFacts facts = read("perwako.pdf.meta.json", """
                {"title": "Perwako 12/2025", "kind": "REGULATION", "tags": "hukum, pajak ,hukum",
                 "validUntil": "2026-01-01T00:00:00+07:00", "summary": "Tarif pajak daerah"}
                """);

        assertThat(facts.kind()).isEqualTo(DocumentKind.REGULATION);
        assertThat(facts.tags()).containsExactly("hukum", "pajak");
        assertThat(facts.validUntil()).isEqualTo(Instant.parse("2025-12-31T17:00:00Z"));
        assertThat(facts.summary()).isEqualTo("Tarif pajak daerah");
        assertThat(read("kosong.pdf.meta.yml", "").title()).isNull();
    }

    @Test
    void aSidecarDescribingAnEventMakesItOneWithItsTimePlaceAndRegistration() {
        DeclaredFacts facts = read("pelatihan.html.meta.yml", """
                judul: Pelatihan Literasi Digital
                mulai: 2026-03-12T09:00
                selesai: 2026-03-12T12:00
                tempat: Aula Perpustakaan Kota
                kecamatan: Barangin
                penyelenggara: Perpustakaan Kota Sawahlunto
                pendaftaran: https://s.id/literasi
                batas-pendaftaran: 2026-03-10
                kuota: 40
                dibatalkan: tidak
                """);

        assertThat(facts.kind()).as("an event unless the sidecar says otherwise").isEqualTo(DocumentKind.EVENT);
        Event event = facts.event();
        assertThat(event.start()).as("09:00 WIB").isEqualTo(Instant.parse("2026-03-12T02:00:00Z"));
        assertThat(event.end()).isEqualTo(Instant.parse("2026-03-12T05:00:00Z"));
        assertThat(event.allDay()).isFalse();
        assertThat(event.place()).isEqualTo(new EventPlace("Aula Perpustakaan Kota", null, null, "Barangin"));
        assertThat(event.registrationUrl()).isEqualTo("https://s.id/literasi");
        assertThat(event.registrationDeadline()).as("to the end of that day").isEqualTo(
                Instant.parse("2026-03-10T17:00:00Z"));
        assertThat(event.capacity()).isEqualTo(40);
        assertThat(event.cancelled()).isFalse();

        Event fair = read("bursa.pdf.meta.yml", "mulai: 2026-03-20\nselesai: 2026-03-22\ndibatalkan: ya\n").event();
        assertThat(fair.allDay()).isTrue();
        assertThat(fair.endsAt()).isEqualTo(Instant.parse("2026-03-22T17:00:00Z"));
        assertThat(fair.cancelled()).isTrue();
        assertRefused("a.pdf.meta.yml", "judul: Forum\ntempat: Aula\n", "line 1", "an event without its start");
        assertRefused("a.pdf.meta.yml", "mulai: 2026-03-12T09:00\npendaftaran: 0812 3456\n", "line 2",
                "is not a web address");
        assertRefused("a.pdf.meta.yml", "mulai: besok\n", "line 1", "'besok' is not a day or a time");
    }

    @Test
    void aBrokenSidecarIsRefusedWithTheLineAndTheFix() {
        assertRefused("a.pdf.meta.yml", "title: Laporan\njenis: poster\n", "line 2",
                "'poster' is not a kind: write pengumuman, peraturan");
        assertRefused("a.pdf.meta.yml", "title: Laporan\n\njudull: x\n", "line 3", "'judull' is not a field");
        assertRefused("a.pdf.meta.yml", "title: Laporan\nvalidUntil: 31 Desember\n", "line 2",
                "'31 Desember' is not a date: write it as 2025-12-31");
        assertRefused("a.pdf.meta.yml", "title: [a\nkind: news\n", "line", "cannot be read");
        assertRefused("a.pdf.meta.json", "{\"title\": \"x\",\n \"klasifikasi\": \"rahasia\"}", "line 2",
                "'rahasia' is not a class of public information");
        assertRefused("a.pdf.meta.yml", "- title\n- kind\n", "line 1", "not a list of fields");
        assertRefused("a.pdf.meta.yml", "title:\n  nested: x\n", "line 1", "title is empty or not a single value");
    }

    @Test
    void aFilesOwnSidecarWinsOverItsFoldersFieldByField() {
        DeclaredFacts folder = read("_jembatan.yml", "kind: pengumuman\nklasifikasi: berkala\ntags: dinsos\n");
        DeclaredFacts file = read("a.pdf.meta.yml", "title: Jadwal\nklasifikasi: serta-merta\n");

        DeclaredFacts both = Sidecar.over(file, folder);

        assertThat(both.title()).isEqualTo("Jadwal");
        assertThat(both.kind()).isEqualTo(DocumentKind.ANNOUNCEMENT);
        assertThat(both.klasifikasi()).isEqualTo(Klasifikasi.SERTA_MERTA);
        assertThat(both.tags()).containsExactly("dinsos");
        assertThat(Sidecar.over(null, folder)).isSameAs(folder);
    }

    private static void assertRefused(String name, String content, String line, String why) {
        assertThatThrownBy(() -> read(name, content)).isInstanceOf(ContentRejectedException.class)
                .hasMessageContaining("the sidecar " + name + ", " + line).hasMessageContaining(why);
    }

    private static DeclaredFacts read(String name, String content) {
        return Sidecar.read(name, content.getBytes(StandardCharsets.UTF_8));
    }
}
