package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.web.client.HttpServerErrorException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Librarians' decisions through the review API, with the real broker and node: a document of a source that needs
 * review reaches the public search only once approved, as edited; a change waits while the approved revision stays
 * public; rejections and withdrawals keep their reasons in the audit; fifty documents approved at once.
 */
class ReviewQueueIT {

    private static final Duration WITHIN = PipelineIT.SEARCHABLE_WITHIN;
    private static final String RUN = "review" + Integer.toHexString(new Random().nextInt());
    private static OwnApplication app;
    private static Path dataDir;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Path.of(System.getProperty("jembatan.data-dir"), RUN);
        app = OwnApplication.start(RUN, """
                jembatan:
                  sources:
                    - id: arsip-inbox
                      agency-code: arsip
                      agency-name: Dinas Kearsipan
                      kind: folder
                      path: ${jembatan.data-dir}/inbox/arsip
                      schedule: 1s
                      review: required
                      default-kind: news
                    - id: hukum-inbox
                      agency-code: hukum
                      agency-name: Bagian Hukum
                      kind: folder
                      path: ${jembatan.data-dir}/inbox/hukum
                      schedule: 1s
                      review: auto
                      default-kind: announcement
                    - id: rahasia-inbox
                      agency-code: rahasia
                      agency-name: Sekretariat Daerah
                      kind: folder
                      path: ${jembatan.data-dir}/inbox/rahasia
                      schedule: 1s
                      review: auto
                      klasifikasi: dikecualikan
                """, "--jembatan.review.required-kinds=REGULATION");
        // the indices are set up beside the start: searches answer 503 until they are there
        await().atMost(WITHIN).ignoreException(HttpServerErrorException.ServiceUnavailable.class).until(() -> app.search("siap") != null
                && librarian().get().uri("/api/review/queue").retrieve().body(JsonNode.class) != null);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aRequiredSourcesDocumentIsPublicOnlyOnceApprovedAndAsEdited() throws Exception {
        String word = PipelineIT.uniqueWord("arsip");
        drop("arsip", word + ".txt", "Jadwal layanan arsip " + word + "\n\nLayanan arsip buka setiap hari kerja.");
        JsonNode item = awaitQueued("arsip-inbox", word);
        assertThat(item.get("state").asText()).isEqualTo("PENDING");
        assertThat(app.search(word).get("total").asInt()).isZero();

        String id = item.get("id").asText();
        JsonNode decision = librarian().post().uri("/api/review/items/{id}/approve", id)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("revision", item.get("revision").asLong(), "title", "Jadwal Layanan Kearsipan " + word,
                        "kind", "ANNOUNCEMENT", "tags", List.of("arsip", "jadwal")))
                .retrieve().body(JsonNode.class);
        assertThat(decision.get("action").asText()).isEqualTo("APPROVE");
        assertThat(decision.get("by").asText()).isEqualTo("pustakawan");

        JsonNode hit = app.awaitHits(word, 1).get("hits").get(0);
        assertThat(hit.get("title").asText()).isEqualTo("Jadwal Layanan Kearsipan " + word);
        assertThat(hit.get("kind").asText()).isEqualTo("ANNOUNCEMENT");
        JsonNode document = app.http().get().uri("/api/documents/{id}", id).retrieve().body(JsonNode.class);
        assertThat(document.get("tags")).extracting(JsonNode::asText).containsExactly("arsip", "jadwal");
        JsonNode view = awaitItem(id, v -> "PUBLISHED".equals(v.get("state").asText()));
        assertThat(view.get("decision").get("edits").get("title").asText()).isEqualTo("Jadwal Layanan Kearsipan " + word);
        assertThat(view.get("document").get("title").asText()).as("the harvested revision is kept as harvested")
                .isEqualTo("Jadwal layanan arsip " + word);
        JsonNode again = librarian().post().uri("/api/review/items/{id}/renormalise", id).retrieve()
                .body(JsonNode.class);
        assertThat(again.get("changed").asBoolean()).as("the same original normalises to the same document").isFalse();
    }

    @Test
    void aDocumentExemptFromDisclosureReachesLibrariansOnly_untilOneGivesItAPublicClass() throws Exception {
        String word = PipelineIT.uniqueWord("rahasia");
        drop("rahasia", word + ".txt", "Notulen rapat koordinasi " + word + "\n\nDibahas rencana mutasi pegawai.");
        String id = awaitQueued("rahasia-inbox", word).get("id").asText();
        JsonNode item = awaitItem(id, v -> v.get("document") != null);
        assertThat(item.get("document").get("klasifikasi").asText()).isEqualTo("DIKECUALIKAN");
        assertThat(item.get("state").asText()).as("not published at once from an auto source").isEqualTo("PENDING");

        assertThat(app.search(word).get("total").asInt()).isZero();
        assertThat(status(app.http().get().uri("/dokumen/{id}", id))).isEqualTo(404);
        assertThat(status(app.http().get().uri("/api/documents/{id}", id))).isEqualTo(404);
        assertThat(app.http().get().uri("/feeds/agencies/rahasia.json").retrieve().body(String.class))
                .doesNotContain(id);
        int refused = librarian().post().uri("/api/review/items/{id}/approve", id)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("revision", item.get("document")
                        .get("revision").asLong()))
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(refused).as("approving it as classified is refused").isEqualTo(409);

        librarian().post().uri("/api/review/items/{id}/approve", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("revision", item.get("document").get("revision").asLong(), "klasifikasi",
                        "SETIAP_SAAT")).retrieve().toBodilessEntity();
        app.awaitHits(word, 1);
        assertThat(app.http().get().uri("/api/documents/{id}", id).retrieve().body(JsonNode.class)
                .get("klasifikasi").asText()).isEqualTo("SETIAP_SAAT");
    }

    @Test
    void anAlertIsClassifiedSertaMerta() throws Exception {
        String word = PipelineIT.uniqueWord("siaga");
        drop("hukum", word + ".txt", "Peringatan Dini Banjir " + word + "\n\nWarga bantaran sungai diminta waspada.");
        JsonNode hit = app.awaitHits(word, 1).get("hits").get(0);
        assertThat(app.http().get().uri("/api/documents/{id}", hit.get("id").asText()).retrieve()
                .body(JsonNode.class).get("klasifikasi").asText()).isEqualTo("SERTA_MERTA");

        // a facet and a filter
        JsonNode urgent = app.http().get().uri("/api/search?q={q}&klasifikasi=serta-merta", word).retrieve()
                .body(JsonNode.class);
        assertThat(urgent.get("total").asInt()).isEqualTo(1);
        assertThat(urgent.get("facets").get("klasifikasi").get(0).get("value").asText()).isEqualTo("SERTA_MERTA");
        assertThat(app.http().get().uri("/api/search?q={q}&klasifikasi=berkala", word).retrieve()
                .body(JsonNode.class).get("total").asInt()).isZero();
        // shown first, whatever is searched
        String page = app.http().get().uri("/?q=perpustakaan").retrieve().body(String.class);
        assertThat(page).contains("Informasi serta merta").contains("Peringatan Dini Banjir " + word);
        // the portal's own facet and filter, by the class's word
        String filtered = app.http().get().uri("/?q={q}&klasifikasi=serta-merta", word).retrieve()
                .body(String.class);
        assertThat(filtered).contains("Klasifikasi informasi publik")
                .contains("name=\"klasifikasi\" id=\"filter-klasifikasi-0\" value=\"serta-merta\" checked")
                .contains("Peringatan Dini Banjir " + word);
        assertThat(app.http().get().uri("/?q={q}&klasifikasi=berkala", word).retrieve().body(String.class))
                .doesNotContain("<mark>" + word);
        // counted for the agency's evaluation, in this month
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
        JsonNode report = await().atMost(WITHIN).until(() -> librarian().get().uri("/api/review/klasifikasi")
                .retrieve().body(JsonNode.class), rows -> rows.findValues("agencyCode").stream()
                .anyMatch(code -> code.asText().equals("hukum")));
        assertThat(report).filteredOn(row -> row.get("agencyCode").asText().equals("hukum")
                && row.get("month").asText().equals(month)).singleElement()
                .satisfies(row -> assertThat(row.get("SERTA_MERTA").asLong()).isPositive());
        String csv = librarian().get().uri("/api/review/klasifikasi.csv").retrieve().body(String.class);
        assertThat(csv).startsWith("lembaga,kode,bulan,berkala,serta_merta,setiap_saat,dikecualikan,"
                + "belum_diklasifikasi,jumlah\r\n").contains("Bagian Hukum,hukum," + month + ",");
        assertThat(status(app.http().get().uri("/api/review/klasifikasi"))).as("librarians only").isEqualTo(401);
    }

    private static int status(org.springframework.web.client.RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((asked, response) -> response.getStatusCode().value());
    }

    @Test
    void aChangeToAnApprovedDocumentLeavesTheOldRevisionPublicUntilItIsApproved() throws Exception {
        String word = PipelineIT.uniqueWord("ubah");
        String before = PipelineIT.uniqueWord("lama");
        String after = PipelineIT.uniqueWord("baru");
        drop("arsip", word + ".txt", "Pengumuman pameran " + word + "\n\nPameran dibuka pukul 08.00 " + before + ".");
        JsonNode first = awaitQueued("arsip-inbox", word);
        String id = first.get("id").asText();
        approve(id, first.get("revision").asLong());
        app.awaitHits(before, 1);

        drop("arsip", word + ".txt", "Pengumuman pameran " + word + "\n\nPameran dibuka pukul 09.00 " + after + ".");
        JsonNode changed = awaitItem(id, v -> v.get("document").get("revision").asLong() > first.get("revision")
                .asLong() && "PENDING".equals(v.get("state").asText()));
        assertThat(changed.get("textDiff").get("added").asInt()).isPositive();
        assertThat(changed.get("textDiff").get("removed").asInt()).isPositive();
        assertThat(changed.get("published").get("text").asText()).contains(before);
        assertThat(app.search(before).get("total").asInt()).as("the approved revision stays public").isEqualTo(1);
        assertThat(app.search(after).get("total").asInt()).as("the change waits for a librarian").isZero();

        approve(id, changed.get("document").get("revision").asLong());
        app.awaitHits(after, 1);
        app.awaitHits(before, 0);
    }

    @Test
    void rejectionsAndWithdrawalsKeepTheirReasonsInTheAudit() throws Exception {
        String rejected = PipelineIT.uniqueWord("tolak");
        String withdrawn = PipelineIT.uniqueWord("tarik");
        drop("arsip", rejected + ".txt", "Iklan toko " + rejected + "\n\nDiskon besar di toko kami.");
        drop("arsip", withdrawn + ".txt", "Pengumuman lelang " + withdrawn + "\n\nLelang arsip lama.");
        String rejectedId = awaitQueued("arsip-inbox", rejected).get("id").asText();
        JsonNode toWithdraw = awaitQueued("arsip-inbox", withdrawn);
        String withdrawnId = toWithdraw.get("id").asText();

        int withoutReason = librarian().post().uri("/api/review/items/{id}/reject", rejectedId)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", " "))
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(withoutReason).isEqualTo(409);
        librarian().post().uri("/api/review/items/{id}/reject", rejectedId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "iklan komersial, bukan informasi publik")).retrieve().toBodilessEntity();
        approve(withdrawnId, toWithdraw.get("revision").asLong());
        app.awaitHits(withdrawn, 1);
        librarian().post().uri("/api/review/items/{id}/withdraw", withdrawnId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "lelang dibatalkan, kata Dinas Kearsipan")).retrieve().toBodilessEntity();

        app.awaitHits(withdrawn, 0);
        assertThat(app.search(rejected).get("total").asInt()).isZero();
        awaitItem(rejectedId, v -> "REJECTED".equals(v.get("state").asText()));
        awaitItem(withdrawnId, v -> "WITHDRAWN".equals(v.get("state").asText()));
        // the audit is a projection of the reviews topic: a decision shows within a refresh
        JsonNode rejectedAudit = await().atMost(WITHIN).until(() -> librarian().get()
                .uri("/api/review/audit?documentId={id}", rejectedId).retrieve().body(JsonNode.class),
                decisions -> decisions.size() == 1);
        assertThat(rejectedAudit.get(0).get("action").asText()).isEqualTo("REJECT");
        assertThat(rejectedAudit.get(0).get("by").asText()).isEqualTo("pustakawan");
        assertThat(rejectedAudit.get(0).get("reason").asText()).isEqualTo("iklan komersial, bukan informasi publik");
        JsonNode withdrawnAudit = await().atMost(WITHIN).until(() -> librarian().get()
                .uri("/api/review/audit?documentId={id}", withdrawnId).retrieve().body(JsonNode.class),
                decisions -> decisions.size() == 2);
        assertThat(withdrawnAudit).extracting(d -> d.get("action").asText()).containsExactly("WITHDRAW", "APPROVE");
        assertThat(withdrawnAudit.get(0).get("reason").asText()).isEqualTo("lelang dibatalkan, kata Dinas Kearsipan");
        String csv = librarian().get().uri("/api/review/audit.csv").retrieve().body(String.class);
        assertThat(csv).contains(rejectedId + ",").contains("REJECT,pustakawan,\"iklan komersial, bukan informasi publik\"")
                .contains("WITHDRAW,pustakawan,\"lelang dibatalkan, kata Dinas Kearsipan\"");
    }

    @Test
    void fiftyDocumentsAreApprovedAtOnce() throws Exception {
        String word = PipelineIT.uniqueWord("massal");
        String sourceId = "massal-" + word;
        Map<String, String> documents = new LinkedHashMap<>();
        long start = Instant.now().toEpochMilli();
        for (int i = 0; i < 50; i++) {
            String id = sourceId + "-" + i;
            documents.put(id, TestDocuments.json(document(id, sourceId, "Kabar " + word + " nomor " + i, start + i)));
        }
        app.publishAll(app.bean(Topics.class).documents(), documents);
        JsonNode queue = await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> librarian().get()
                .uri("/api/review/queue?source={source}&size=100", sourceId).retrieve().body(JsonNode.class),
                page -> page.get("total").asInt() == 50);
        List<Map<String, Object>> selection = new ArrayList<>();
        queue.get("items").forEach(item -> selection.add(Map.of("id", item.get("id").asText(),
                "revision", item.get("revision").asLong())));

        long began = System.nanoTime();
        JsonNode answer = librarian().post().uri("/api/review/bulk").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("action", "APPROVE", "items", selection)).retrieve().body(JsonNode.class);
        long decided = System.nanoTime();
        assertThat(answer.get("decided").asInt()).isEqualTo(50);
        app.awaitHits(word, 50);
        long searchable = System.nanoTime();
        System.out.printf("bulk approval of 50: answered in %d ms, all searchable after %d ms%n",
                (decided - began) / 1_000_000, (searchable - began) / 1_000_000);
        await().atMost(WITHIN).until(() -> librarian().get().uri("/api/review/queue?source={source}", sourceId)
                .retrieve().body(JsonNode.class).get("total").asInt() == 0);
    }

    @Test
    void aRegulationFromAnAutoSourceWaitsForALibrarianWhileAnAnnouncementIsPublishedAtOnce() throws Exception {
        String regulation = PipelineIT.uniqueWord("perwako");
        String announcement = PipelineIT.uniqueWord("umum");
        drop("hukum", regulation + ".txt", "PERATURAN WALI KOTA SAWAHLUNTO\nNOMOR 7 TAHUN 2025\nTENTANG\n"
                + "PEDOMAN LAYANAN " + regulation.toUpperCase() + "\n\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n"
                + "WALI KOTA SAWAHLUNTO,\nMenimbang: bahwa layanan perlu diatur.\nPasal 1\nKetentuan umum.\n\n"
                + "Ditetapkan di Sawahlunto\npada tanggal 3 Maret 2025\n\nDiundangkan di Sawahlunto\n"
                + "pada tanggal 4 Maret 2025\n\nPENJELASAN\nATAS\nPERATURAN WALI KOTA SAWAHLUNTO NOMOR 7 TAHUN 2025\n"
                + "Cukup jelas.\n");
        drop("hukum", announcement + ".txt", "Pengumuman " + announcement + "\n\nKantor tutup pada hari libur.");

        app.awaitHits(announcement, 1);
        JsonNode waiting = awaitQueued("hukum-inbox", regulation);
        assertThat(waiting.get("kind").asText()).isEqualTo("REGULATION");
        assertThat(app.search(regulation).get("total").asInt()).isZero();
        JsonNode published = await().atMost(WITHIN).until(() -> librarian().get()
                .uri("/api/review/queue?source=hukum-inbox&state=AUTO_PUBLISHED&size=100").retrieve()
                .body(JsonNode.class), page -> find(page, announcement) != null);
        assertThat(find(published, announcement).get("state").asText()).isEqualTo("AUTO_PUBLISHED");

        assertThat(waiting.get("title").asText()).as("built from the fields, the subject in sentence case")
                .isEqualTo("Peraturan Wali Kota Sawahlunto Nomor 7 Tahun 2025 tentang Pedoman layanan " + regulation);
        approve(waiting.get("id").asText(), waiting.get("revision").asLong());
        JsonNode hit = app.awaitHits(regulation, 1).get("hits").get(0);
        assertThat(hit.get("publishedAt").asText()).as("promulgated 4 March 2025, 00:00 WIB")
                .isEqualTo("2025-03-03T17:00:00Z");
        assertThat(hit.get("regulation").get("tanggalPenetapan").asText()).isEqualTo("2025-03-03");
        assertThat(hit.get("regulation").get("tanggalPengundangan").asText()).isEqualTo("2025-03-04");
    }

    static RestClient librarian() {
        return app.http().mutate().defaultHeaders(h -> h.setBasicAuth("pustakawan", "uji-pustakawan-2025")).build();
    }

    private static void approve(String id, long revision) {
        librarian().post().uri("/api/review/items/{id}/approve", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("revision", revision)).retrieve().toBodilessEntity();
    }

    private static JsonNode awaitQueued(String sourceId, String word) {
        JsonNode page = await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> librarian().get()
                .uri("/api/review/queue?source={source}&size=200", sourceId).retrieve().body(JsonNode.class),
                p -> find(p, word) != null);
        return find(page, word);
    }

    private static JsonNode awaitItem(String id, java.util.function.Predicate<JsonNode> condition) {
        return await().atMost(WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> librarian().get()
                .uri("/api/review/items/{id}", id).retrieve().body(JsonNode.class), condition::test);
    }

    private static JsonNode find(JsonNode page, String word) {
        for (JsonNode item : page.get("items")) {
            String shown = item.path("title").asText() + " " + item.path("summary").asText();
            if (shown.toLowerCase().contains(word)) {
                return item;
            }
        }
        return null;
    }

    /** Writes the file beside the folder and moves it in, as a careful agency would. */
    static void drop(String agency, String name, String text) throws Exception {
        Path staging = Files.createDirectories(dataDir.resolve("staging"));
        Path inbox = Files.createDirectories(dataDir.resolve("inbox").resolve(agency));
        Files.move(Files.writeString(staging.resolve(name), text, StandardCharsets.UTF_8), inbox.resolve(name));
    }

    private static Document document(String id, String sourceId, String title, long revision) {
        Instant at = Instant.ofEpochMilli(revision);
        return new Document(id, sourceId, new Agency("massal", "Uji Massal"), DocumentKind.NEWS, title, title,
                title + ". Isi kabar.", null, "id", null, null, at, at, at, null, null, List.of(), "hash-" + revision,
                revision, null, List.of(), List.of(), null);
    }
}
