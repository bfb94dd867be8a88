package id.perpustakaan.jembatan.app.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.perpustakaan.jembatan.app.WebSlice;
import id.perpustakaan.jembatan.indexer.oai.OaiCatalogue;
import id.perpustakaan.jembatan.indexer.oai.OaiEntry;
import id.perpustakaan.jembatan.indexer.oai.OaiSets;
import id.perpustakaan.jembatan.indexer.search.LaterRegulations;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.Regulation;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The protocol as harvesters meet it: every verb's answer and every error valid against the OAI-PMH schema (with
 * oai_dc checked strictly), lists in parts, deleted records, the arguments echoed only when they were not the
 * problem, and requests by POST.
 */
@WebSlice(OaiController.class)
@Import(OaiSetNames.class)
@TestPropertySource(properties = {"jembatan.portal.base-url=https://jembatan.sawahluntokota.go.id",
        "jembatan.oai.page-size=2"})
class OaiControllerTest {

    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String PREFIX = "oai:jembatan.sawahluntokota.go.id:";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private OaiCatalogue catalogue;

    @MockitoBean
    private LaterRegulations later;

    private final List<OaiEntry> entries = new ArrayList<>();

    @BeforeEach
    void threeRecordsOneWithdrawn() throws Exception {
        Document perda = document("perda-1", "Peraturan Daerah tentang Retribusi\u000C Pasar\u0000",
                DocumentKind.REGULATION, new Regulation("Perda", "5", 2024, "Retribusi Pasar",
                        List.of("Perda 3/2019"), List.of(), null, null));
        entries.add(entry(perda, "2026-12-01T01:00:00.250Z"));
        entries.add(entry(document("berita-2", "Festival Budaya Sawahlunto", DocumentKind.NEWS, null),
                "2026-12-01T02:00:00Z"));
        entries.add(new OaiEntry("ditarik-3", Instant.parse("2026-12-02T03:00:00Z"), true,
                List.of("instansi", "instansi:disdik"), null));
        when(catalogue.earliest()).thenReturn(Optional.of(Instant.parse("2026-12-01T01:00:00.250Z")));
        when(later.ofEach(any())).thenReturn(Map.of("Perda 5/2024", new LaterRegulations.Links(List.of(
                document("perda-9", "Perubahan", DocumentKind.REGULATION, new Regulation("Perda", "9", 2025,
                        "Perubahan Retribusi", List.of("Perda 5/2024"), List.of(), null, null))), List.of())));
    }

    @Test
    void identifySaysWhoWhereAndHowDatesAreKept() throws Exception {
        org.w3c.dom.Document answer = valid(get("/oai").param("verb", "Identify"));

        assertThat(text(answer, OAI, "repositoryName")).isEqualTo("Perpustakaan Kota Sawahlunto (Jembatan)");
        assertThat(text(answer, OAI, "baseURL")).isEqualTo("https://jembatan.sawahluntokota.go.id/oai");
        assertThat(text(answer, OAI, "earliestDatestamp")).isEqualTo("2026-12-01T01:00:00Z");
        assertThat(text(answer, OAI, "deletedRecord")).isEqualTo("persistent");
        assertThat(text(answer, OAI, "granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
        assertThat(request(answer).getAttribute("verb")).isEqualTo("Identify");
    }

    @Test
    void aListComesInPartsEachContinuingAfterTheLastRecordSent() throws Exception {
        OaiCatalogue.Selection all = new OaiCatalogue.Selection(null, null, null);
        when(catalogue.page(eq(all), isNull(), eq(3))).thenReturn(new OaiCatalogue.Page(entries, 3));
        org.w3c.dom.Document first = valid(get("/oai").param("verb", "ListRecords")
                .param("metadataPrefix", "oai_dc"));

        assertThat(first.getElementsByTagNameNS(OAI, "record").getLength()).isEqualTo(2);
        Element token = (Element) first.getElementsByTagNameNS(OAI, "resumptionToken").item(0);
        assertThat(token.getAttribute("completeListSize")).isEqualTo("3");
        assertThat(token.getAttribute("cursor")).isEqualTo("0");
        List<String> titles = texts(first, DC, "title");
        assertThat(titles).containsExactly("Peraturan Daerah tentang Retribusi Pasar", "Festival Budaya Sawahlunto");
        assertThat(texts(first, DC, "relation")).containsExactly("Mengubah: Perda 3/2019",
                "Diubah oleh: Perda 9/2025 (https://jembatan.sawahluntokota.go.id/dokumen/perda-9)");
        assertThat(texts(first, DC, "identifier")).contains(
                "https://jembatan.sawahluntokota.go.id/dokumen/perda-1", "Perda 5/2024");
        assertThat(texts(first, DC, "creator")).containsOnly("Dinas Pendidikan");
        assertThat(texts(first, DC, "type")).contains("Text", "Peraturan", "Berita");
        assertThat(texts(first, OAI, "setSpec")).contains("instansi:disdik", "jenis:peraturan",
                "klasifikasi:setiap-saat");

        OaiCatalogue.After after = new OaiCatalogue.After(Instant.parse("2026-12-01T02:00:00Z"), "berita-2");
        when(catalogue.page(eq(all), eq(after), eq(3))).thenReturn(new OaiCatalogue.Page(entries.subList(2, 3), 3));
        org.w3c.dom.Document last = valid(get("/oai").param("verb", "ListRecords")
                .param("resumptionToken", token.getTextContent()));

        Element header = (Element) last.getElementsByTagNameNS(OAI, "header").item(0);
        assertThat(header.getAttribute("status")).isEqualTo("deleted");
        assertThat(text(last, OAI, "identifier")).isEqualTo(PREFIX + "ditarik-3");
        assertThat(last.getElementsByTagNameNS(OAI, "metadata").getLength()).isZero();
        Element end = (Element) last.getElementsByTagNameNS(OAI, "resumptionToken").item(0);
        assertThat(end.getTextContent()).isEmpty();
        assertThat(end.getAttribute("cursor")).isEqualTo("2");
        assertThat(request(last).getAttribute("resumptionToken")).isEqualTo(token.getTextContent());
    }

    @Test
    void selectiveHarvestingAsksTheCatalogueForTheSetAndTheInclusiveBounds() throws Exception {
        OaiCatalogue.Selection selection = new OaiCatalogue.Selection("jenis:berita",
                Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-01T23:59:59.999Z"));
        when(catalogue.page(eq(selection), isNull(), anyInt()))
                .thenReturn(new OaiCatalogue.Page(entries.subList(1, 2), 1));

        org.w3c.dom.Document answer = valid(get("/oai").param("verb", "ListIdentifiers")
                .param("metadataPrefix", "oai_dc").param("set", "jenis:berita")
                .param("from", "2026-12-01").param("until", "2026-12-01"));

        assertThat(texts(answer, OAI, "identifier")).containsExactly(PREFIX + "berita-2");
        assertThat(answer.getElementsByTagNameNS(OAI, "resumptionToken").getLength()).isZero();
        assertThat(request(answer).getAttribute("set")).isEqualTo("jenis:berita");
    }

    @Test
    void aRecordByIdentifierByGetOrPost() throws Exception {
        when(catalogue.find("berita-2")).thenReturn(Optional.of(entries.get(1)));

        org.w3c.dom.Document got = valid(get("/oai").param("verb", "GetRecord")
                .param("identifier", PREFIX + "berita-2").param("metadataPrefix", "oai_dc"));
        org.w3c.dom.Document posted = valid(post("/oai").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("verb=GetRecord&identifier=" + PREFIX + "berita-2&metadataPrefix=oai_dc"));

        assertThat(texts(got, DC, "title")).containsExactly("Festival Budaya Sawahlunto");
        assertThat(texts(posted, DC, "title")).containsExactly("Festival Budaya Sawahlunto");
        assertThat(texts(got, DC, "language")).containsExactly("id");
        assertThat(texts(got, DC, "date")).containsExactly("2026-11-30");
    }

    @Test
    void aPostedRequestIsASmallUrlEncodedFormNeverAMultipartBody() throws Exception {
        mvc.perform(post("/oai").contentType(MediaType.MULTIPART_FORM_DATA_VALUE + "; boundary=x")
                        .content("--x\r\nContent-Disposition: form-data; name=\"verb\"\r\n\r\nIdentify\r\n--x--"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/oai").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("verb=Identify&x=" + "a".repeat(1_100_000)))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void setsAreNamedInIndonesianAndTheParentsAreAlwaysThere() throws Exception {
        when(catalogue.sets()).thenReturn(new OaiCatalogue.Sets(List.of("instansi", "instansi:disdik", "jenis",
                "jenis:peraturan", "klasifikasi", "klasifikasi:serta-merta"),
                List.of("instansi:disdik Dinas Pendidikan")));

        org.w3c.dom.Document answer = valid(get("/oai").param("verb", "ListSets"));

        assertThat(texts(answer, OAI, "setSpec")).containsExactly("instansi", "jenis", "klasifikasi",
                "instansi:disdik", "jenis:peraturan", "klasifikasi:serta-merta");
        assertThat(texts(answer, OAI, "setName")).containsExactly("Instansi", "Jenis dokumen",
                "Klasifikasi informasi publik (UU 14/2008)", "Dinas Pendidikan", "Peraturan",
                "Informasi serta merta");
        assertThat(valid(get("/oai").param("verb", "ListMetadataFormats")).getElementsByTagNameNS(OAI,
                "metadataPrefix").item(0).getTextContent()).isEqualTo("oai_dc");
    }

    @Test
    void wrongRequestsGetTheProtocolsErrorsAndAreEchoedOnlyWhenTheArgumentsWereRight() throws Exception {
        assertError(get("/oai"), "badVerb", false);
        assertError(get("/oai").param("verb", "Harvest"), "badVerb", false);
        assertError(get("/oai").param("verb", "Identify", "Identify"), "badVerb", false);
        assertError(get("/oai").param("verb", "Identify").param("set", "jenis"), "badArgument", false);
        assertError(get("/oai").param("verb", "ListRecords"), "badArgument", false);
        assertError(get("/oai").param("verb", "ListRecords").param("metadataPrefix", "oai_dc", "oai_dc"),
                "badArgument", false);
        assertError(get("/oai").param("verb", "ListRecords").param("metadataPrefix", "oai_dc")
                .param("resumptionToken", "abc"), "badArgument", false);
        assertError(get("/oai").param("verb", "ListRecords").param("metadataPrefix", "oai_dc")
                .param("from", "2026-12-01").param("until", "2026-12-02T00:00:00Z"), "badArgument", false);
        assertError(get("/oai").param("verb", "ListRecords").param("metadataPrefix", "oai_dc")
                .param("from", "2026-12-02").param("until", "2026-12-01"), "badArgument", false);
        assertError(get("/oai").param("verb", "ListRecords").param("metadataPrefix", "oai_dc")
                .param("from", "2026-02-30"), "badArgument", false);
        assertError(get("/oai").param("verb", "ListRecords").param("metadataPrefix", "oai_dc")
                .param("set", "bukan set"), "badArgument", false);
        assertError(get("/oai").param("verb", "ListRecords").param("metadataPrefix", "marc21"),
                "cannotDisseminateFormat", true);
        assertError(get("/oai").param("verb", "GetRecord").param("metadataPrefix", "oai_dc")
                .param("identifier", "oai:lain.example:berita-2"), "idDoesNotExist", true);
        assertError(get("/oai").param("verb", "ListRecords").param("resumptionToken", "bukan-token"),
                "badResumptionToken", true);
        assertError(get("/oai").param("verb", "ListSets").param("resumptionToken", "x"), "badResumptionToken",
                true);
        when(catalogue.page(any(), any(), anyInt())).thenReturn(new OaiCatalogue.Page(List.of(), 0));
        assertError(get("/oai").param("verb", "ListIdentifiers").param("metadataPrefix", "oai_dc")
                .param("set", "instansi:tidak-ada"), "noRecordsMatch", true);
    }

    private void assertError(MockHttpServletRequestBuilder request, String code, boolean echoed) throws Exception {
        org.w3c.dom.Document answer = valid(request);
        Element error = (Element) answer.getElementsByTagNameNS(OAI, "error").item(0);
        assertThat(error).as(code).isNotNull();
        assertThat(error.getAttribute("code")).isEqualTo(code);
        assertThat(error.getTextContent()).isNotBlank();
        assertThat(request(answer).hasAttribute("verb")).as("arguments echoed for " + code).isEqualTo(echoed);
    }

    /** Answered 200 as XML, valid against the schema, parsed. */
    private org.w3c.dom.Document valid(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/xml");
        byte[] body = response.getContentAsByteArray();
        OaiSchema.validate(body);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static Element request(org.w3c.dom.Document answer) {
        return (Element) answer.getElementsByTagNameNS(OAI, "request").item(0);
    }

    private static String text(org.w3c.dom.Document answer, String namespace, String name) {
        return answer.getElementsByTagNameNS(namespace, name).item(0).getTextContent();
    }

    private static List<String> texts(org.w3c.dom.Document answer, String namespace, String name) {
        NodeList nodes = answer.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static OaiEntry entry(Document document, String datestamp) {
        return new OaiEntry(document.id(), Instant.parse(datestamp), false, OaiSets.of(document), document);
    }

    private static Document document(String id, String title, DocumentKind kind, Regulation regulation) {
        return new Document(id, "disdik-web", new Agency("disdik", "Dinas Pendidikan"), kind, title,
                "Ringkasan " + title, null, null, "id", "https://disdik.sawahluntokota.go.id/" + id, null,
                Instant.parse("2026-11-30T05:00:00Z"), null, Instant.parse("2026-11-30T06:00:00Z"), null,
                regulation, List.of("pendidikan"), "hash-" + id, 1, null, List.of(), List.of(), null,
                Klasifikasi.SETIAP_SAAT);
    }
}
