package id.perpustakaan.jembatan.routes.jdihn;

import com.fasterxml.jackson.databind.JsonNode;
import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.connectors.http.FetchException;
import id.perpustakaan.jembatan.connectors.http.FetchRequest;
import id.perpustakaan.jembatan.connectors.http.FetchResponse;
import id.perpustakaan.jembatan.connectors.jdihn.JdihnFeedReader;
import id.perpustakaan.jembatan.connectors.jdihn.JdihnPage;
import id.perpustakaan.jembatan.connectors.jdihn.JdihnRecord;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.source.ListingValidators;
import id.perpustakaan.jembatan.routes.feed.WebPolicies;
import id.perpustakaan.jembatan.routes.normalise.KnownRevisions;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * One run of a JDIHN source. The feed is fetched conditionally and read whole, page after page when it is paged;
 * then each record on its own: read ({@link JdihnRecord}), skipped when the site hides it or when it is the same
 * record as last time, else its file fetched (a record without one becomes a page of its fields) and sent to
 * normalisation with what the record declares ({@link JdihnFacts}). The record's digest stands as the document's
 * validator: a record that did not change costs no request, however large its file; a file replaced under an
 * unchanged record is seen once the site updates the record ({@code lastUpdated}).
 *
 * <p>A record is its regulation at its {@code idData}; a later record with an id already listed in the same feed is
 * refused, so that two rows of one regulation do not overwrite each other at every run.
 */
public class JdihnHarvest {

    private static final String CONNECTOR = JdihnKind.KIND;

    /** One element of the feed, unread, where it was found, and the first record with the same id, if any. */
    record Listed(JsonNode node, int position, URI page, Integer repeatOf) {
    }

    private final SourceCatalog sources;
    private final WebPolicies policies;
    private final KnownRevisions revisions;
    private final ListingValidators listings;
    private final Clock clock;

    public JdihnHarvest(SourceCatalog sources, WebPolicies policies, KnownRevisions revisions, SourceRuns runs,
                        Clock clock) {
        this.sources = sources;
        this.policies = policies;
        this.revisions = revisions;
        this.listings = new ListingValidators(runs);
        this.clock = clock;
    }

    /** Body: the feed's records, every page of it; empty when the feed did not change since its last full run. */
    public void readFeed(Exchange exchange) {
        SourceDefinition source = source(exchange);
        exchange.setProperty(ExchangeFacts.LOCATOR, source.location());
        FetchResponse first = policies.fetch(source, listings.request(source.id(), URI.create(source.location())));
        if (listings.unchanged(source.id(), first)) {
            exchange.getMessage().setBody(List.of());
            return;
        }
        List<Listed> listed = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        FetchResponse response = first;
        for (int pages = 1; ; pages++) {
            JdihnPage page;
            try {
                page = JdihnFeedReader.read(response.body(), response.url());
            } catch (ContentRejectedException e) {
                throw pages == 1 ? listings.refused(source.id(), first, e) : e;
            }
            for (JsonNode node : page.records()) {
                int position = listed.size() + 1;
                String id = JdihnRecord.idOf(node);
                Integer repeatOf = id == null ? null : positions.putIfAbsent(id, position);
                listed.add(new Listed(node, position, response.url(), repeatOf));
            }
            if (page.next() == null || page.records().isEmpty()) {
                break;
            }
            if (pages >= JdihnKind.pageLimit(source)) {
                throw new ContentRejectedException("read", "the JDIHN feed at " + source.location() + " has more"
                        + " than " + pages + " pages: raise the source's option '" + JdihnKind.PAGE_LIMIT + "' if"
                        + " that is right");
            }
            response = policies.fetch(source, new FetchRequest(page.next(), null, null));
        }
        listings.read(exchange, first);
        exchange.getMessage().setBody(listed);
    }

    /**
     * Body: one record as content for normalisation, or {@code null} when it is hidden or unchanged. A record that
     * cannot be read, or whose file cannot be fetched, is this record's dead letter; when the next run may succeed
     * (a timeout, a 503) the feed's validators are held back so that it tries again.
     */
    public void recordContent(Exchange exchange) {
        SourceDefinition source = source(exchange);
        Listed listed = exchange.getMessage().getBody(Listed.class);
        exchange.setProperty(ExchangeFacts.LOCATOR, "record " + listed.position());
        JdihnRecord record = JdihnRecord.of(listed.node(), listed.position(), listed.page());
        exchange.setProperty(ExchangeFacts.LOCATOR, record.id());
        if (listed.repeatOf() != null) {
            throw new ContentRejectedException("read", "record " + listed.position() + " of the JDIHN feed repeats"
                    + " idData " + record.id() + " of record " + listed.repeatOf() + ": only the first is kept; the"
                    + " site should give each regulation one record");
        }
        String validator = "jdihn-record:" + Sha256.of(listed.node().toString());
        boolean unchanged = revisions.at(source.id(), record.id())
                .filter(seen -> validator.equals(seen.etag())).isPresent();
        if (record.hidden() || unchanged) {
            exchange.getMessage().setBody(null);
            return;
        }
        exchange.getMessage().setBody(record.download() == null ? fieldsPage(source, record, validator)
                : file(exchange, source, record, validator));
    }

    /** The run is complete: every record reached Kafka or its own dead letter. */
    public void runAcknowledged(Exchange exchange) {
        listings.runAcknowledged(exchange, source(exchange).id());
    }

    private RawContent file(Exchange exchange, SourceDefinition source, JdihnRecord record, String validator) {
        FetchResponse file;
        try {
            file = policies.fetcherFor(source).fetch(new FetchRequest(record.download(), null, null));
        } catch (FetchException e) {
            if (e.retryable()) {
                listings.retryNextRun(exchange);
            }
            throw new ContentRejectedException("fetch", "the file of '" + record.judul() + "' (idData "
                    + record.id() + "): " + e.getMessage(), e);
        }
        byte[] body = file.body();
        String fileName = record.fileName() != null ? record.fileName() : lastSegment(file.url());
        return new RawContent(source.id(), record.id(), fileName, file.contentType(), body.length, Sha256.of(body),
                address(record, source), clock.instant(), JdihnFacts.lastUpdated(record)
                .orElse(file.lastModified()), validator, CONNECTOR, () -> new ByteArrayInputStream(body),
                JdihnFacts.language(record).orElse(null), JdihnFacts.of(record));
    }

    /** A record naming no file: its fields as a small page, so that the regulation can still be found. */
    private RawContent fieldsPage(SourceDefinition source, JdihnRecord record, String validator) {
        byte[] body = JdihnFacts.page(record).getBytes(StandardCharsets.UTF_8);
        return new RawContent(source.id(), record.id(), "record.html", "text/html", body.length, Sha256.of(body),
                address(record, source), clock.instant(), JdihnFacts.lastUpdated(record).orElse(null), validator,
                CONNECTOR, () -> new ByteArrayInputStream(body), JdihnFacts.language(record).orElse(null),
                JdihnFacts.of(record));
    }

    /** Where citizens read the regulation on the site: its page, else its file, else the feed. */
    private static String address(JdihnRecord record, SourceDefinition source) {
        URI address = record.detail() != null ? record.detail() : record.download();
        return address != null ? address.toString() : source.location();
    }

    private static String lastSegment(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isBlank() ? "peraturan.pdf" : name;
    }

    private SourceDefinition source(Exchange exchange) {
        return sources.require(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class));
    }
}
