package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The review pages as a librarian's browser gets them: a pending document in the queue, its item page, an approval
 * with a corrected title posted from the page's form and seen by the public search, the audit and its CSV, the
 * failures and the sources dashboard.
 */
class ReviewPagesIT extends PipelineIT {

    @Test
    void aLibrarianApprovesACorrectedTitleFromTheItemPage() throws Exception {
        String word = uniqueWord("halaman");
        String source = "halaman-" + word;
        String id = source + "-1";
        seedPending(document(id, source, "Pengumuman salah ketik " + word, "Layanan keliling " + word + " dibuka."));
        PageSession librarian = new PageSession(port);
        librarian.signIn("pustakawan", "uji-pustakawan-2025");

        String queue = await().atMost(SEARCHABLE_WITHIN).until(() -> librarian.get("/review?source=" + source).body(),
                page -> page.contains("Pengumuman salah ketik " + word));
        assertThat(queue).contains("lang=\"id\"", "Antrean tinjauan", "/review-assets/review.js",
                "/review/items/" + id, "name=\"_csrf\"");
        HttpResponse<String> itemPage = librarian.get("/review/items/" + id);
        assertThat(itemPage.statusCode()).isEqualTo(200);
        assertThat(itemPage.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(itemPage.body()).contains("Layanan keliling " + word, "id=\"approve-form\"", "Asal-usul",
                "Klasifikasi informasi publik", "<option value=\"SERTA_MERTA\">Serta merta</option>");

        HttpResponse<String> approved = librarian.postFromPage("/review/items/" + id, "/review/items/" + id
                + "/approve", Map.of("revision", "5000", "title", "Pengumuman Layanan Keliling " + word,
                "kind", "ANNOUNCEMENT", "tags", "", "klasifikasi", "SERTA_MERTA", "next", "item"));

        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(approved.headers().firstValue("Location").orElseThrow()).endsWith("/review/items/" + id);
        // the action waited for the projections: the very next page shows the correction as public, and its form
        // starts from it, so approving again keeps it
        String after = librarian.get("/review/items/" + id).body();
        assertThat(after).contains("<h1>Pengumuman Layanan Keliling " + word + "</h1>", "<strong>Diterbitkan</strong>",
                "name=\"title\" value=\"Pengumuman Layanan Keliling " + word + "\"",
                "Koreksi pustakawan yang sudah terbit").doesNotContain("<del");
        JsonNode hit = awaitHits(word, 1).get("hits").get(0);
        assertThat(hit.get("title").asText()).isEqualTo("Pengumuman Layanan Keliling " + word);
        assertThat(hit.get("klasifikasi").asText()).as("the class the librarian gave").isEqualTo("SERTA_MERTA");
        String audit = await().atMost(SEARCHABLE_WITHIN).until(() -> librarian.get("/review/audit?documentId=" + id)
                .body(), page -> page.contains("pustakawan"));
        assertThat(audit).contains("Disetujui", "Judul: Pengumuman Layanan Keliling " + word, "Jenis: Pengumuman",
                // the document by its title as harvested; the correction stands beside it
                ">Pengumuman salah ketik " + word + "</a>", " WIB</time>");
        HttpResponse<String> csv = librarian.get("/review/audit.csv?documentId=" + id);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).contains(id + ",Pengumuman salah ketik " + word + ",5000,APPROVE,pustakawan");
    }

    @Test
    void aLibrarianAddsAnEventThatReachesTheAgendaAndTheCalendarAndCallsItOff() throws Exception {
        String word = uniqueWord("bedahbuku");
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(9);
        PageSession librarian = new PageSession(port);
        librarian.signIn("pustakawan", "uji-pustakawan-2025");

        HttpResponse<String> refused = librarian.postFromPage("/review/agenda/new", "/review/agenda", Map.of(
                "title", "", "date", day.toString(), "startTime", "", "endTime", "10:00",
                "registration", "0812 3456 7890"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Acara belum disimpan", "Judul wajib diisi.",
                "Jam selesai diisi tanpa jam mulai", "Tautan pendaftaran harus alamat web");

        HttpResponse<String> saved = librarian.postFromPage("/review/agenda/new", "/review/agenda", Map.ofEntries(
                Map.entry("title", "Bedah Buku " + word), Map.entry("summary", "Bersama penulis lokal."),
                Map.entry("date", day.toString()), Map.entry("startTime", "14:00"), Map.entry("endTime", "16:00"),
                Map.entry("place", "Ruang Baca Anak"), Map.entry("kecamatan", "Lembah Segar"),
                Map.entry("organiser", "Perpustakaan Kota Sawahlunto"),
                Map.entry("registration", "https://perpustakaan.sawahluntokota.go.id/daftar"),
                Map.entry("capacity", "30")));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/review/agenda");

        JsonNode agenda = await().atMost(SEARCHABLE_WITHIN).until(() -> http().get()
                .uri("/api/agenda?kecamatan=Lembah Segar&agency=perpustakaan").retrieve().body(JsonNode.class),
                answer -> answer.get("total").asInt() == 1);
        JsonNode event = agenda.get("events").get(0);
        assertThat(event.get("title").asText()).isEqualTo("Bedah Buku " + word);
        assertThat(event.get("when").asText()).endsWith(", 14.00–16.00 WIB");
        assertThat(event.get("event").get("capacity").asInt()).isEqualTo(30);
        String list = librarian.get("/review/agenda").body();
        assertThat(list).contains("Bedah Buku " + word, "Ruang Baca Anak, Kec. Lembah Segar");
        String key = list.substring(list.indexOf("/review/agenda/acara-") + "/review/agenda/".length());
        key = key.substring(0, key.indexOf('"'));
        assertThat(librarian.get("/review/agenda/" + key).body()).contains("value=\"Bedah Buku " + word + "\"",
                "value=\"14:00\"");

        HttpResponse<String> cancelled = librarian.postFromPage("/review/agenda", "/review/agenda/" + key
                + "/cancel", Map.of());
        assertThat(cancelled.statusCode()).isEqualTo(302);
        String calendar = await().atMost(SEARCHABLE_WITHIN).until(() -> http().get()
                .uri("/feeds/agenda.ics?kecamatan=Lembah Segar").retrieve().body(String.class),
                ics -> ics.contains("DIBATALKAN: Bedah Buku " + word));
        assertThat(calendar).contains("STATUS:CANCELLED");
    }

    @Test
    void theFailuresAndSourcesPagesShowWhatTheHarvestKnows() throws Exception {
        PageSession librarian = new PageSession(port);
        librarian.signIn("pustakawan", "uji-pustakawan-2025");

        HttpResponse<String> sources = librarian.get("/review/sources");
        HttpResponse<String> failures = librarian.get("/review/failures");
        HttpResponse<String> english = librarian.inLanguage("en").get("/review/sources");

        assertThat(sources.statusCode()).isEqualTo(200);
        assertThat(sources.body()).contains("diskominfo-inbox", "Dinas Komunikasi dan Informatika",
                "dipantau terus-menerus");
        assertThat(failures.statusCode()).isEqualTo(200);
        assertThat(failures.body()).contains("Kegagalan");
        assertThat(english.body()).contains("lang=\"en\"", "watched continuously", "Waiting for review");
    }

    @Test
    void aFailureDismissedWithANoteStaysListedWithWhoAndWhy() throws Exception {
        String name = uniqueWord("abaikan") + ".txt";
        drop("dinsos", name, new byte[0]);
        PageSession librarian = new PageSession(port);
        librarian.signIn("pustakawan", "uji-pustakawan-2025");
        String page = await().atMost(SEARCHABLE_WITHIN).until(() -> librarian.get("/review/failures").body(),
                body -> body.contains(name));
        // the dismiss form of this failure's row names the moment it failed
        Matcher failedAt = Pattern.compile("name=\"failedAt\" value=\"([^\"]+)\"").matcher(page);
        assertThat(failedAt.find(page.indexOf(name))).as("the failure offers a dismissal").isTrue();
        int notesBefore = page.split("name=\"note\"", -1).length;

        HttpResponse<String> withoutNote = librarian.postFromPage("/review/failures",
                "/review/failures/dinsos-inbox/dismiss", Map.of("locator", name, "failedAt", failedAt.group(1),
                        "note", " "));
        assertThat(librarian.get(withoutNote.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body()).contains("Tulis catatan");
        HttpResponse<String> dismissed = librarian.postFromPage("/review/failures",
                "/review/failures/dinsos-inbox/dismiss", Map.of("locator", name, "failedAt", failedAt.group(1),
                        "note", "berkas uji, bukan kiriman dinas"));

        assertThat(dismissed.headers().firstValue("Location").orElseThrow()).endsWith("/review/failures");
        // written in a Kafka transaction, readable once its commit marker reached the partition: a moment later
        String after = await().atMost(Duration.ofSeconds(10)).until(() -> librarian.get("/review/failures").body(),
                body -> body.contains("Diabaikan oleh"));
        assertThat(after).contains("Diabaikan oleh pustakawan: berkas uji, bukan kiriman dinas");
        assertThat(after.split("name=\"note\"", -1).length).as("no dismiss form left for it")
                .isEqualTo(notesBefore - 1);
    }

    @Test
    void aRefusedFileIsTriedAgainFromTheFailuresPageOnceFixed() throws Exception {
        String word = uniqueWord("ulang");
        String name = word + ".txt";
        drop("disdik", name, new byte[0]);
        Path failed = inbox("disdik").resolve(".failed");
        await().atMost(SEARCHABLE_WITHIN).until(() -> Files.exists(failed.resolve(name)));
        PageSession librarian = new PageSession(port);
        librarian.signIn("pustakawan", "uji-pustakawan-2025");
        String page = await().atMost(SEARCHABLE_WITHIN).until(() -> librarian.get("/review/failures").body(),
                body -> body.contains(name));
        assertThat(page).contains("disdik-inbox", "empty file (0 bytes)", "Coba lagi");

        // the agency sends the file again, complete this time
        Files.writeString(failed.resolve(name), "Pengumuman beasiswa " + word + "\n\nPendaftaran dibuka.");
        HttpResponse<String> replayed = librarian.postFromPage("/review/failures", "/review/failures/disdik-inbox/replay",
                Map.of("fileName", name));

        assertThat(replayed.headers().firstValue("Location").orElseThrow()).endsWith("/review/failures");
        assertThat(failed.resolve(name + ".reason")).doesNotExist();
        awaitHits(word, 1);
        assertThat(librarian.postFromPage("/review/failures", "/review/failures/disdik-inbox/replay",
                Map.of("fileName", "../../rahasia.txt")).headers().firstValue("Location").orElseThrow())
                .as("nothing outside .failed/ is moved").endsWith("/review/failures");
    }

    private void seedPending(Document document) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topics.documents(), document.id(), TestDocuments.json(document))).get();
        }
    }

    static Document document(String id, String sourceId, String title, String text) {
        Instant at = Instant.ofEpochMilli(5000);
        return new Document(id, sourceId, new Agency("uji", "Dinas Uji"), DocumentKind.NEWS, title, text, text, null,
                "id", null, null, at, at, at, null, null, List.of(), "hash-5000", 5000, null, List.of(), List.of(),
                null);
    }
}
