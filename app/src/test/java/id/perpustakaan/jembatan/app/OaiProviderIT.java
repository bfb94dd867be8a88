package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.perpustakaan.jembatan.app.oai.OaiSchema;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.model.oaipmh.results.Set;
import io.gdcc.xoai.model.oaipmh.results.record.Header;
import io.gdcc.xoai.serviceprovider.ServiceProvider;
import io.gdcc.xoai.serviceprovider.client.OAIClient;
import io.gdcc.xoai.serviceprovider.exceptions.IdDoesNotExistException;
import io.gdcc.xoai.serviceprovider.exceptions.OAIRequestException;
import io.gdcc.xoai.serviceprovider.model.Context;
import io.gdcc.xoai.serviceprovider.parameters.GetRecordParameters;
import io.gdcc.xoai.serviceprovider.parameters.ListIdentifiersParameters;
import io.gdcc.xoai.serviceprovider.parameters.ListRecordsParameters;
import io.gdcc.xoai.serviceprovider.parameters.Parameters;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A real OAI-PMH harvester (Dataverse's XOAI service provider) harvests the collection from {@code /oai}: 2,600
 * published documents in parts of 100, completely, while documents change, are withdrawn and become exempt during
 * the harvest; then incrementally from a moment, by set, and record by record. Every response it receives is
 * validated against the OAI-PMH schema (oai_dc strictly) before the harvester reads it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OaiProviderIT {

    private static final String RUN = "oai-provider";
    private static final int DOCUMENTS = 2_600;

    private OwnApplication application;
    private PublishedDocuments published;
    private ValidatingClient client;
    private ServiceProvider harvester;
    private String identifierPrefix;

    @BeforeAll
    void publishTheCollection() throws Exception {
        application = OwnApplication.start(RUN, "sources: []\n", OwnApplication.ownTopics(RUN));
        published = new PublishedDocuments(application.bootstrapServers(), application.topics().published());
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            documents.add(document(i, "Dokumen " + i).build());
        }
        // exempt from disclosure before it was ever public: no record at all
        documents.add(PublishedDocuments.document("rahasia", "Dokumen yang dikecualikan")
                .klasifikasi(Klasifikasi.DIKECUALIKAN).build());
        published.publishAll(documents);
        String base = "http://localhost:" + application.port() + "/oai";
        identifierPrefix = "oai:localhost:";
        client = new ValidatingClient(OAIClient.newBuilder().withBaseUrl(base)
                .withRequestTimeout(Duration.ofSeconds(30)).build());
        harvester = new ServiceProvider(new Context().withBaseUrl(base).withGranularity(Granularity.Second)
                .withOAIClient(client).withSaveUnparsedMetadata());
        // the index is set up as the application starts: until then /oai answers 503, as the search does
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> headers(ListIdentifiersParameters.request()
                .withMetadataPrefix("oai_dc")).size() == DOCUMENTS);
    }

    @AfterAll
    void stop() {
        if (published != null) {
            published.close();
        }
        if (application != null) {
            application.close();
        }
    }

    @Test
    void aHarvestThatRunsWhileTheCollectionChangesMissesNothingAndLaterAsksOnlyForTheChanges() throws Exception {
        assertThat(harvester.identify().getDeletedRecord().name()).isEqualToIgnoringCase("persistent");
        int validatedBefore = client.validated.get();

        Map<String, List<Record>> seen = new LinkedHashMap<>();
        Iterator<Record> records = harvester.listRecords(ListRecordsParameters.request().withMetadataPrefix("oai_dc"));
        Instant changedFrom = null;
        int read = 0;
        while (records.hasNext()) {
            Record record = records.next();
            seen.computeIfAbsent(id(record.getHeader()), id -> new ArrayList<>()).add(record);
            if (++read == 500) {
                changedFrom = changeTheCollection();
            }
        }

        // every document harvested, the changed ones again with their change, nothing exempt ever
        assertThat(seen.keySet()).hasSize(DOCUMENTS).doesNotContain("rahasia");
        for (int i = 0; i < 5; i++) {
            List<Record> twice = seen.get(id(i));
            assertThat(twice).as(id(i)).hasSize(2);
            assertThat(title(twice.get(1))).isEqualTo("Dokumen " + i + " (diperbarui)");
        }
        // withdrawn before the harvest reached it: met once, as deleted, at the end
        List<Record> withdrawn = seen.get(id(DOCUMENTS - 1));
        assertThat(withdrawn).hasSize(1);
        assertThat(withdrawn.get(0).getHeader().isDeleted()).isTrue();
        assertThat(withdrawn.get(0).getMetadata()).isNull();
        List<Record> exempted = seen.get(id(100));
        assertThat(exempted).hasSize(2);
        assertThat(exempted.get(1).getHeader().isDeleted()).isTrue();
        assertThat(read).isEqualTo(DOCUMENTS + 5 + 1);
        assertThat(client.validated.get() - validatedBefore).as("responses validated").isGreaterThanOrEqualTo(27);

        // incrementally: only what changed since, the withdrawn and the exempted as deleted
        Map<String, Header> changes = new HashMap<>();
        harvester.listIdentifiers(ListIdentifiersParameters.request().withMetadataPrefix("oai_dc")
                .withFrom(changedFrom)).forEachRemaining(header -> changes.put(id(header), header));
        assertThat(changes.keySet()).containsExactlyInAnyOrder(id(0), id(1), id(2), id(3), id(4), id(100),
                id(DOCUMENTS - 1));
        assertThat(changes.get(id(100)).isDeleted()).isTrue();
        assertThat(changes.get(id(DOCUMENTS - 1)).isDeleted()).isTrue();
        assertThat(changes.get(id(0)).isDeleted()).isFalse();
    }

    @Test
    void setsRecordsAndTheExemptAsTheHarvesterSeesThem() throws Exception {
        Map<String, String> sets = new HashMap<>();
        harvester.listSets().forEachRemaining((Set set) -> sets.put(set.getSpec(), set.getName()));
        assertThat(sets).containsEntry("instansi:disdik", "Dinas Pendidikan")
                .containsEntry("instansi:dinsos", "Dinas Sosial").containsEntry("jenis:pengumuman", "Pengumuman")
                .containsEntry("klasifikasi:berkala", "Informasi berkala")
                .doesNotContainKey("klasifikasi:dikecualikan");

        assertThat(headers(ListIdentifiersParameters.request().withMetadataPrefix("oai_dc")
                .withSetSpec("instansi:dinsos"))).hasSize(DOCUMENTS / 2)
                .allSatisfy(header -> assertThat(header.getSetSpecs()).contains("instansi", "instansi:dinsos"));

        Record one = harvester.getRecord(GetRecordParameters.request().withIdentifier(identifierPrefix + id(7))
                .withMetadataFormatPrefix("oai_dc"));
        String dc = one.getMetadata().asUnparsedString();
        assertThat(title(one)).isEqualTo("Dokumen 7");
        assertThat(dc).contains("<dc:creator>Dinas Sosial</dc:creator>",
                "<dc:identifier>http://localhost:0/dokumen/" + id(7) + "</dc:identifier>",
                "<dc:type xml:lang=\"id\">Pengumuman</dc:type>", "<dc:language>id</dc:language>",
                "<dc:format>application/pdf</dc:format>");
        assertThatThrownBy(() -> harvester.getRecord(GetRecordParameters.request()
                .withIdentifier(identifierPrefix + "rahasia").withMetadataFormatPrefix("oai_dc")))
                .isInstanceOf(IdDoesNotExistException.class);
    }

    /**
     * Five documents already harvested change, one about to be harvested is withdrawn, one already harvested
     * becomes exempt; returns a moment (to the second) after the collection's first publication and before these.
     */
    private Instant changeTheCollection() throws Exception {
        Instant second = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        await().until(() -> Instant.now().isAfter(second));
        List<Document> changed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            changed.add(document(i, "Dokumen " + i + " (diperbarui)").revision(2).build());
        }
        changed.add(document(100, "Dokumen 100").revision(2).klasifikasi(Klasifikasi.DIKECUALIKAN).build());
        published.publishAll(changed);
        published.withdraw(id(DOCUMENTS - 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of(headers(ListIdentifiersParameters.request()
                .withMetadataPrefix("oai_dc").withFrom(second)).stream().map(this::id).toList(),
                application.deadLetters()), seen -> seen.get(0).size() == 7 || !seen.get(1).isEmpty());
        assertThat(application.deadLetters()).isEmpty();
        return second;
    }

    private List<Header> headers(ListIdentifiersParameters parameters) throws Exception {
        List<Header> headers = new ArrayList<>();
        try {
            harvester.listIdentifiers(parameters).forEachRemaining(headers::add);
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("noRecordsMatch")
                    && !(e.getCause() != null && e.getCause().getClass().getSimpleName().contains("NoRecords"))) {
                throw e;
            }
        }
        return headers;
    }

    private String id(Header header) {
        assertThat(header.getIdentifier()).startsWith(identifierPrefix);
        return header.getIdentifier().substring(identifierPrefix.length());
    }

    private static String id(int i) {
        return "oai-dok-" + String.format("%04d", i);
    }

    private static PublishedDocuments.Builder document(int i, String title) {
        boolean disdik = i % 2 == 0;
        return PublishedDocuments.document(id(i), title)
                .agency(disdik ? "disdik" : "dinsos", disdik ? "Dinas Pendidikan" : "Dinas Sosial")
                .kind(i % 3 == 0 ? DocumentKind.NEWS : DocumentKind.ANNOUNCEMENT)
                .klasifikasi(i % 5 == 0 ? Klasifikasi.SETIAP_SAAT : Klasifikasi.BERKALA);
    }

    private static final Pattern TITLE = Pattern.compile("<dc:title[^>]*>([^<]*)</dc:title>");

    private static String title(Record record) {
        Matcher title = TITLE.matcher(record.getMetadata().asUnparsedString());
        assertThat(title.find()).isTrue();
        return title.group(1);
    }

    /** The harvester's own HTTP client, with every response held to the schema before the harvester parses it. */
    private static final class ValidatingClient extends OAIClient {

        private final OAIClient http;
        private final AtomicInteger validated = new AtomicInteger();

        ValidatingClient(OAIClient http) {
            this.http = http;
        }

        @Override
        public InputStream execute(Parameters parameters) throws OAIRequestException {
            try (InputStream in = http.execute(parameters)) {
                byte[] body = in.readAllBytes();
                OaiSchema.validate(body);
                validated.incrementAndGet();
                return new ByteArrayInputStream(body);
            } catch (OAIRequestException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("an invalid OAI-PMH response to " + parameters.toUrl("/oai") + ": "
                        + e.getMessage(), e);
            }
        }
    }
}
