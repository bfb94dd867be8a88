package id.perpustakaan.jembatan.connectors.feed;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;

/**
 * The fetched document cannot be read as a feed, e.g. {@code not a feed: the document is HTML (<html>)},
 * {@code malformed feed: ... (line 11)}, {@code empty feed document}.
 * <p>
 * Unchecked because it is a {@link ContentRejectedException}: fetching the same bytes again gives the same
 * answer, so the pipeline must dead-letter it with this reason rather than retry, exactly as it does for other
 * unprocessable content. {@link FeedReader#read} still declares it so callers see it in the signature.
 */
public class FeedRejectedException extends ContentRejectedException {

    static final String STAGE = "feed";

    public FeedRejectedException(String reason) {
        super(STAGE, reason);
    }

    public FeedRejectedException(String reason, Throwable cause) {
        super(STAGE, reason, cause);
    }
}
