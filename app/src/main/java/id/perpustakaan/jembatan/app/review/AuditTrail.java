package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.indexer.audit.AuditSearch;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewEdits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who decided what, when, about which revision and why: the audit index, a projection of the reviews topic (which
 * keeps every decision), read a page at a time, so that a page costs the same with a hundred decisions or a million.
 * A decision shows here within a second or two of being taken.
 */
public class AuditTrail {

    private final AuditSearch search;

    public AuditTrail(AuditSearch search) {
        this.search = search;
    }

    /**
     * The matching decisions, newest first, {@code size} at most, after the page that gave {@code after}.
     *
     * @throws IllegalArgumentException when {@code after} is not the cursor of an earlier page
     */
    public AuditSearch.Page page(AuditSearch.Filter filter, int size, String after) throws IOException {
        return search.page(filter, size, after);
    }

    /** Every matching decision as a spreadsheet opens it: one a row, newest first. */
    public String csv(AuditSearch.Filter filter) throws IOException {
        List<ReviewDecision> decisions = new ArrayList<>();
        search.forEach(filter, decisions::add);
        return csv(decisions);
    }

    /** As a spreadsheet opens it: one decision a row, newest first. */
    static String csv(List<ReviewDecision> decisions) {
        StringBuilder csv = new StringBuilder(
                "at,documentId,revision,action,by,reason,edits,publishedRevision,contentHash\r\n");
        for (ReviewDecision d : decisions) {
            csv.append(Stream.of(d.at().toString(), d.documentId(), String.valueOf(d.revision()), d.action().name(),
                            d.by(), d.reason(), describe(d.edits()),
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
