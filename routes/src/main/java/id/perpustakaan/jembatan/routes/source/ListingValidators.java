package id.perpustakaan.jembatan.routes.source;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import id.perpustakaan.jembatan.connectors.http.FetchRequest;
import id.perpustakaan.jembatan.connectors.http.FetchResponse;
import id.perpustakaan.jembatan.model.SourceRun;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;

/**
 * The validators of listings a source reads whole at every run (a feed, a JDIHN catalogue), so that the next run
 * asks conditionally. A run's validators are kept only once every item it listed reached Kafka or its own dead
 * letter: a run that fails half-way keeps the old ones, and the next run reads the listing in full and publishes
 * what is missing. A listing refused for what it holds is remembered with its validators: while it stays the same,
 * the next runs cost a 304 and give the same refusal, which the dead letters count instead of repeating. A
 * listing last read elsewhere (another instance, or before a restart) is asked with the validators its run
 * recorded ({@link SourceRuns}).
 */
public final class ListingValidators {

    /** Exchange property: the validators of the listing being run, kept once its items are acknowledged. */
    static final String PENDING = "JembatanListingValidators";

    /** What a listing last answered, and why it was refused when it was. */
    private record Validators(String etag, Instant lastModified, ContentRejectedException refusal) {
    }

    /** The validators of a run in progress; an item that may succeed next time holds them back. */
    private static final class Pending {
        final Validators validators;
        volatile boolean retryNextRun;

        Pending(Validators validators) {
            this.validators = validators;
        }
    }

    private final Map<String, Validators> listings = new ConcurrentHashMap<>();
    private final SourceRuns runs;

    public ListingValidators(SourceRuns runs) {
        this.runs = runs;
    }

    /** The request for a source's listing: conditional on what it last answered in full. */
    public FetchRequest request(String sourceId, URI address) {
        Optional<Validators> last = last(sourceId);
        return new FetchRequest(address, last.map(Validators::etag).orElse(null),
                last.map(Validators::lastModified).orElse(null));
    }

    /**
     * Whether the listing did not change since its last complete run (a 304); one refused then is refused again,
     * with the same reason.
     */
    public boolean unchanged(String sourceId, FetchResponse response) {
        if (!response.notModified()) {
            return false;
        }
        Optional<ContentRejectedException> refusal = last(sourceId).map(Validators::refusal);
        if (refusal.isPresent()) {
            throw new ContentRejectedException(refusal.get().stage(), refusal.get().getMessage());
        }
        return true;
    }

    /** The listing cannot be read: remembered, so that while it stays the same a 304 repeats the refusal. */
    public ContentRejectedException refused(String sourceId, FetchResponse response, ContentRejectedException e) {
        listings.put(sourceId, new Validators(response.etag(), response.lastModified(), e));
        return e;
    }

    /** The listing was read: its validators wait on the exchange until its items are acknowledged. */
    public void read(Exchange exchange, FetchResponse response) {
        exchange.setProperty(PENDING, new Pending(new Validators(response.etag(), response.lastModified(), null)));
    }

    /**
     * The listing was read, and its state is what the run itself saw (for a catalogue asked by date, the latest
     * change it listed): kept like a listing's validators once its items are acknowledged.
     */
    public void read(Exchange exchange, Instant lastModified) {
        exchange.setProperty(PENDING, new Pending(new Validators(null, lastModified, null)));
    }

    /** The latest change the source's last complete run saw ({@link #read(Exchange, Instant)}), if any. */
    public Optional<Instant> lastModified(String sourceId) {
        return last(sourceId).map(Validators::lastModified);
    }

    /**
     * As {@link #read(Exchange, Instant)}, for a catalogue of which a source takes chosen parts (a WordPress site's
     * posts, or its posts and pages): {@code listed} names them, so that a run after the choice changed reads the
     * catalogue in full. It is kept where a listing keeps its ETag, which a catalogue asked by date has no use for.
     */
    public void read(Exchange exchange, String listed, Instant lastModified) {
        exchange.setProperty(PENDING, new Pending(new Validators(listed, lastModified, null)));
    }

    /**
     * The latest change the last complete run saw, if that run listed the same parts
     * ({@link #read(Exchange, String, Instant)}).
     */
    public Optional<Instant> lastModified(String sourceId, String listed) {
        return last(sourceId).filter(validators -> listed.equals(validators.etag())).map(Validators::lastModified);
    }

    /** An item failed in a way the next run may not (a timeout, a 503): the listing is read in full next time. */
    public void retryNextRun(Exchange exchange) {
        Pending pending = exchange.getProperty(PENDING, Pending.class);
        if (pending != null) {
            pending.retryNextRun = true;
        }
    }

    /** The run is complete: every item reached Kafka or its own dead letter. */
    public void runAcknowledged(Exchange exchange, String sourceId) {
        Pending pending = exchange.getProperty(PENDING, Pending.class);
        if (pending != null && !pending.retryNextRun) {
            listings.put(sourceId, pending.validators);
            runs.answered(sourceId, new SourceRun.Validators(pending.validators.etag(),
                    pending.validators.lastModified()));
        }
    }

    private Optional<Validators> last(String sourceId) {
        return Optional.ofNullable(listings.get(sourceId)).or(() -> runs.of(sourceId).map(SourceRun::address)
                .map(known -> new Validators(known.etag(), known.lastModified(), null)));
    }
}
