package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.LibraryTime;
import id.perpustakaan.jembatan.routes.normalise.dates.DateMention;
import id.perpustakaan.jembatan.routes.normalise.dates.IndonesianDates;
import id.perpustakaan.jembatan.routes.normalise.validity.Validity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.regex.Pattern;

/**
 * When it was published and until when it is valid. A regulation was published the day it was promulgated, else
 * the day it was signed, whatever its file's metadata says (a scan's creation date is the day it was scanned).
 * Other documents: what the origin's catalogue declared; the document's own metadata when it has some; otherwise the date of signing ("Ditetapkan di
 * Sawahlunto pada tanggal …", "Sawahlunto, 3 Maret 2025"); otherwise the file's modification time. Regulations
 * stay in force until revoked, so only other kinds get a {@code validUntil}.
 */
final class DatesStep implements NormalisationStep {

    /** Words right before a date that make it the date of signing. */
    private static final Pattern SIGNED = Pattern.compile(
            "(?i)(pada tanggal|ditetapkan di [\\p{L} ]{2,30},?|diundangkan di [\\p{L} ]{2,30},?"
                    + "|\\n[\\p{Lu}][\\p{L} ]{2,30},)\\s*$");

    private static final int DEADLINE_WINDOW = 10_000;
    private static final int SIGNATURE_WINDOW = 4_000;

    @Override
    public void apply(DocumentDraft draft) {
        LocalDate enacted = draft.regulation == null ? null : draft.regulation.effectiveDate();
        if (enacted != null) {
            draft.publishedAt = enacted.atStartOfDay(LibraryTime.ZONE).toInstant();
        }
        if (draft.publishedAt == null && draft.declared != null) {
            draft.publishedAt = draft.declared.publishedAt();
        }
        if (draft.publishedAt == null) {
            draft.publishedAt = signingDate(draft);
        }
        if (draft.publishedAt == null) {
            draft.publishedAt = draft.raw.lastModified();
        }
        if (draft.modifiedAt == null && draft.declared != null) {
            draft.modifiedAt = draft.declared.modifiedAt();
        }
        if (draft.modifiedAt == null) {
            draft.modifiedAt = draft.raw.lastModified();
        }
        if (draft.declared != null && draft.declared.validUntil() != null) {
            // the agency said it: a date in the text (a registration deadline, say) must not overrule it
            draft.validUntil = draft.declared.validUntil();
        } else if (draft.kind != DocumentKind.REGULATION) {
            draft.validUntil = Validity.validUntil(opening(draft.text), draft.reference()).orElse(null);
        }
    }

    /**
     * Where an announcement names its deadline: reading dates costs about a microsecond a character, and a
     * deadline beyond the first pages of a long report is not one citizens are told about.
     */
    private static String opening(String text) {
        return text.length() <= DEADLINE_WINDOW ? text : text.substring(0, DEADLINE_WINDOW);
    }

    /** Signatures are at the end (letters, regulations) or, in web posts, near the top. */
    private static Instant signingDate(DocumentDraft draft) {
        String text = draft.text;
        int tail = Math.max(0, text.length() - SIGNATURE_WINDOW);
        Instant signed = signingDate(text.substring(tail), draft);
        return signed != null || tail == 0 ? signed : signingDate(text.substring(0, Math.min(tail,
                SIGNATURE_WINDOW)), draft);
    }

    private static Instant signingDate(String text, DocumentDraft draft) {
        return signingDate(text, draft.reference());
    }

    /** The first date the words of a signature introduce; dates are read only where such words stand. */
    static Instant signingDate(String text, ZonedDateTime reference) {
        for (DateMention mention : IndonesianDates.findStartingIn(text, reference, SigningPlaces.in(text))) {
            String before = text.substring(Math.max(0, mention.start() - SigningPlaces.REACH), mention.start());
            if (SIGNED.matcher(before).find()) {
                return mention.value().toInstant();
            }
        }
        return null;
    }
}
