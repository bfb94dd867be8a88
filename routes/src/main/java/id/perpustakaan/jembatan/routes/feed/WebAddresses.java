package id.perpustakaan.jembatan.routes.feed;

import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceSettings;
import java.net.URI;
import java.util.Optional;

/** The check every web-based source kind makes of its {@code url}. */
public final class WebAddresses {

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
}
