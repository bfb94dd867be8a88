package id.perpustakaan.jembatan.routes.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import id.perpustakaan.jembatan.connectors.ApiValues;
import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.connectors.ckan.CkanAnswer;
import id.perpustakaan.jembatan.connectors.ckan.CkanDataset;
import id.perpustakaan.jembatan.connectors.http.FetchRequest;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;

/**
 * One run of a CKAN source. The portal's {@code package_search} is asked for the datasets in the order they last
 * changed ({@code metadata_modified}), page after page; after the first complete run only for those changed since
 * the latest change that run saw, so a portal of thousands of datasets costs a request or two an hour. Each dataset
 * is then read on its own: skipped when it is the same as last time, else made a page of what it says
 * ({@link CkanFacts}) and sent to normalisation with its title, dates, tags and organisation. A dataset deleted on
 * the portal is not noticed.
 */
public class CkanHarvest {

    private static final String CONNECTOR = CkanKind.KIND;
    private static final DateTimeFormatter SOLR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** One dataset of the run, unread, and where it was found. */
    record Listed(JsonNode node, int position) {
    }

    private final SourceCatalog sources;
    private final WebPolicies policies;
    private final KnownRevisions revisions;
    private final ListingValidators listings;
    private final Clock clock;

    public CkanHarvest(SourceCatalog sources, WebPolicies policies, KnownRevisions revisions, SourceRuns runs,
                       Clock clock) {
        this.sources = sources;
        this.policies = policies;
        this.revisions = revisions;
        this.listings = new ListingValidators(runs);
        this.clock = clock;
    }

    /** Body: the datasets changed since the last complete run, every page of them. */
    public void readPortal(Exchange exchange) {
        SourceDefinition source = source(exchange);
        exchange.setProperty(ExchangeFacts.LOCATOR, source.location());
        Optional<Instant> since = listings.lastModified(source.id());
        int size = CkanKind.pageSize(source);
        List<Listed> listed = new ArrayList<>();
        Instant latest = since.orElse(null);
        for (int page = 0; ; page++) {
            if (page >= CkanKind.pageLimit(source)) {
                throw new ContentRejectedException("read", "the CKAN portal at " + source.location() + " has more"
                        + " than " + page + " pages of " + size + " changed datasets: raise the source's option '"
                        + CkanKind.PAGE_LIMIT + "' if that is right");
            }
            URI search = search(source, since, page * size, size);
            CkanAnswer answer = CkanAnswer.read(policies.fetch(source, new FetchRequest(search, null, null)).body(),
                    search);
            for (JsonNode node : answer.datasets()) {
                listed.add(new Listed(node, listed.size() + 1));
            }
            if (answer.datasets().size() < size || (long) (page + 1) * size >= answer.count()) {
                break;
            }
        }
        for (Listed one : listed) {
            Instant modified = modifiedOf(one.node());
            if (modified != null && (latest == null || modified.isAfter(latest))) {
                latest = modified;
            }
        }
        listings.read(exchange, latest);
        exchange.getMessage().setBody(listed);
    }

    /** Body: one dataset as content for normalisation, or {@code null} when it did not change since last time. */
    public void datasetContent(Exchange exchange) {
        SourceDefinition source = source(exchange);
        Listed listed = exchange.getMessage().getBody(Listed.class);
        exchange.setProperty(ExchangeFacts.LOCATOR, "dataset " + listed.position());
        CkanDataset dataset = CkanDataset.of(listed.node(), listed.position());
        exchange.setProperty(ExchangeFacts.LOCATOR, dataset.id());
        String validator = "ckan-dataset:" + Sha256.of(listed.node().toString());
        if (revisions.at(source.id(), dataset.id()).filter(seen -> validator.equals(seen.etag())).isPresent()) {
            exchange.getMessage().setBody(null);
            return;
        }
        byte[] body = CkanFacts.page(dataset).getBytes(StandardCharsets.UTF_8);
        exchange.getMessage().setBody(new RawContent(source.id(), dataset.id(), "dataset.html", "text/html",
                body.length, Sha256.of(body), CkanFacts.address(source, dataset), clock.instant(), dataset.modified(),
                validator, CONNECTOR, () -> new ByteArrayInputStream(body), null, CkanFacts.of(dataset, source)));
    }

    /** The run is complete: every dataset reached Kafka or its own dead letter. */
    public void runAcknowledged(Exchange exchange) {
        listings.runAcknowledged(exchange, source(exchange).id());
    }

    /** {@code package_search}, oldest change first, from {@code since} on when a complete run saw one. */
    static URI search(SourceDefinition source, Optional<Instant> since, int start, int rows) {
        List<String> filters = new ArrayList<>();
        String organization = source.option(CkanKind.ORGANIZATION, null);
        if (organization != null && !organization.isBlank()) {
            filters.add("organization:\"" + organization.strip().replace("\"", "") + "\"");
        }
        since.ifPresent(from -> filters.add("metadata_modified:[" + SOLR.format(from) + " TO *]"));
        String base = source.location().endsWith("/") ? source.location() : source.location() + "/";
        return URI.create(base).resolve("api/3/action/package_search?q=" + encode("*:*") + "&sort="
                + encode("metadata_modified asc") + "&rows=" + rows + "&start=" + start
                + (filters.isEmpty() ? "" : "&fq=" + encode(String.join(" AND ", filters))));
    }

    private static Instant modifiedOf(JsonNode node) {
        return node != null && node.isObject() && node.hasNonNull("metadata_modified")
                ? ApiValues.utc(node.get("metadata_modified").asText()) : null;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private SourceDefinition source(Exchange exchange) {
        return sources.require(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class));
    }
}
