package id.perpustakaan.jembatan.routes.normalise.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.perpustakaan.jembatan.model.LibraryTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * When a page says it was published, from the machine-readable places only: {@code article:published_time},
 * JSON-LD {@code datePublished}, {@code <time datetime>}, {@code date}/{@code dc.date} meta tags. Values must be
 * ISO-8601; dates written in prose are another step's job.
 */
final class PublishedDate {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** ISO-8601 date, optionally with a time ("T" or a space) and an offset written "+07:00", "+0700" or "Z". */
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter();

    private PublishedDate() {
    }

    static Instant of(Document page) {
        return fromMeta(page, "article:published_time")
                .or(() -> fromJsonLd(page))
                .or(() -> fromTimeElement(page))
                .or(() -> fromMeta(page, "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued"))
                .orElse(null);
    }

    static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            TemporalAccessor parsed = ISO.parseBest(value.strip(), OffsetDateTime::from, LocalDateTime::from,
                    LocalDate::from);
            if (parsed instanceof OffsetDateTime offset) {
                return Optional.of(offset.toInstant());
            }
            if (parsed instanceof LocalDateTime local) {
                return Optional.of(local.atZone(LibraryTime.ZONE).toInstant());
            }
            return Optional.of(((LocalDate) parsed).atStartOfDay(LibraryTime.ZONE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> fromMeta(Document page, String... names) {
        for (String name : names) {
            for (Element meta : page.select("meta[property], meta[name], meta[itemprop]")) {
                String key = meta.hasAttr("property") ? meta.attr("property")
                        : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
                if (key.equalsIgnoreCase(name)) {
                    Optional<Instant> date = parse(meta.attr("content"));
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> fromTimeElement(Document page) {
        for (Element time : page.select("time[datetime]")) {
            Optional<Instant> date = parse(time.attr("datetime"));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** Sites write JSON-LD as one object, as an array of objects, or as an {@code @graph}; broken JSON is skipped. */
    private static Optional<Instant> fromJsonLd(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                Optional<Instant> date = datePublished(JSON.readTree(script.data()));
                if (date.isPresent()) {
                    return date;
                }
            } catch (JsonProcessingException e) {
                // a broken block says nothing about the date; the next place may
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> datePublished(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<Instant> date = datePublished(item);
                if (date.isPresent()) {
                    return date;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        Optional<Instant> own = parse(node.path("datePublished").asText(null));
        if (own.isPresent()) {
            return own;
        }
        return datePublished(node.get("@graph"));
    }
}
