package id.perpustakaan.jembatan.app.review;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import id.perpustakaan.jembatan.app.WebSlice;
import id.perpustakaan.jembatan.indexer.inbox.InboxEntry;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Event;
import id.perpustakaan.jembatan.model.EventPlace;
import id.perpustakaan.jembatan.model.Provenance;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewEdits;
import id.perpustakaan.jembatan.model.ReviewState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * The item page after "approve with corrections" shows what the public sees, and never a correction struck out as if
 * it were lost; a decision leads on to the next item.
 */
class ItemPageTest extends ReviewPageSlice {

    private static final String ID = "disdik-inbox-7";
    private static final long HARVESTED = WebSlice.NOW.toEpochMilli() - 86_400_000L;
    private static final long APPROVED = WebSlice.NOW.toEpochMilli();
    private static final String CORRECTED = "Pengumuman Beasiswa Prestasi 2026";
    private static final String AS_SENT = "Pengumuman beasiswa prestsi 2026";

    @Test
    void afterApprovingWithCorrectionsThePageShowsThePublicRevision() throws Exception {
        Document harvested = document(AS_SENT, HARVESTED);
        Document live = new ReviewEdits(CORRECTED, null, null, null, null).applyTo(harvested, APPROVED);
        when(items.view(ID)).thenReturn(view(harvested, live, ReviewState.PUBLISHED));

        mvc.perform(get("/review/items/{id}", ID).with(user("pustakawan").roles("LIBRARIAN")))
                .andExpect(content().string(allOf(
                        containsString("<h1>" + CORRECTED + "</h1>"),
                        containsString("<strong>Diterbitkan</strong>"),
                        containsString("name=\"title\" value=\"" + CORRECTED + "\""),
                        containsString("Koreksi pustakawan yang sudah terbit"),
                        containsString("Publik (disetujui)"),
                        containsString("koreksi pustakawan"),
                        not(containsString("<del")),
                        containsString("<pre class=\"text\" tabindex=\"0\" role=\"region\""
                                + " aria-label=\"Teks lengkap dokumen\">"))));
    }

    @Test
    void aNewerHarvestIsComparedWithThePublicRevisionUnderClearLabels() throws Exception {
        Document live = new ReviewEdits(CORRECTED, null, null, null, null).applyTo(document(AS_SENT, HARVESTED),
                APPROVED);
        Document newer = document(AS_SENT, APPROVED + 1000);
        when(items.view(ID)).thenReturn(view(newer, live, ReviewState.PENDING));

        mvc.perform(get("/review/items/{id}", ID).param("lang", "en").with(user("pustakawan").roles("LIBRARIAN")))
                .andExpect(content().string(allOf(
                        containsString("<h1>" + AS_SENT + "</h1>"),
                        containsString("Public (approved)"),
                        containsString("New harvest"),
                        containsString("<td><span>" + CORRECTED + "</span>"),
                        not(containsString("<del>" + CORRECTED)))));
    }

    @Test
    void anApprovalOnTheItemPageWaitsForThePagesAndLeadsToTheNextItem() throws Exception {
        Document harvested = document(AS_SENT, HARVESTED);
        when(inbox.entry(ID)).thenReturn(Optional.of(new InboxEntry(harvested, null, null)));
        ReviewDecision approval = new ReviewDecision(ID, HARVESTED, "hash", ReviewAction.APPROVE, "pustakawan",
                WebSlice.NOW, null);
        when(actions.approve(eq(ID), eq(HARVESTED), any(), eq("pustakawan"))).thenReturn(approval);
        when(projected.awaitShown(anyList())).thenReturn(true);

        mvc.perform(post("/review/items/{id}/approve", ID).param("revision", String.valueOf(HARVESTED))
                        .param("title", CORRECTED).param("kind", "ANNOUNCEMENT").param("next", "item")
                        .with(user("pustakawan").roles("LIBRARIAN")).with(csrf()))
                .andExpect(redirectedUrl("/review/items/" + ID))
                .andExpect(flash().attribute("outcomeId", CORRECTED));
        verify(projected).awaitShown(List.of(approval));

        Document live = new ReviewEdits(CORRECTED, null, null, null, null).applyTo(harvested, APPROVED);
        ItemView view = view(harvested, live, ReviewState.PUBLISHED);
        when(items.view(ID)).thenReturn(new ItemView(view.document(), view.state(), view.decision(),
                view.publishedRevision(), view.published(), view.form(), view.fieldChanges(), view.textDiff(),
                view.nearDuplicates(), view.problems(), new ItemView.Next("disdik-inbox-6", "Jadwal Posyandu")));
        mvc.perform(get("/review/items/{id}", ID).flashAttr("outcome", "approved").flashAttr("outcomeId", CORRECTED)
                        .with(user("pustakawan").roles("LIBRARIAN")))
                .andExpect(content().string(allOf(
                        containsString("\u201C" + CORRECTED + "\u201D disetujui"),
                        containsString("<a id=\"next-item\" href=\"/review/items/disdik-inbox-6\""),
                        containsString("autofocus=\"autofocus\">Item berikutnya: \u201CJadwal Posyandu\u201D</a>"))));
    }

    @Test
    void aDecisionInTheQueueReturnsToTheSameQueueWithTheRowFocused() throws Exception {
        when(inbox.entry(ID)).thenReturn(Optional.of(new InboxEntry(document(AS_SENT, HARVESTED), null, null)));
        when(actions.approve(eq(ID), any(), any(), any())).thenReturn(new ReviewDecision(ID, HARVESTED, "hash",
                ReviewAction.APPROVE, "pustakawan", WebSlice.NOW, null));

        mvc.perform(post("/review/items/{id}/approve", ID).param("revision", String.valueOf(HARVESTED))
                        .param("position", "3")
                        .header(HttpHeaders.REFERER, "http://localhost/review?source=disdik-inbox&after=5~x")
                        .with(user("pustakawan").roles("LIBRARIAN")).with(csrf()))
                .andExpect(redirectedUrl("/review?source=disdik-inbox&after=5~x"))
                .andExpect(flash().attribute("focusRow", 3))
                .andExpect(flash().attribute("lagging", true));
    }

    @Test
    void onlyTheQueueIsAPlaceToReturnTo() {
        org.assertj.core.api.Assertions.assertThat(ReviewPagesController.queueOf("https://elsewhere.example/x"))
                .isEqualTo("/review");
        org.assertj.core.api.Assertions.assertThat(ReviewPagesController.queueOf("http://localhost/review/items/a"))
                .isEqualTo("/review");
        org.assertj.core.api.Assertions.assertThat(ReviewPagesController.queueOf(null)).isEqualTo("/review");
    }

    @Test
    void anEventShowsWhenWhereAndByWhomAndTheWordThatMadeItOne() throws Exception {
        Event event = new Event(Instant.parse("2026-03-12T02:00:00Z"), Instant.parse("2026-03-12T05:00:00Z"), false,
                EventPlace.named("Aula Perpustakaan Kota"), "Dinas Pendidikan", null, null, null, false);
        Document harvested = document(AS_SENT, HARVESTED);
        Document training = new Document(ID, harvested.sourceId(), harvested.agency(), DocumentKind.EVENT,
                "Pelatihan Literasi Digital", null, harvested.text(), null, "id", null, null, null, null,
                WebSlice.NOW, event.endsAt(), null, List.of(), "hash", HARVESTED,
                new Provenance("folder", WebSlice.NOW, null, null, "jsoup:main-content", false, "event:pelatihan"),
                List.of(), List.of(), null, null, event);
        when(items.view(ID)).thenReturn(view(training, training, ReviewState.PENDING));

        mvc.perform(get("/review/items/{id}", ID).with(user("pustakawan").roles("LIBRARIAN")))
                .andExpect(content().string(allOf(
                        containsString("<dt>Acara</dt><dd>Kamis, 12 Maret 2026, 09.00–12.00 WIB · Aula Perpustakaan"
                                + " Kota · Dinas Pendidikan</dd>"),
                        containsString("kata “pelatihan” dengan hari pelaksanaannya"))));
    }

    private static ItemView view(Document harvested, Document live, ReviewState state) {
        ReviewDecision approval = new ReviewDecision(ID, HARVESTED, "hash", ReviewAction.APPROVE, "pustakawan",
                WebSlice.NOW, null, new ReviewEdits(CORRECTED, null, null, null, null), APPROVED);
        boolean newer = harvested.revision() > live.revision();
        return new ItemView(harvested, state, approval, APPROVED, live,
                ReviewItems.form(harvested, live, newer, approval.edits()),
                ReviewItems.fieldChanges(live, harvested, approval.edits()), TextDiff.of(live.text(), harvested.text()),
                List.of(), List.of(), null);
    }

    private static Document document(String title, long revision) {
        return new Document(ID, "disdik-inbox", new Agency("disdik", "Dinas Pendidikan"), DocumentKind.ANNOUNCEMENT,
                title, null, "Pendaftaran dibuka.", null, "id", null, null, null, null, WebSlice.NOW, null, null,
                List.of(), "hash", revision, null, List.of(), List.of(), null);
    }
}
