package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.model.JembatanJson;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewEdits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who decided what, when, about which revision and why: read back from the reviews topic, which keeps every
 * decision (delete policy, unlimited retention). Read at each request, so it is exact; at the library's pace (a few
 * thousand decisions a year) that is well under a second.
 */
public class AuditTrail {

    /** Which decisions to show: of one document, by one librarian, of one action; {@code null} for any. */
    public record Filter(String documentId, String by, ReviewAction action) {
    }

    private final TopicReader reader;
    private final String reviewsTopic;

    public AuditTrail(TopicReader reader, String reviewsTopic) {
        this.reader = reader;
        this.reviewsTopic = reviewsTopic;
    }

    /** The matching decisions, newest first, at most {@code limit}. */
    public List<ReviewDecision> decisions(Filter filter, int limit) {
        List<ReviewDecision> decisions = new ArrayList<>();
        reader.readAll(reviewsTopic, record -> {
            if (record.value() == null || filter.documentId() != null && !filter.documentId().equals(record.key())) {
                return;
            }
            try {
                ReviewDecision decision = JembatanJson.mapper().readValue(record.value(), ReviewDecision.class);
                if ((filter.by() == null || filter.by().equals(decision.by()))
                        && (filter.action() == null || filter.action() == decision.action())) {
                    decisions.add(decision);
                }
            } catch (Exception e) {
                // an unreadable record is the indexer's to dead-letter; the audit shows what it can read
            }
        });
        decisions.sort(Comparator.comparing(ReviewDecision::at).reversed());
        return decisions.size() > limit ? List.copyOf(decisions.subList(0, limit)) : decisions;
    }

    /** As a spreadsheet opens it: one decision a row, newest first. */
    public static String csv(List<ReviewDecision> decisions) {
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
