package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.EventPlace;
import id.perpustakaan.jembatan.routes.normalise.event.EventReading;
import java.util.EnumSet;
import java.util.Set;

/**
 * When and where an event happens: what its source declared (a schedule's row, a librarian's form), else what an
 * announcement's text says ({@link EventReading}), which makes the announcement an event unless its catalogue said
 * what it is. An event is valid until it is over; a deadline its text names is its registration's.
 */
final class EventStep implements NormalisationStep {

    /** The kinds whose text may turn out to announce an event; a regulation never does. */
    private static final Set<DocumentKind> MAY_ANNOUNCE = EnumSet.of(DocumentKind.ANNOUNCEMENT, DocumentKind.NEWS,
            DocumentKind.PROGRAMME, DocumentKind.OTHER);

    @Override
    public void apply(DocumentDraft draft) {
        if (draft.declared != null && draft.declared.event() != null) {
            draft.event = draft.declared.event();
            draft.kind = DocumentKind.EVENT;
        } else if (MAY_ANNOUNCE.contains(draft.kind) && !KindStep.DECLARED.equals(draft.kindRule)) {
            EventReading.read(draft.title, draft.text, draft.reference(), draft.publishedAt).ifPresent(found -> {
                boolean deadlineBefore = draft.validUntil != null && draft.validUntil.isBefore(found.start());
                draft.event = new Event(found.start(), found.end(), found.allDay(),
                        found.place() == null ? null : EventPlace.named(found.place()), draft.agency().name(),
                        found.registrationUrl(), deadlineBefore ? draft.validUntil : null, found.capacity(), false);
                draft.kind = DocumentKind.EVENT;
                // as the kind rules name theirs ("title:pengumuman"): the word that made it one
                draft.kindRule = "event:" + found.gathering();
            });
        }
        if (draft.event != null) {
            draft.validUntil = draft.event.endsAt();
        }
    }
}
