package id.perpustakaan.jembatan.app.review;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.perpustakaan.jembatan.app.WebSlice;
import id.perpustakaan.jembatan.indexer.inbox.QueuePage;
import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.ReviewAction;
import id.perpustakaan.jembatan.model.ReviewDecision;
import id.perpustakaan.jembatan.model.ReviewState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A regulation whose file left its mirrored folder waits on its page for a librarian: the page says who asked and
 * why, in Bahasa Indonesia first, and offers to withdraw it (the request's reason filled in) or keep it public.
 */
class WithdrawalRequestPageTest extends ReviewPageSlice {

    private static final String ID = "hukum-mirror-perwako";
    private static final long REVISION = WebSlice.NOW.toEpochMilli();

    @Test
    void thePageSaysTheFileWasRemovedAndOffersBothAnswers() throws Exception {
        requested(ReviewDecision.bySource("hukum-mirror"), "removed at the source: 2024/perwako-12.pdf");

        mvc.perform(get("/review/items/{id}", ID).with(user("pustakawan").roles("LIBRARIAN")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Diminta ditarik"),
                        containsString("Permintaan penarikan"),
                        containsString("Berkasnya dihapus dari folder sumber hukum-mirror (removed at the source:"
                                + " 2024/perwako-12.pdf)"),
                        containsString("action=\"/review/items/" + ID + "/keep\""),
                        containsString("Tetap tampilkan"),
                        containsString("value=\"removed at the source: 2024/perwako-12.pdf\""))));
        mvc.perform(get("/review/items/{id}", ID).param("lang", "en").with(user("pustakawan").roles("LIBRARIAN")))
                .andExpect(content().string(allOf(containsString("Withdrawal requested"),
                        containsString("Its file was removed from the folder of source hukum-mirror"),
                        containsString("Keep public"))));
    }

    @Test
    void theQueueSaysWhenRequestsWaitAndLeadsToThem() throws Exception {
        when(inbox.queue(any())).thenReturn(new QueuePage(2, List.of(), Map.of(), null));

        mvc.perform(get("/review").with(user("pustakawan").roles("LIBRARIAN")))
                .andExpect(content().string(allOf(
                        containsString("2 permintaan penarikan menunggu jawaban pustakawan"),
                        containsString("href=\"/review?state=WITHDRAWAL_REQUESTED\""))));
        mvc.perform(get("/review").param("lang", "en").with(user("pustakawan").roles("LIBRARIAN")))
                .andExpect(content().string(containsString("2 withdrawal requests wait for a librarian&#39;s answer")));
        mvc.perform(get("/review").param("state", "WITHDRAWAL_REQUESTED").with(user("pustakawan").roles("LIBRARIAN")))
                .andExpect(content().string(not(containsString("menunggu jawaban pustakawan"))));
    }

    @Test
    void anAgencysRequestNamesTheAgency() throws Exception {
        requested(ReviewDecision.byAgency("hukum"), "sudah dicabut");

        mvc.perform(get("/review/items/{id}", ID).with(user("pustakawan").roles("LIBRARIAN")))
                .andExpect(content().string(allOf(
                        containsString("Instansi hukum meminta dokumen ini ditarik (sudah dicabut)"),
                        not(containsString("dihapus dari folder sumber")))));
    }

    @Test
    void keepingItAnswersTheRequestAsTheSignedInLibrarian() throws Exception {
        when(actions.keep(ID, "penghapusan keliru", "pustakawan")).thenReturn(new ReviewDecision(ID, REVISION, "hash",
                ReviewAction.KEEP, "pustakawan", WebSlice.NOW, "penghapusan keliru"));
        mvc.perform(post("/review/items/{id}/keep", ID).param("reason", "penghapusan keliru")
                        .with(user("pustakawan").roles("LIBRARIAN")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/review/items/" + ID));
        verify(actions).keep(ID, "penghapusan keliru", "pustakawan");
    }

    @Test
    void noOneButALibrarianAnswers() throws Exception {
        mvc.perform(post("/review/items/{id}/keep", ID).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/masuk"));
    }

    private void requested(String by, String reason) throws Exception {
        Document regulation = new Document(ID, "hukum-mirror", new Agency("hukum", "Bagian Hukum"),
                DocumentKind.REGULATION, "Peraturan Wali Kota Nomor 12 Tahun 2024", null, "Pasal 1", null, "id", null,
                null, null, null, WebSlice.NOW, null, null, List.of(), "hash", REVISION, null, List.of(), List.of(),
                null);
        ReviewDecision request = new ReviewDecision(ID, REVISION, "hash", ReviewAction.REQUEST_WITHDRAWAL, by,
                WebSlice.NOW, reason);
        when(items.view(ID)).thenReturn(new ItemView(regulation, ReviewState.WITHDRAWAL_REQUESTED, request, REVISION,
                regulation, List.of(), null, List.of(), List.of()));
    }
}
