package id.perpustakaan.jembatan.app;

import static id.perpustakaan.jembatan.app.PublishedDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import id.perpustakaan.jembatan.indexer.search.SearchQuery;
import id.perpustakaan.jembatan.indexer.search.SearchResult;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.indexer.search.Synonyms;
import id.perpustakaan.jembatan.model.DocumentKind;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/search}, {@code /api/suggest} and {@code /api/documents} over HTTP on documents seeded through Kafka. */
class SearchApiIT extends PipelineIT {

    @Autowired
    ElasticsearchClient elasticsearch;

    record Answer(int status, String contentType, JsonNode body) {
    }

    @Test
    void filtersAndCountsByEveryFacet() throws Exception {
        String word = uniqueWord("fasilitas");
        publish(document("a-" + word, "Pengumuman Renovasi Sekolah " + word).kind(DocumentKind.ANNOUNCEMENT)
                        .published("2024-03-01T03:00:00Z").build(),
                document("b-" + word, "School Renovation Programme " + word).kind(DocumentKind.PROGRAMME)
                        .language("en").published("2025-02-01T03:00:00Z").build(),
                document("c-" + word, "Peraturan Wali Kota Nomor 5 Tahun 2025 tentang Fasilitas " + word)
                        .agency("dinsos", "Dinas Sosial").regulation("Perwako", "5", 2025, "Fasilitas " + word)
                        .published("2025-06-01T03:00:00Z").build(),
                document("d-" + word, "Berita Fasilitas Umum " + word).agency("dinsos", "Dinas Sosial")
                        .published("2023-07-01T03:00:00Z").build());

        JsonNode all = awaitHits(word, 4);
        JsonNode facets = all.get("facets");
        assertThat(facets.get("agency").toString()).contains(
                "{\"value\":\"disdik\",\"count\":2,\"label\":\"Dinas Pendidikan\"}",
                "{\"value\":\"dinsos\",\"count\":2,\"label\":\"Dinas Sosial\"}");
        assertThat(facets.get("kind").toString()).contains("{\"value\":\"ANNOUNCEMENT\",\"count\":1}",
                "{\"value\":\"PROGRAMME\",\"count\":1}", "{\"value\":\"REGULATION\",\"count\":1}",
                "{\"value\":\"NEWS\",\"count\":1}");
        assertThat(facets.get("year").toString()).isEqualTo("[{\"value\":\"2025\",\"count\":2},"
                + "{\"value\":\"2024\",\"count\":1},{\"value\":\"2023\",\"count\":1}]");
        assertThat(facets.get("language").toString()).isEqualTo("[{\"value\":\"id\",\"count\":3},"
                + "{\"value\":\"en\",\"count\":1}]");
        assertThat(facets.get("jenis").toString()).isEqualTo("[{\"value\":\"Perwako\",\"count\":1}]");

        assertThat(ids(word, u -> u.queryParam("agency", "disdik")))
                .containsExactlyInAnyOrder("a-" + word, "b-" + word);
        assertThat(ids(word, u -> u.queryParam("kind", "regulation"))).containsExactly("c-" + word);
        assertThat(ids(word, u -> u.queryParam("year", 2025))).containsExactlyInAnyOrder("b-" + word, "c-" + word);
        assertThat(ids(word, u -> u.queryParam("year", 2023).queryParam("year", 2024)))
                .containsExactlyInAnyOrder("a-" + word, "d-" + word);
        assertThat(ids(word, u -> u.queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")))
                .containsExactly("a-" + word);
        assertThat(ids(word, u -> u.queryParam("language", "en"))).containsExactly("b-" + word);
        assertThat(ids(word, u -> u.queryParam("jenis", "perwako").queryParam("nomor", "5").queryParam("tahun", 2025)))
                .containsExactly("c-" + word);
        assertThat(ids(word, u -> u.queryParam("sort", "newest")))
                .containsExactly("c-" + word, "b-" + word, "a-" + word, "d-" + word);
    }

    @Test
    void highlightsTheMatchedWordsEscapingTheRest() throws Exception {
        String word = uniqueWord("sorot");
        publish(document("h-" + word, "Jadwal <b>Vaksinasi</b> " + word)
                .text("Vaksinasi " + word + " dilaksanakan di puskesmas Talawi setiap hari Kamis.").build());

        JsonNode hit = awaitHits(word, 1).get("hits").get(0);
        assertThat(hit.get("highlights").get(0).asText())
                .isEqualTo("Jadwal &lt;b&gt;Vaksinasi&lt;&#x2F;b&gt; <mark>" + word + "</mark>");
        assertThat(hit.get("highlights").get(1).asText()).contains("<mark>" + word + "</mark> dilaksanakan");
    }

    @Test
    void pagesAndCursorsWalkEveryResultOnceInOrder() throws Exception {
        String word = uniqueWord("halaman");
        for (int i = 0; i < 23; i++) {
            // equal scores: the order falls to the date, then the id
            publish(document(String.format("p%02d-%s", i, word), "Daftar Halaman " + word)
                    .published(Instant.parse("2025-01-01T00:00:00Z").plus(Duration.ofDays(i % 5)).toString())
                    .build());
        }
        awaitHits(word, 23);

        List<String> byPage = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            int p = page;
            byPage.addAll(ids(word, u -> u.queryParam("page", p).queryParam("size", 7)));
        }
        List<String> byCursor = new ArrayList<>();
        String cursor = null;
        do {
            String c = cursor;
            JsonNode answer = get(u -> {
                u.path("/api/search").queryParam("q", word).queryParam("size", 5);
                return (c == null ? u : u.queryParam("cursor", c)).build();
            }).body();
            answer.get("hits").forEach(hit -> byCursor.add(hit.get("id").asText()));
            cursor = answer.hasNonNull("next") ? answer.get("next").asText() : null;
        } while (cursor != null && byCursor.size() < 50);

        assertThat(byPage).hasSize(23).doesNotHaveDuplicates().isEqualTo(byCursor);
        assertThat(ids(word, u -> u.queryParam("page", 4).queryParam("size", 7))).isEmpty();
        assertThat(byPage.get(0)).startsWith("p04-");
    }

    @Test
    void hidesExpiredAnnouncementsUnlessAskedFor() throws Exception {
        String word = uniqueWord("berlaku");
        publish(document("lama-" + word, "Lomba Lama " + word).kind(DocumentKind.ANNOUNCEMENT)
                        .validUntil(Instant.parse("2020-01-01T00:00:00Z")).build(),
                document("baru-" + word, "Lomba Baru " + word).kind(DocumentKind.ANNOUNCEMENT)
                        .validUntil(Instant.now().plus(Duration.ofDays(30))).build());

        JsonNode all = await().atMost(SEARCHABLE_WITHIN).until(() -> get(u -> u.path("/api/search")
                .queryParam("q", word).queryParam("includeExpired", true).build()).body(),
                answer -> answer.get("total").asInt() == 2);
        assertThat(all.get("hits")).hasSize(2);
        assertThat(ids(word, u -> u)).containsExactly("baru-" + word);
    }

    @Test
    void abbreviationsFindFullNamesAndBack() throws Exception {
        String word = uniqueWord("sinonim");
        publish(document("capil-" + word, "Jadwal Pelayanan Dinas Kependudukan dan Pencatatan Sipil " + word).build(),
                document("perda-" + word, "Perda tentang Ketertiban Umum " + word).build());
        awaitHits(word, 2);

        assertThat(ids("disdukcapil " + word, u -> u)).containsExactly("capil-" + word);
        assertThat(ids("\"peraturan daerah\" " + word, u -> u)).containsExactly("perda-" + word);
        assertThat(ids("Peraturan Daerah " + word, u -> u)).containsExactly("perda-" + word);
    }

    @Test
    void aCitedRegulationComesFirst() throws Exception {
        String target = "perwako-12-2024-" + uniqueWord("");
        publish(document(target, "Peraturan Wali Kota Sawahlunto Nomor 12 Tahun 2024 tentang Retribusi Parkir")
                        .regulation("Perwako", "12", 2024, "Retribusi Parkir").build(),
                document("decoy-" + target, "Sosialisasi Perwako 12 2024 dan Perwako 12 2024 lainnya")
                        .text("perwako 12 2024 perwako 12 2024 perwako 12 2024 sosialisasi").build(),
                document("other-" + target, "Peraturan Wali Kota Nomor 2 Tahun 2012 tentang Pasar 2024")
                        .regulation("Perwako", "2", 2012, "Pasar").text("Perwako 2 2012 diubah tahun 2024, pasal 12")
                        .build());
        await().atMost(SEARCHABLE_WITHIN).until(() -> ids("perwako 12 2024", u -> u).contains("decoy-" + target));

        // other tests may publish the same regulation (a real Perwako 12/2024): whichever copy, it comes first
        for (String q : List.of("perwako 12 2024", "perwali nomor 12 tahun 2024", "Peraturan Wali Kota 12/2024")) {
            JsonNode hits = get(u -> u.path("/api/search").queryParam("q", q).build()).body().get("hits");
            assertThat(hits.get(0).get("regulation").toString()).as(q)
                    .contains("\"jenis\":\"Perwako\",\"nomor\":\"12\",\"tahun\":2024");
            List<String> ids = ids(q, u -> u);
            assertThat(ids.indexOf(target)).as(q).isNotNegative();
            for (String decoy : List.of("decoy-" + target, "other-" + target)) {
                int place = ids.indexOf(decoy);
                assertThat(place == -1 || place > ids.indexOf(target)).as(q + ": " + decoy + " in " + ids).isTrue();
            }
        }
    }

    @Test
    void suggestsTheSpellingTheIndexKnows() throws Exception {
        String word = uniqueWord("ejaan");
        publish(document("eja-" + word, "Festival Literasi " + word).build());
        awaitHits(word, 1);

        String misspelt = word.substring(0, word.length() - 1) + (word.endsWith("q") ? "w" : "q");
        JsonNode answer = search(misspelt);
        assertThat(answer.get("total").asInt()).as("a typo in a title still finds it").isEqualTo(1);
        assertThat(answer.get("didYouMean").asText()).isEqualTo(word);
        assertThat(search(word).has("didYouMean")).isFalse();
        JsonNode elsewhere = http().get().uri(uri -> uri.path("/api/search").queryParam("q", misspelt)
                .queryParam("agency", "dinsos").build()).retrieve().body(JsonNode.class);
        assertThat(elsewhere.get("total").asInt()).isZero();
        assertThat(elsewhere.has("didYouMean")).as("the suggestion finds nothing at Dinsos either").isFalse();
    }

    @Test
    void completesTitlesAsTheyAreTyped() throws Exception {
        String word = uniqueWord("lengkap");
        publish(document("s1-" + word, "Pendaftaran Lomba Mewarnai " + word).build(),
                document("s2-" + word, "Pendaftaran Lomba Menyanyi " + word).kind(DocumentKind.ANNOUNCEMENT)
                        .validUntil(Instant.parse("2021-01-01T00:00:00Z")).build());
        awaitHits(word, 1);

        JsonNode answer = get(u -> u.path("/api/suggest").queryParam("q", word + " lomba mewa").build()).body();
        assertThat(answer.get("suggestions")).hasSize(1);
        assertThat(answer.get("suggestions").get(0).get("title").asText())
                .isEqualTo("Pendaftaran Lomba Mewarnai " + word);
        assertThat(answer.get("suggestions").get(0).get("href").asText()).isEqualTo("/api/documents/s1-" + word);
        assertThat(get(u -> u.path("/api/suggest").queryParam("q", word + " lomba me").build()).body()
                .get("suggestions")).as("expired announcements are not suggested").hasSize(1);
    }

    @Test
    void hostileQueriesAreAnsweredSafely() {
        for (String hostile : List.of("\" OR *:*", "{\"match_all\":{}}", "*", "title:*", "-", "\"\"\"",
                "a".repeat(10_000), "(((((", "\\", "<script>alert(1)</script>", "perwako 12 2024 OR 1=1 --")) {
            Answer answer = get(u -> u.path("/api/search").queryParam("q", "{q}").build(hostile));
            assertThat(answer.status()).as(hostile).isIn(200, 400);
            if (answer.status() == 400) {
                assertThat(answer.contentType()).as(hostile).startsWith("application/problem+json");
                assertThat(answer.body().get("detail").asText()).as(hostile).isNotBlank();
            }
        }
        assertThat(get(u -> u.path("/api/search").queryParam("q", "a".repeat(10_000)).build()).status())
                .isEqualTo(400);
        assertThat(get(u -> u.path("/api/suggest").queryParam("q", "{q}").build("{\"match_all\":{}}")).status())
                .isEqualTo(200);
        assertThat(get(u -> u.path("/api/suggest").queryParam("q", "\" OR *:*").build()).status()).isEqualTo(200);
    }

    @Test
    void wrongParametersAreProblemsThatSayWhatToChange() {
        assertProblem(u -> u.path("/api/search").queryParam("size", 1000).build(), "size must be between 1 and 100");
        assertProblem(u -> u.path("/api/search").queryParam("page", 5000).queryParam("size", 10).build(),
                "'next' cursor");
        assertProblem(u -> u.path("/api/search").queryParam("cursor", "bm90IGEgY3Vyc29y").build(),
                "was not given by this search");
        assertProblem(u -> u.path("/api/search").queryParam("sort", "popular").build(), "[relevance, newest]");
        assertProblem(u -> u.path("/api/search").queryParam("kind", "memo").build(), "kind 'memo'");
        assertProblem(u -> u.path("/api/search").queryParam("from", "kemarin").build(), "from");
        assertProblem(u -> u.path("/api/search").queryParam("from", "2025-02-01").queryParam("to", "2025-01-01")
                .build(), "swap them");
        assertProblem(u -> u.path("/api/documents/tidak-ada").build(), "no published document 'tidak-ada'");
    }

    @Test
    void aDocumentCarriesItsProvenanceAndOriginal() throws Exception {
        String word = uniqueWord("asal");
        publish(document("doc-" + word, "Dokumen Asal " + word).url("https://disdik.example/" + word).build());
        awaitHits(word, 1);

        JsonNode document = get(u -> u.path("/api/documents/doc-" + word).build()).body();
        assertThat(document.get("provenance").get("connector").asText()).isEqualTo("feed");
        assertThat(document.get("original").get("fileName").asText()).isEqualTo("doc-" + word + ".pdf");
        assertThat(document.get("sources").get(0).get("url").asText()).isEqualTo("https://disdik.example/" + word);
    }

    @Test
    void theAnswersFieldNamesArePinned() throws Exception {
        String word = uniqueWord("kontrak");
        for (String id : List.of("k1-" + word, "k2-" + word)) {
            // every field set, and a second hit, so that the answer has a next page
            publish(document(id, "Peraturan Daerah Nomor 3 Tahun 2019 " + word)
                    .regulation("Perda", "3", 2019, "Kontrak " + word).url("https://jdih.example/" + id)
                    .modified("2025-04-01T00:00:00Z").validUntil(Instant.parse("2099-01-01T00:00:00Z")).build());
        }
        awaitHits(word, 2);
        JsonNode answer = get(u -> u.path("/api/search").queryParam("q", word).queryParam("size", 1).build()).body();

        TreeSet<String> fields = new TreeSet<>();
        paths("", answer, fields);
        String golden = new String(Objects.requireNonNull(getClass().getResourceAsStream(
                "/golden/search-answer-fields.txt")).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(String.join("\n", fields)).isEqualTo(golden.strip());
        assertThat(get(u -> u.path("/api/suggest").queryParam("q", word).build()).body().toString())
                .contains("{\"q\":\"" + word + "\",\"suggestions\":[{\"title\":");
    }

    @Test
    void theApiIsDescribedForItsUsers() {
        JsonNode description = get(u -> u.path("/api-docs").build()).body();
        assertThat(description.get("openapi").asText()).startsWith("3.");
        assertThat(description.get("paths").has("/api/search")).isTrue();
        assertThat(description.get("paths").has("/api/suggest")).isTrue();
        assertThat(description.get("paths").has("/api/documents/{id}")).isTrue();
        assertThat(description.get("paths").propertyNames()).anyMatch(path -> path.startsWith("/feeds/"));
        assertThat(description.get("paths").get("/api/search").get("get").get("parameters").toString())
                .contains("\"name\":\"q\"", "\"name\":\"cursor\"", "\"name\":\"jenis\"");
        int page = http().get().uri("/swagger-ui/index.html").exchange((request, response) ->
                response.getStatusCode().value());
        assertThat(page).isEqualTo(200);
    }

    @Test
    void anIndexFromBeforeDidYouMeanIsStillSearched() throws Exception {
        // as a live index of template version 1 is, until the rebuild at start has replaced it
        String index = uniqueWord("sebelum-ejaan");
        elasticsearch.indices().create(c -> c.index(index).withJson(new StringReader(
                "{\"mappings\":{\"dynamic\":false,\"properties\":{\"title\":{\"type\":\"text\"},"
                        + "\"text\":{\"type\":\"text\"},\"publishedAt\":{\"type\":\"date\"},"
                        + "\"id\":{\"type\":\"keyword\"}}}}")));
        elasticsearch.index(i -> i.index(index).id("lama").document(document("lama", "Jadwal Lama Sekali").build())
                .refresh(Refresh.True));

        var result = new SearchService(elasticsearch, index, () -> Synonyms.NONE).search(
                new SearchQuery("jadwal", List.of(), List.of(), 0, 10, false));

        assertThat(result.hits()).extracting(SearchResult.Hit::id).containsExactly("lama");
        assertThat(result.didYouMean()).isNull();
        elasticsearch.indices().delete(d -> d.index(index));
    }

    private void publish(id.perpustakaan.jembatan.model.Document... documents) throws Exception {
        try (var published = new PublishedDocuments(bootstrapServers, topics.published())) {
            published.publish(documents);
        }
    }

    private List<String> ids(String q, Function<UriBuilder, UriBuilder> parameters) {
        JsonNode answer = get(u -> parameters.apply(u.path("/api/search").queryParam("q", q)).build()).body();
        assertThat(answer.has("hits")).as(answer.toString()).isTrue();
        List<String> ids = new ArrayList<>();
        answer.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    Answer get(Function<UriBuilder, URI> uri) {
        return http().get().uri(uri).exchange((request, response) -> {
            byte[] body = response.getBody().readAllBytes();
            String type = response.getHeaders().getContentType() == null ? ""
                    : response.getHeaders().getContentType().toString();
            return new Answer(response.getStatusCode().value(), type,
                    body.length == 0 ? null : readJson(body));
        });
    }

    private void assertProblem(Function<UriBuilder, URI> uri, String detail) {
        Answer answer = get(uri);
        assertThat(answer.status()).as(detail).isIn(400, 404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("detail").asText()).contains(detail);
        assertThat(answer.body().get("status").asInt()).isEqualTo(answer.status());
    }

    private static JsonNode readJson(byte[] body) throws IOException {
        return JsonMapper.shared().readTree(body);
    }

    /** Every field's path; array elements share the path of their array. */
    private static void paths(String prefix, JsonNode node, TreeSet<String> into) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                // facet names are data of the answer, but each is pinned too: they are what a portal reads
                String path = prefix.isEmpty() ? name : prefix + "." + name;
                into.add(path);
                paths(path, node.get(name), into);
            }
        } else if (node.isArray()) {
            node.forEach(element -> paths(prefix + "[]", element, into));
        }
    }
}
