package id.perpustakaan.jembatan.app.oai;

import id.perpustakaan.jembatan.indexer.oai.OaiCatalogue;
import id.perpustakaan.jembatan.indexer.oai.OaiEntry;
import id.perpustakaan.jembatan.indexer.oai.OaiSets;
import id.perpustakaan.jembatan.indexer.search.LaterRegulations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Jembatan as an OAI-PMH 2.0 data provider at {@code /oai}, so that Indonesia OneSearch and the library systems
 * that harvest (SLiMS, INLISLite) find the published collection where Indonesians already search: the six verbs,
 * oai_dc, sets per agency, kind and class, selective harvesting by datestamp, lists in parts with resumption tokens
 * that survive changes to the index, and withdrawn documents as deleted records for good. Documents exempt from
 * disclosure are never records. Requests by GET or by POST (a form), as the protocol allows.
 */
@RestController
@EnableConfigurationProperties(OaiProperties.class)
@Tag(name = "OAI-PMH", description = "The published collection for library harvesters (OAI-PMH 2.0, oai_dc)")
class OaiController {

    static final String PATH = "/oai";
    private static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");

    private final OaiCatalogue catalogue;
    private final LaterRegulations later;
    private final OaiSetNames setNames;
    private final OaiProperties properties;
    private final Clock clock;
    private final String baseUrl;
    private final String identifierPrefix;
    private final OaiDublinCore.Context dublinCore;

    OaiController(OaiCatalogue catalogue, LaterRegulations later, OaiSetNames setNames, OaiProperties properties,
                  Clock clock, @Value("${jembatan.portal.base-url}") String portal) {
        this.catalogue = catalogue;
        this.later = later;
        this.setNames = setNames;
        this.properties = properties;
        this.clock = clock;
        String base = portal.endsWith("/") ? portal.substring(0, portal.length() - 1) : portal;
        this.baseUrl = base + PATH;
        this.identifierPrefix = "oai:" + URI.create(base).getHost() + ":";
        this.dublinCore = new OaiDublinCore.Context(base + "/dokumen/", properties.rights(), setNames::kindName);
    }

    /** What one verb writes between the request element and the end of the response. */
    private interface Body {
        void write(OaiXml xml) throws XMLStreamException;
    }

    @RequestMapping(value = PATH, method = {RequestMethod.GET, RequestMethod.POST})
    @Operation(summary = "An OAI-PMH 2.0 request: verb=Identify, ListMetadataFormats, ListSets, GetRecord,"
            + " ListIdentifiers or ListRecords, with the verb's arguments")
    ResponseEntity<byte[]> answer(HttpServletRequest http) {
        Instant now = clock.instant();
        OaiRequest request = null;
        Body body;
        try {
            request = OaiRequest.parse(http.getParameterMap());
            body = body(request);
        } catch (OaiError error) {
            body = xml -> xml.error(error);
            if (!error.echoesArguments()) {
                request = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OaiXml xml = new OaiXml(out)) {
            xml.open(now, baseUrl, request == null ? null : request.verb(),
                    request == null ? Map.of() : request.arguments());
            body.write(xml);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the OAI-PMH response", e);
        }
        return ResponseEntity.ok().contentType(XML).body(out.toByteArray());
    }

    private Body body(OaiRequest request) throws OaiError, IOException {
        return switch (request.verb()) {
            case Identify -> identify();
            case ListMetadataFormats -> listMetadataFormats(request);
            case ListSets -> listSets(request);
            case GetRecord -> getRecord(request);
            case ListIdentifiers -> list(request, false);
            case ListRecords -> list(request, true);
        };
    }

    private Body identify() throws IOException {
        Instant earliest = catalogue.earliest().orElse(clock.instant());
        return xml -> {
            xml.start("Identify");
            xml.element("repositoryName", properties.repositoryName());
            xml.element("baseURL", baseUrl);
            xml.element("protocolVersion", "2.0");
            xml.element("adminEmail", properties.adminEmail());
            xml.element("earliestDatestamp", OaiDates.format(earliest));
            xml.element("deletedRecord", "persistent");
            xml.element("granularity", "YYYY-MM-DDThh:mm:ssZ");
            xml.end();
        };
    }

    private Body listMetadataFormats(OaiRequest request) throws OaiError, IOException {
        Optional<String> identifier = request.argument(OaiRequest.IDENTIFIER);
        if (identifier.isPresent()) {
            entry(identifier.get());
        }
        return xml -> {
            xml.start("ListMetadataFormats");
            xml.start("metadataFormat");
            xml.element("metadataPrefix", OaiFormats.OAI_DC);
            xml.element("schema", OaiFormats.OAI_DC_SCHEMA);
            xml.element("metadataNamespace", OaiFormats.OAI_DC_NAMESPACE);
            xml.end();
            xml.end();
        };
    }

    private Body listSets(OaiRequest request) throws OaiError, IOException {
        if (request.argument(OaiRequest.RESUMPTION_TOKEN).isPresent()) {
            throw new OaiError(OaiError.Code.badResumptionToken, "the sets are listed in one part: ask ListSets"
                    + " without a resumptionToken");
        }
        List<OaiSetNames.Named> sets = setNames.all(catalogue.sets());
        return xml -> {
            xml.start("ListSets");
            for (OaiSetNames.Named set : sets) {
                xml.start("set");
                xml.element("setSpec", set.spec());
                xml.element("setName", set.name());
                xml.end();
            }
            xml.end();
        };
    }

    private Body getRecord(OaiRequest request) throws OaiError, IOException {
        OaiFormats.require(request.argument(OaiRequest.METADATA_PREFIX).orElseThrow());
        OaiEntry entry = entry(request.argument(OaiRequest.IDENTIFIER).orElseThrow());
        Map<String, LaterRegulations.Links> laterOnes = laterRegulations(List.of(entry));
        return xml -> {
            xml.start("GetRecord");
            record(xml, entry, laterOnes);
            xml.end();
        };
    }

    private Body list(OaiRequest request, boolean records) throws OaiError, IOException {
        ResumptionToken token;
        Optional<String> resumption = request.argument(OaiRequest.RESUMPTION_TOKEN);
        if (resumption.isPresent()) {
            token = ResumptionToken.decode(resumption.get());
        } else {
            OaiFormats.require(request.argument(OaiRequest.METADATA_PREFIX).orElseThrow());
            OaiDates.Bound from = request.from();
            OaiDates.Bound until = request.until();
            token = new ResumptionToken(OaiFormats.OAI_DC, request.argument(OaiRequest.SET).orElse(null),
                    from == null ? null : from.instant(), until == null ? null : until.instant(), null, null, 0);
        }
        int size = properties.pageSize();
        OaiCatalogue.Page page = catalogue.page(token.selection(),
                token.afterId() == null ? null : token.after(), size + 1);
        if (page.entries().isEmpty()) {
            throw new OaiError(OaiError.Code.noRecordsMatch, "no record matches"
                    + (token.cursor() > 0 ? " any more: the list ended" : " these arguments"));
        }
        List<OaiEntry> part = page.entries().subList(0, Math.min(size, page.entries().size()));
        boolean more = page.entries().size() > size;
        OaiEntry last = part.get(part.size() - 1);
        String next = more ? new ResumptionToken(token.metadataPrefix(), token.set(), token.from(), token.until(),
                last.datestamp(), last.id(), token.cursor() + part.size()).encode() : "";
        Map<String, LaterRegulations.Links> laterOnes = records ? laterRegulations(part) : Map.of();
        return xml -> {
            xml.start(records ? "ListRecords" : "ListIdentifiers");
            for (OaiEntry entry : part) {
                if (records) {
                    record(xml, entry, laterOnes);
                } else {
                    header(xml, entry);
                }
            }
            if (more || token.cursor() > 0) {
                // the whole list as it stands now: records changed during the harvest come again further on
                xml.resumptionToken(next, Math.max(page.total(), token.cursor() + part.size()), token.cursor());
            }
            xml.end();
        };
    }

    private void record(OaiXml xml, OaiEntry entry, Map<String, LaterRegulations.Links> laterOnes)
            throws XMLStreamException {
        xml.start("record");
        header(xml, entry);
        if (!entry.deleted() && entry.document() != null) {
            String citation = entry.document().regulation() == null ? null
                    : entry.document().regulation().citation().orElse(null);
            LaterRegulations.Links links = citation == null ? LaterRegulations.Links.NONE
                    : laterOnes.getOrDefault(citation, LaterRegulations.Links.NONE);
            xml.dublinCore(OaiDublinCore.of(entry.document(), links, dublinCore));
        }
        xml.end();
    }

    private void header(OaiXml xml, OaiEntry entry) throws XMLStreamException {
        xml.header(identifierPrefix + entry.id(), entry.datestamp(), entry.deleted(), entry.sets());
    }

    private Map<String, LaterRegulations.Links> laterRegulations(List<OaiEntry> entries) throws IOException {
        return later.ofEach(entries.stream().filter(entry -> !entry.deleted() && entry.document() != null)
                .map(entry -> entry.document().regulation()).toList());
    }

    private OaiEntry entry(String identifier) throws OaiError, IOException {
        if (identifier.startsWith(identifierPrefix) && identifier.length() > identifierPrefix.length()) {
            Optional<OaiEntry> entry = catalogue.find(identifier.substring(identifierPrefix.length()));
            if (entry.isPresent()) {
                return entry.get();
            }
        }
        throw new OaiError(OaiError.Code.idDoesNotExist, "'" + identifier + "' is not a record of this repository:"
                + " its identifiers begin with " + identifierPrefix);
    }
}
