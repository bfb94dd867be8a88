package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.app.WebSlice;
import id.perpustakaan.jembatan.indexer.inbox.InboxSearch;
import id.perpustakaan.jembatan.routes.archive.OriginalArchive;
import id.perpustakaan.jembatan.routes.source.SourceCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The review pages' controller in a web slice, with what it talks to stood in for: each test says what they answer. */
@WebSlice(ReviewPagesController.class)
abstract class ReviewPageSlice {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    InboxSearch inbox;
    @MockitoBean
    ReviewItems items;
    @MockitoBean
    ReviewActions actions;
    @MockitoBean
    SourceCatalog sources;
    @MockitoBean
    OriginalArchive archive;
    @MockitoBean
    Renormalisation renormalisation;
    @MockitoBean
    ProjectedDecisions projected;
}
