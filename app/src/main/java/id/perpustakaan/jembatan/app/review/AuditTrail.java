package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.indexer.audit.AuditSearch;
import id.perpustakaan.jembatan.indexer.inbox.InboxEntry;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.model.LibraryTime;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewEdits;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who decided what, when, about which revision and why: the audit index, a projection of the reviews topic (which
 * keeps every decision), read a page at a time, so that a page costs the same with a hundred decisions or a million.
 * A decision shows here within a second or two of being taken. Documents are named by their titles, from the inbox.
 */
public class AuditTrail {

    /** Ids looked up in one multi-get for the CSV: a spreadsheet of every decision may name many documents. */
    private static final int TITLES_AT_ONCE = 500;
    /** A spreadsheet reads this as a date and time; the column's name says it is WIB. */
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(LibraryTime.ZONE);

    /** One page of decisions with the titles of the documents they are about (id → title, where known). */
    public record Page(List<ReviewDecision> decisions, long total, String next, Map<String, String> titles) {

        public String titleOf(String documentId) {
            return titles.getOrDefault(documentId, documentId);
        }
    }

    private final AuditSearch search;
    private final InboxSearch inbox;

    public AuditTrail(AuditSearch search, InboxSearch inbox) {
        this.search = search;
        this.inbox = inbox;
    }

    /**
     * The matching decisions, newest first, {@code size} at most, after the page that gave {@code after}.
     *
     * @throws IllegalArgumentException when {@code after} is not the cursor of an earlier page
     */
    public Page page(AuditSearch.Filter filter, int size, String after) throws IOException {
        AuditSearch.Page page = search.page(filter, size, after);
        return new Page(page.decisions(), page.total(), page.next(), titles(page.decisions()));
    }

    /** Every matching decision as a spreadsheet opens it: one a row, newest first. */
    public String csv(AuditSearch.Filter filter) throws IOException {
        List<ReviewDecision> decisions = new ArrayList<>();
        search.forEach(filter, decisions::add);
        return csv(decisions, titles(decisions));
    }

    private Map<String, String> titles(List<ReviewDecision> decisions) throws IOException {
        List<String> ids = decisions.stream().map(ReviewDecision::documentId).distinct().toList();
        Map<String, String> titles = new HashMap<>();
        for (int from = 0; from < ids.size(); from += TITLES_AT_ONCE) {
            for (Map.Entry<String, InboxEntry> entry : inbox.entries(ids.subList(from,
                    Math.min(ids.size(), from + TITLES_AT_ONCE))).entrySet()) {
                String title = entry.getValue().document().title();
                if (title != null && !title.isBlank()) {
                    titles.put(entry.getKey(), title);
                }
            }
        }
        return titles;
    }

    /** As a spreadsheet opens it: one decision a row, newest first, its time in WIB. */
    static String csv(List<ReviewDecision> decisions, Map<String, String> titles) {
        StringBuilder csv = new StringBuilder(
                "at (WIB),documentId,title,revision,action,by,reason,edits,publishedRevision,contentHash\r\n");
        for (ReviewDecision d : decisions) {
            csv.append(Stream.of(CSV_TIME.format(d.at()), d.documentId(), titles.getOrDefault(d.documentId(), ""),
                            String.valueOf(d.revision()), d.action().name(), d.by(), d.reason(), describe(d.edits()),
                            d.publishedRevision() == null ? "" : d.publishedRevision().toString(), d.contentHash())
                    .map(AuditTrail::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    /** The edited fields with their new values, e.g. {@code title=Pengumuman Beasiswa; kind=ANNOUNCEMENT}. */
    public static String describe(ReviewEdits edits) {
        if (edits == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (edits.title() != null) {
            parts.add("title=" + edits.title());
        }
        if (edits.kind() != null) {
            parts.add("kind=" + edits.kind());
        }
        if (edits.tags() != null) {
            parts.add("tags=" + String.join(" ", edits.tags()));
        }
        if (edits.validUntil() != null) {
            parts.add("validUntil=" + edits.validUntil());
        }
        if (edits.regulation() != null) {
            parts.add("regulation=" + edits.regulation().jenis() + " " + edits.regulation().nomor() + "/"
                    + edits.regulation().tahun());
        }
        if (edits.klasifikasi() != null) {
            parts.add("klasifikasi=" + edits.klasifikasi());
        }
        return String.join("; ", parts);
    }

    /**
     * Quoted when needed (RFC 4180); a cell a spreadsheet would run as a formula (a reason typed as "=HYPERLINK(…)")
     * is kept as text with a leading apostrophe.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
