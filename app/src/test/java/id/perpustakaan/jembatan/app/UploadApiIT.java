package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.local.KafkaOutage;
import id.perpustakaan.jembatan.model.AgencyToken;
import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.SourceRef;
import id.perpustakaan.jembatan.routes.fixtures.Documents;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Agencies' systems upload through the API with their own tokens, through the real broker and node: an upload is
 * searchable with the facts it was sent with and replaced by the next upload of its external id; a token opens its
 * own agency only, and not once it expired or was revoked; an upload over the size limit is refused before it is
 * read; an upload while Kafka is away waits on disk and is published once when Kafka is back; an agency's withdrawal
 * of a public regulation waits for a librarian.
 */
class UploadApiIT {

    private static final String RUN = "uploadapi" + Integer.toHexString(new Random().nextInt());
    private static OwnApplication app;

    @BeforeAll
    static void start() throws Exception {
        app = OwnApplication.start(RUN, """
                jembatan:
                  sources:
                    - id: %1$s-dinsos
                      agency-code: dinsos
                      agency-name: Dinas Sosial
                      kind: upload
                      schedule: 1s
                      default-kind: announcement
                    - id: %1$s-disdik
                      agency-code: disdik
                      agency-name: Dinas Pendidikan
                      kind: upload
                      schedule: 1s
                """.formatted(RUN), OwnApplication.ownTopics(RUN));
    }

    @AfterEach
    void brokerBack() {
        // a failed assertion must not leave the broker down for the tests after this one
        KafkaOutage.end();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void anUploadWithItsAgencysTokenIsSearchableWithItsFactsAndReplacedByTheNextOfItsExternalId() throws Exception {
        String token = createToken("dinsos");
        String word = PipelineIT.uniqueWord("bansos");

        JsonNode accepted = upload("dinsos", token, "SK Penyaluran.pdf", Documents.pdf("Surat biasa",
                "Penyaluran bantuan sosial " + word + " dimulai bulan depan."), Map.of("externalId", "SK-2026-001",
                "title", "Penyaluran Bantuan Sosial Tahap II", "kind", "pengumuman", "tags", "bansos, PKH",
                "validUntil", "2099-12-31"), 202);
        String documentId = SourceRef.idOf(RUN + "-dinsos", "SK-2026-001");
        assertThat(accepted.get("documentId").asText()).isEqualTo(documentId);
        assertThat(accepted.get("externalId").asText()).isEqualTo("SK-2026-001");
        assertThat(accepted.get("status").asText()).isEqualTo("queued");
        assertThat(accepted.get("statusUrl").asText()).isEqualTo("/api/agencies/dinsos/documents/SK-2026-001/status");

        await().atMost(PipelineIT.SEARCHABLE_WITHIN).until(() -> status(accepted, token).get("status").asText(),
                "published"::equals);
        JsonNode hit = app.awaitHits(word, 1).get("hits").get(0);
        assertThat(hit.get("id").asText()).isEqualTo(documentId);
        assertThat(hit.get("title").asText()).isEqualTo("Penyaluran Bantuan Sosial Tahap II");
        assertThat(hit.get("kind").asText()).isEqualTo("ANNOUNCEMENT");
        assertThat(hit.get("agency").get("code").asText()).isEqualTo("dinsos");
        assertThat(hit.get("original").get("fileName").asText()).isEqualTo("SK-2026-001.pdf");
        JsonNode document = app.http().get().uri(hit.get("href").asText()).retrieve().body(JsonNode.class);
        assertThat(document.get("tags").toString()).contains("bansos", "PKH");

        // the same externalId in another format: a new revision of the same document
        String newer = PipelineIT.uniqueWord("revisi");
        upload("dinsos", token, "sk-perubahan.docx", Documents.docx("Penyaluran Bantuan Sosial Tahap II (perubahan)",
                "Jadwal penyaluran " + newer + " diubah."), Map.of("externalId", "SK-2026-001"), 202);
        JsonNode replaced = app.awaitHits(newer, 1).get("hits").get(0);
        assertThat(replaced.get("id").asText()).isEqualTo(documentId);
        app.awaitHits(word, 0);
    }

    @Test
    void anAgencysWithdrawalOfARegulationWaitsForALibrariansSignOff() throws Exception {
        String token = createToken("disdik");
        String word = PipelineIT.uniqueWord("perwako");
        JsonNode accepted = upload("disdik", token, "perwako.txt", Documents.text("Peraturan Wali Kota",
                "Peraturan Wali Kota Sawahlunto tentang " + word + "."), Map.of("externalId", "PERWAKO-7",
                "kind", "peraturan"), 202);
        String id = accepted.get("documentId").asText();
        // published at once: this application requires review of no kind
        await().atMost(PipelineIT.SEARCHABLE_WITHIN).until(() -> status(accepted, token).get("status").asText(),
                "published"::equals);
        app.awaitHits(word, 1);

        JsonNode asked = app.http().delete().uri("/api/agencies/disdik/documents/PERWAKO-7?reason=sudah dicabut")
                .headers(headers -> headers.setBearerAuth(token)).retrieve().body(JsonNode.class);
        assertThat(asked.get("status").asText()).isEqualTo("withdrawal-requested");
        await().atMost(PipelineIT.SEARCHABLE_WITHIN).until(() -> status(accepted, token).get("status").asText(),
                "withdrawal-requested"::equals);
        assertThat(status(accepted, token).get("reason").asText()).isEqualTo("sudah dicabut");
        assertThat(app.search(word).get("total").asInt()).as("public until a librarian signs it off").isEqualTo(1);

        librarian().post().uri("/api/review/items/{id}/withdraw", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "dicabut atas permintaan Dinas Pendidikan")).retrieve().toBodilessEntity();
        app.awaitHits(word, 0);
        await().atMost(PipelineIT.SEARCHABLE_WITHIN).until(() -> status(accepted, token).get("status").asText(),
                "withdrawn"::equals);
    }

    @Test
    void aTokenOpensItsOwnAgencyOnly() throws Exception {
        String token = createToken("dinsos");
        byte[] file = Documents.text("Pengumuman", "isi");

        JsonNode other = upload("disdik", token, "a.txt", file, Map.of(), 403);
        assertThat(other.get("title").asText()).isEqualTo("Another agency");
        assertThat(other.get("detail").asText()).contains("its own agency only");
        JsonNode otherWayRound = upload("dinsos", createToken("disdik"), "a.txt", file, Map.of(), 403);
        assertThat(otherWayRound.get("status").asInt()).isEqualTo(403);
    }

    @Test
    void noTokenAnUnknownExpiredOrRevokedTokenIs401SayingWhat() throws Exception {
        byte[] file = Documents.text("Pengumuman", "isi");
        assertThat(rawUpload("dinsos", null, file)).satisfies(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.headers()).containsEntry("www-authenticate", "Bearer realm=\"Jembatan uploads\"");
        });
        assertThat(upload("dinsos", "jbt_0123456789abcdef_" + "A".repeat(43), "a.txt", file, Map.of(), 401)
                .get("detail").asText()).contains("not known");

        String revoked = createToken("dinsos");
        String tokenId = revoked.substring(4, 20);
        JsonNode revocation = app.admin().delete().uri("/api/admin/agencies/dinsos/tokens/" + tokenId).retrieve()
                .body(JsonNode.class);
        assertThat(revocation.get("state").asText()).isEqualTo("revoked");
        JsonNode refused = upload("dinsos", revoked, "a.txt", file, Map.of(), 401);
        assertThat(refused.get("detail").asText()).contains("revoked");

        // a token another instance created long ago: its record on the topic is all any instance knows of it
        String secret = "B".repeat(43);
        String expired = "jbt_fedcba9876543210_" + secret;
        AgencyToken record = new AgencyToken("fedcba9876543210", "dinsos", HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII))), "lama",
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-04-01T00:00:00Z"), "admin", null, null);
        app.publishAll(app.topics().agencyTokens(), Map.of(record.tokenId(),
                JembatanJson.mapper().writeValueAsString(record)));
        await().atMost(Duration.ofSeconds(30)).until(() -> rawUpload("dinsos", expired, file).body()
                .contains("expired on 2024-04-01"));

        JsonNode listed = app.admin().get().uri("/api/admin/agencies/dinsos/tokens").retrieve().body(JsonNode.class);
        assertThat(listed.toString()).doesNotContain(secret).doesNotContain(revoked.substring(21))
                .doesNotContain("secretSha256");
    }

    @Test
    void aSixtyMegabyteUploadIsRefusedBeforeItIsRead() throws Exception {
        String token = createToken("dinsos");
        long sixtyMegabytes = 60L * 1024 * 1024;
        try (Socket socket = new Socket("localhost", Integer.parseInt(app.port()))) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            // the headers only: the answer must come without the body being sent at all
            out.write(("POST /api/agencies/dinsos/documents HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=batas\r\n"
                    + "Content-Length: " + sixtyMegabytes + "\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readAnswer(socket.getInputStream());
            assertThat(answer).contains("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                    .contains("at most 50 MB (jembatan.uploads.max-file-size)");
        }
        assertThat(inbox("dinsos")).isDirectoryNotContaining(path -> !path.getFileName().toString()
                .startsWith("."));
    }

    @Test
    void anUploadDuringAKafkaOutageWaitsOnDiskAndIsPublishedOnceAfterIt() throws Exception {
        String token = createToken("dinsos");
        String word = PipelineIT.uniqueWord("darurat");

        KafkaOutage.begin();
        JsonNode accepted = upload("dinsos", token, "siaga.pdf", Documents.pdf("Siaga Banjir",
                "Warga " + word + " diminta waspada."), Map.of("externalId", "siaga-1"), 202);
        // held on disk throughout 15 s of the outage, and said to be queued
        await().during(Duration.ofSeconds(15)).atMost(Duration.ofSeconds(20)).until(() ->
                Files.exists(inbox("dinsos").resolve("siaga-1.pdf"))
                        && "queued".equals(status(accepted, token).get("status").asText()));

        KafkaOutage.end();
        await().atMost(Duration.ofSeconds(180)).until(() -> app.search(word).get("total").asInt() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> status(accepted, token).get("status").asText(),
                "published"::equals);
        assertThat(inbox("dinsos").resolve(".done/siaga-1.pdf")).exists();
        assertThat(inbox("dinsos").resolve("siaga-1.pdf")).doesNotExist();
        assertThat(recordsKeyed(app.topics().documents(), accepted.get("documentId").asText()))
                .as("published once").isEqualTo(1);
    }

    private static String createToken(String agency) {
        JsonNode created = app.admin().post().uri("/api/admin/agencies/" + agency + "/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("label", "sistem uji " + agency, "expiresInDays", 30))
                .exchange((request, response) -> {
                    assertThat(response.getStatusCode().value()).isEqualTo(201);
                    return JsonMapper.shared().readTree(response.getBody());
                });
        assertThat(created.get("about").get("state").asText()).isEqualTo("valid");
        return created.get("token").asText();
    }

    private static JsonNode upload(String agency, String token, String fileName, byte[] content,
                                   Map<String, String> fields, int expectedStatus) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        fields.forEach(parts::add);
        return app.http().post().uri("/api/agencies/" + agency + "/documents")
                .headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                })
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange((request, response) -> {
                    String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(response.getStatusCode().value()).as(body).isEqualTo(expectedStatus);
                    if (expectedStatus >= 400) {
                        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
                    }
                    return JsonMapper.shared().readTree(body);
                });
    }

    record Answer(int status, Map<String, String> headers, String body) {
    }

    private static Answer rawUpload(String agency, String token, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return "a.txt";
            }
        });
        return app.http().post().uri("/api/agencies/" + agency + "/documents")
                .headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                })
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        Map.of("www-authenticate", String.valueOf(response.getHeaders()
                                .getFirst(HttpHeaders.WWW_AUTHENTICATE))),
                        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private static RestClient librarian() {
        return app.http().mutate().defaultHeaders(headers -> headers.setBasicAuth("pustakawan",
                "uji-pustakawan-2025")).build();
    }

    private static JsonNode status(JsonNode accepted, String token) {
        return app.http().get().uri(accepted.get("statusUrl").asText())
                .headers(headers -> headers.setBearerAuth(token)).retrieve().body(JsonNode.class);
    }

    private static Path inbox(String agency) {
        return Path.of(System.getProperty("jembatan.data-dir"), RUN, "uploads", agency);
    }

    /** An HTTP answer read up to the end of its problem document (the connection may stay open). */
    private static String readAnswer(InputStream in) throws Exception {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            read.write(buffer, 0, n);
            String text = read.toString(StandardCharsets.UTF_8);
            int body = text.indexOf("\r\n\r\n", text.indexOf("HTTP/1.1 4"));
            if (body > 0 && text.lastIndexOf('}') > body) {
                break;
            }
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    private static long recordsKeyed(String topic, String key) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                app.bootstrapServers()), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<String> keys = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> keys.add(record.key()));
            }
            return keys.stream().filter(key::equals).count();
        }
    }
}
