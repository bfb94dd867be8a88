package id.perpustakaan.jembatan.routes.api;

import id.perpustakaan.jembatan.connectors.Sha256;
import id.perpustakaan.jembatan.connectors.http.FetchResponse;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.feed.WebPolicies;
import id.perpustakaan.jembatan.routes.source.ListingValidators;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import id.perpustakaan.jembatan.routes.source.SourceRuns;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * One run of an API source: the answer fetched conditionally (a 304 ends the run); a changed answer is one table,
 * named {@code <source id>.json} and placed at the API's address, which the records route takes row by row: rows
 * that changed are new revisions, rows the answer no longer has are withdrawn.
 */
public class ApiHarvest {

    private final SourceCatalog sources;
    private final WebPolicies policies;
    private final ListingValidators listings;
    private final Clock clock;

    public ApiHarvest(SourceCatalog sources, WebPolicies policies, SourceRuns runs, Clock clock) {
        this.sources = sources;
        this.policies = policies;
        this.listings = new ListingValidators(runs);
        this.clock = clock;
    }

    /** Body: the answer, or nothing when it did not change since the last complete run. */
    public void readApi(Exchange exchange) {
        SourceDefinition source = source(exchange);
        exchange.setProperty(ExchangeFacts.LOCATOR, source.location());
        FetchResponse response = policies.fetch(source, listings.request(source.id(),
                URI.create(source.location())));
        if (listings.unchanged(source.id(), response)) {
            exchange.getMessage().setBody(List.of());
            return;
        }
        listings.read(exchange, response);
        exchange.getMessage().setBody(List.of(response));
    }

    /** Body: the answer as a table for the records route. */
    public void answerContent(Exchange exchange) {
        SourceDefinition source = source(exchange);
        FetchResponse response = exchange.getMessage().getBody(FetchResponse.class);
        byte[] body = response.body();
        exchange.getMessage().setBody(new RawContent(source.id(), source.location(), source.id() + ".json",
                "application/json", body.length, Sha256.of(body), source.location(), clock.instant(),
                response.lastModified(), response.etag(), ApiKind.KIND, () -> new ByteArrayInputStream(body)));
    }

    /** The run is complete: every row reached Kafka or its own dead letter. */
    public void runAcknowledged(Exchange exchange) {
        listings.runAcknowledged(exchange, source(exchange).id());
    }

    private SourceDefinition source(Exchange exchange) {
        return sources.require(exchange.getProperty(ExchangeFacts.SOURCE_ID, String.class));
    }
}
