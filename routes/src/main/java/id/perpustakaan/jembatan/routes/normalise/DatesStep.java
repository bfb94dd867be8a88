package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.routes.normalise.dates.DateMention;
import id.perpustakaan.jembatan.routes.normalise.dates.IndonesianDates;
import id.perpustakaan.jembatan.routes.normalise.validity.Validity;
import java.util.regex.Pattern;

/**
 * When it was published and until when it is valid. The published date is the document's own metadata when it
 * has some; otherwise the date of signing ("Ditetapkan di Sawahlunto pada tanggal …", "Sawahlunto, 3 Maret
 * 2025"); otherwise the file's modification time. Regulations stay in force until revoked, so only other kinds
 * get a {@code validUntil}.
 */
final class DatesStep implements NormalisationStep {

    /** Words right before a date that make it the date of signing. */
    private static final Pattern SIGNED = Pattern.compile(
            "(?i)(pada tanggal|ditetapkan di [\\p{L} ]{2,30},?|diundangkan di [\\p{L} ]{2,30},?"
                    + "|\\n[\\p{Lu}][\\p{L} ]{2,30},)\\s*$");

    @Override
    public void apply(DocumentDraft draft) {
        if (draft.publishedAt == null) {
            draft.publishedAt = signingDate(draft);
        }
        if (draft.publishedAt == null) {
            draft.publishedAt = draft.raw.lastModified();
        }
        if (draft.modifiedAt == null) {
            draft.modifiedAt = draft.raw.lastModified();
        }
        if (draft.kind != DocumentKind.REGULATION) {
            draft.validUntil = Validity.validUntil(draft.text, draft.reference()).orElse(null);
        }
    }

    private static java.time.Instant signingDate(DocumentDraft draft) {
        for (DateMention mention : IndonesianDates.find(draft.text, draft.reference())) {
            String before = draft.text.substring(Math.max(0, mention.start() - 60), mention.start());
            if (SIGNED.matcher(before).find()) {
                return mention.value().toInstant();
            }
        }
        return null;
    }
}
