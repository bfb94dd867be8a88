package id.perpustakaan.jembatan.connectors.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The saved pages and sitemaps under {@code src/test/resources/web/}. */
final class WebFixtures {

    private WebFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = WebFixtures.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture web/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
