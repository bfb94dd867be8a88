package id.perpustakaan.jembatan.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.perpustakaan.jembatan.app.WebSlice;
import id.perpustakaan.jembatan.indexer.analytics.SearchAnalytics;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The anonymous click endpoint costs bounded work whatever is sent, and counts each result once. */
@WebSlice(SearchClicksController.class)
class SearchClicksControllerTest {

    private static final String SEARCH_ID = "0b6f1c2e-8a3d-4c5e-9f10-1a2b3c4d5e6f";


    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private SearchAnalytics analytics;

    @Test
    void aMegabyteQueryIsRefusedAtOnceWithoutBeingMasked() throws Exception {
        String body = click(SEARCH_ID, "1-1.".repeat(250_000), 1);
        mvc.perform(from("10.1.0.1", body)).andExpect(status().isBadRequest());

        long started = System.nanoTime();
        mvc.perform(from("10.1.0.1", body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("q is 1000000 characters long; at most 500 are searched"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        verify(analytics, never()).clicked(any(), any(), any(), anyInt());
        // 100 ms on a quiet machine; the bound leaves room for a loaded one (the old masking needed 15 minutes)
        assertThat(took).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aThousandClicksFromOneAddressAreRateLimited() throws Exception {
        int accepted = 0;
        int limited = 0;
        for (int position = 1; position <= 1_000; position++) {
            int status = mvc.perform(from("10.2.0.1", click(SEARCH_ID, "beasiswa", position)))
                    .andReturn().getResponse().getStatus();
            if (status == 204) {
                accepted++;
            } else if (status == 429) {
                limited++;
            }
        }
        assertThat(accepted).as("a burst of a sixth of the 60 a minute").isEqualTo(10);
        assertThat(limited).isEqualTo(990);
        verify(analytics, times(10)).clicked(eq(SEARCH_ID), eq("beasiswa"), eq("dok-1"), anyInt());

        mvc.perform(from("10.2.0.1", click(SEARCH_ID, "beasiswa", 1_001)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "too many clicks from this address; try again in")));
        mvc.perform(from("10.2.0.2", click(SEARCH_ID, "beasiswa", 1_002)))
                .andExpect(status().isNoContent());
    }

    @Test
    void theSameClickIsCountedOnce() throws Exception {
        String searchId = "11111111-2222-4333-8444-555555555555";
        for (int i = 0; i < 5; i++) {
            mvc.perform(from("10.3.0.1", click(searchId, "pajak", 3))).andExpect(status().isNoContent());
        }
        mvc.perform(from("10.3.0.1", click(searchId, "pajak", 4))).andExpect(status().isNoContent());

        verify(analytics, times(1)).clicked(searchId, "pajak", "dok-1", 3);
        verify(analytics, times(1)).clicked(searchId, "pajak", "dok-1", 4);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        String body = "{\"searchId\":\"" + SEARCH_ID + "\"," + " ".repeat(2_000_000) + "\"position\":1}";
        mvc.perform(from("10.4.0.1", body))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value("the request body has " + body.length() + " bytes; at most"
                        + " 1048576 are read (jembatan.limits.max-body-size)"));
        verify(analytics, never()).clicked(any(), any(), any(), anyInt());
    }

    private static MockHttpServletRequestBuilder from(String address, String body) {
        return post("/api/search/clicks").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    private static String click(String searchId, String q, int position) {
        return "{\"searchId\":\"" + searchId + "\",\"q\":\"" + q + "\",\"documentId\":\"dok-1\",\"position\":"
                + position + "}";
    }
}
