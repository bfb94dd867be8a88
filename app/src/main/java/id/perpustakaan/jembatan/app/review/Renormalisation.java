package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.OriginalFile;
import id.perpustakaan.jembatan.model.Provenance;
import id.perpustakaan.jembatan.model.RawContent;
import id.perpustakaan.jembatan.model.SourceRef;
import id.perpustakaan.jembatan.routes.ExchangeFacts;
import id.perpustakaan.jembatan.routes.archive.OriginalArchive;
import id.perpustakaan.jembatan.routes.normalise.NormaliseRoute;
import java.io.IOException;
import org.apache.camel.ProducerTemplate;

/**
 * Runs a document's archived original through normalisation again, e.g. after a better extraction rule was
 * deployed: the same route a harvest takes, so a different result becomes a new revision on the documents topic
 * (and waits for review as any change does), while the same result writes nothing.
 */
public class Renormalisation {

    /** @param changed whether normalisation gave another result, i.e. a new revision was harvested */
    public record Outcome(boolean changed, long revision) {
    }

    private final OriginalArchive archive;
    private final ProducerTemplate producer;

    public Renormalisation(OriginalArchive archive, ProducerTemplate producer) {
        this.archive = archive;
        this.producer = producer;
    }

    public Outcome run(Document document) throws IOException {
        OriginalFile original = document.original();
        if (original == null) {
            throw new ReviewRefusedException("document '" + document.id() + "' has no archived original to"
                    + " normalise again: run its source instead");
        }
        var file = archive.find(original.sha256()).orElseThrow(() -> new ReviewRefusedException("the original of '"
                + document.id() + "' is not in the archive of originals: run its source instead"));
        SourceRef origin = document.sources().stream().filter(ref -> ref.sourceId().equals(document.sourceId()))
                .findFirst().orElseThrow(() -> new ReviewRefusedException("document '" + document.id()
                        + "' does not say where in its source it was found: run its source instead"));
        Provenance provenance = document.provenance();
        RawContent raw = new RawContent(document.sourceId(), origin.locator(), original.fileName(),
                original.mediaType(), original.size(), original.sha256(), origin.url(),
                provenance == null ? document.harvestedAt() : provenance.fetchedAt(),
                provenance == null ? null : provenance.lastModified(), provenance == null ? null : provenance.etag(),
                provenance == null ? null : provenance.connector(), file.body());
        Document result = producer.send(NormaliseRoute.INGEST, exchange -> {
            exchange.setProperty(ExchangeFacts.SOURCE_ID, document.sourceId());
            exchange.getMessage().setBody(raw);
            ExchangeFacts.nameItem(exchange);
        }).getMessage().getBody(Document.class);
        if (result == null) {
            throw new ReviewRefusedException("normalising '" + document.id() + "' again failed: see the failures");
        }
        boolean changed = !result.contentHash().equals(document.contentHash());
        return new Outcome(changed, changed ? result.revision() : document.revision());
    }
}
