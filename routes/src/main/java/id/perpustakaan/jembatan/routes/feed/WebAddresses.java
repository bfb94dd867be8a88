package id.perpustakaan.jembatan.routes.feed;

import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** The checks every web-based source kind makes of its {@code url} and of its pace ({@code request-interval}). */
public final class WebAddresses {

    /** Option: the least time between two requests to the source's host, "1s" unless set. */
    public static final String REQUEST_INTERVAL = "request-interval";

    private WebAddresses() {
    }

    /** A problem line when the source's url is missing or not http(s); {@code example} shows a right one. */
    public static Optional<String> problem(SourceDefinition source, int index, String example) {
        URI url = null;
        try {
            url = source.location() == null ? null : URI.create(source.location());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        boolean web = url != null && url.getHost() != null
                && ("http".equals(url.getScheme()) || "https".equals(url.getScheme()));
        if (web) {
            return Optional.empty();
        }
        return Optional.of(SourceSettings.problem(source.id(), index, "url", source.location() == null
                ? "is missing" : "'" + source.location() + "' is not an http(s) address", example));
    }

    /** A problem line when the source's {@code request-interval} is not a duration. */
    public static Optional<String> requestIntervalProblem(SourceDefinition source, int index) {
        String interval = source.option(REQUEST_INTERVAL, null);
        if (interval == null || requestInterval(source).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(SourceSettings.problem(source.id(), index, "options." + REQUEST_INTERVAL, "'" + interval
                + "' is not a duration", "write the least time between two requests to the host, e.g. '2s' or"
                + " '500ms'"));
    }

    /** The source's own {@code request-interval}; empty when it sets none (or a wrong one, reported above). */
    public static Optional<Duration> requestInterval(SourceDefinition source) {
        String interval = source.option(REQUEST_INTERVAL, null);
        return Optional.ofNullable(interval == null ? null : SourceSettings.parseDuration(interval))
                .filter(duration -> !duration.isNegative());
    }
}
