package id.perpustakaan.jembatan.connectors;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Moments and links as the JSON APIs of agency sites write them (CKAN, WordPress), read the same way for all. */
public final class ApiValues {

    private ApiValues() {
    }

    /** A moment in UTC written without a zone ("2025-03-04T09:15:00"), or with one; {@code null} when neither. */
    public static Instant utc(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    /** An absolute http(s) address with a host (spaces written as %20), else {@code null}. */
    public static URI webLink(String text) {
        if (text == null) {
            return null;
        }
        try {
            URI uri = URI.create(text.strip().replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
