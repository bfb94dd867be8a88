package id.perpustakaan.jembatan.connectors.jdihn;

import com.fasterxml.jackson.databind.JsonNode;
import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One JDIHN record, read tolerantly: numbers sent as strings or as numbers, "-", "" and null all meaning "not
 * given", the field names sites rename ({@code urlabstrak}, {@code last_updated}, {@code deskripsifisik}, the
 * legacy {@code tahun}/{@code tanggal}), dates in the forms they are written ({@link JdihnDates}). Only an id and a
 * title are required: without them a record cannot be told apart or shown.
 *
 * @param id           the site's own id of the record ({@code idData})
 * @param status       the status word as the site wrote it
 * @param download     the regulation's file, absolute; null when the record names none
 * @param detail       the record's page on the site, absolute; null when it names none
 * @param abstractText an abstract written out, or null (some sites send a file name here instead)
 * @param lastUpdated  when the site last changed the record, in WIB as written, or null
 * @param hidden       {@code display} "0": the site does not show it
 */
public record JdihnRecord(String id, String judul, String jenis, String singkatanJenis, String nomor, Integer tahun,
                          LocalDate tanggalPenetapan, LocalDate tanggalPengundangan, String tempatTerbit,
                          String sumber, List<String> subjek, String status, String bahasa, String bidangHukum,
                          String teuBadan, URI download, String fileName, URI detail, String abstractText,
                          LocalDateTime lastUpdated, boolean hidden) {

    private static final Pattern FILE_NAME = Pattern.compile("(?i)^[^\\s/]+\\.(pdf|docx?|odt|rtf|txt)$");
    private static final Pattern SUBJECT_SEPARATOR = Pattern.compile("\\s+-\\s+|[;,]");
    private static final Pattern HOST_FIRST = Pattern.compile("^[a-z0-9-]+(\\.[a-z0-9-]+)+(/.*)?$");

    public JdihnRecord {
        subjek = subjek == null ? List.of() : List.copyOf(subjek);
    }

    /**
     * @param position the record's place in the feed, from 1, for the reason a refusal gives
     * @param feed     the feed's address, against which relative links resolve
     */
    public static JdihnRecord of(JsonNode node, int position, URI feed) {
        if (node == null || !node.isObject()) {
            throw refused(position, "is not an object but " + (node == null ? "nothing" : node.getNodeType()
                    .toString().toLowerCase(Locale.ROOT)));
        }
        String id = idOf(node);
        String judul = text(node, "judul");
        if (id == null) {
            throw refused(position, "has no idData" + (judul == null ? "" : " ('" + judul + "')")
                    + ": the site must give every record its id");
        }
        if (judul == null) {
            throw refused(position, "(idData " + id + ") has no judul: the site must give every record its title");
        }
        String abstrak = text(node, "abstrak");
        return new JdihnRecord(id, judul, text(node, "jenis", "jenis_peraturan"), text(node, "singkatanJenis"),
                text(node, "noPeraturan", "nomor_peraturan"), year(text(node, "tahun_pengundangan", "tahun",
                "tahun_peraturan")),
                JdihnDates.day(text(node, "tanggal_penetapan")),
                JdihnDates.day(text(node, "tanggal_pengundangan", "tanggal")),
                text(node, "tempatTerbit"), text(node, "sumber"), subjects(text(node, "subjek")),
                text(node, "status"), text(node, "bahasa"), text(node, "bidangHukum", "bidang_hukum"),
                text(node, "teuBadan"), fileLink(node, feed), fileName(text(node, "fileDownload")),
                link(text(node, "urlDetailPeraturan", "url_detail"), feed),
                abstrak == null || FILE_NAME.matcher(abstrak).matches() ? null : abstrak,
                JdihnDates.moment(text(node, "lastUpdated", "last_updated")),
                "0".equals(text(node, "display")));
    }

    /** The record's id as the site gives it ({@code idData}, or a renamed field), or null. */
    public static String idOf(JsonNode node) {
        return node != null && node.isObject() ? text(node, "idData", "id_jdihn", "id") : null;
    }

    /** The regulation's file: {@code urlDownload}; some sites put it in {@code urlAbstrak} instead. */
    private static URI fileLink(JsonNode node, URI feed) {
        URI download = link(text(node, "urlDownload", "url_download"), feed);
        if (download != null) {
            return download;
        }
        String abstractLink = text(node, "urlAbstrak", "urlabstrak");
        return abstractLink != null && abstractLink.toLowerCase(Locale.ROOT).endsWith(".pdf")
                ? link(abstractLink, feed) : null;
    }

    /** First of the names the record has a value under; "-", "" and "null" are no value. */
    static String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull() || value.isContainerNode()) {
                continue;
            }
            String text = value.asText().strip();
            if (!text.isEmpty() && !text.equals("-") && !text.equalsIgnoreCase("null")) {
                return text;
            }
        }
        return null;
    }

    private static Integer year(String text) {
        if (text == null || !text.matches("\\d{4}") || text.equals("0000")) {
            return null;
        }
        return Integer.valueOf(text);
    }

    private static List<String> subjects(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(SUBJECT_SEPARATOR.split(text)).map(String::strip).filter(s -> !s.isEmpty()
                && !s.equals("-")).distinct().toList();
    }

    private static String fileName(String text) {
        return text == null || text.contains("/") ? null : text;
    }

    /** An absolute http(s) address; "jdih.x.go.id/…" without a scheme is taken as http, a path as the feed's. */
    private static URI link(String text, URI feed) {
        if (text == null) {
            return null;
        }
        String cleaned = text.strip().replace(" ", "%20");
        try {
            URI uri = HOST_FIRST.matcher(cleaned.toLowerCase(Locale.ROOT)).matches() && !cleaned.startsWith("/")
                    ? URI.create("http://" + cleaned) : feed.resolve(cleaned);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ContentRejectedException refused(int position, String what) {
        return new ContentRejectedException("read", "record " + position + " of the JDIHN feed " + what);
    }
}
