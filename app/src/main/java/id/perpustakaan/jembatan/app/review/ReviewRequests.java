package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.Regulation;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewEdits;
import java.time.Instant;
import java.util.List;

/** The bodies of the review API's actions. */
final class ReviewRequests {

    private ReviewRequests() {
    }

    /**
     * @param revision the revision the librarian looked at; refused when a newer one arrived meanwhile
     */
    record Approve(Long revision, String title, DocumentKind kind, List<String> tags, Instant validUntil,
                   Regulation regulation, Klasifikasi klasifikasi) {

        ReviewEdits edits() {
            return new ReviewEdits(title == null || title.isBlank() ? null : title.strip(), kind, tags, validUntil,
                    regulation, klasifikasi);
        }
    }

    record Reject(Long revision, String reason) {
    }

    record Withdraw(String reason) {
    }

    record Bulk(ReviewAction action, List<ReviewActions.Selected> items, String reason) {
    }
}
