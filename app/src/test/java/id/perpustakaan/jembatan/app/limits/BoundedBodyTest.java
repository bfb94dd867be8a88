package id.perpustakaan.jembatan.app.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class BoundedBodyTest {

    @Test
    void aBodyOfUnknownLengthIsReadUpToTheLimitAndNotAByteMore() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/search/clicks");
        request.setContent(new byte[2_000_000]);
        AtomicInteger read = new AtomicInteger();

        assertThatThrownBy(() -> new BoundedBody(1_000).doFilter(request, new MockHttpServletResponse(),
                (bounded, response) -> {
                    byte[] buffer = new byte[100];
                    int n;
                    while ((n = bounded.getInputStream().read(buffer)) > 0) {
                        read.addAndGet(n);
                    }
                }))
                .isInstanceOf(RequestTooLargeException.class)
                .hasMessage("the request body is over 1000 bytes, the most that is read"
                        + " (jembatan.limits.max-body-size)");
        assertThat(read.get()).isEqualTo(1_000);
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/search/clicks");
        request.setContent("{\"position\":1}".getBytes());
        StringBuilder body = new StringBuilder();

        new BoundedBody(1_000).doFilter(request, new MockHttpServletResponse(),
                (bounded, response) -> body.append(new String(bounded.getInputStream().readAllBytes())));

        assertThat(body).hasToString("{\"position\":1}");
    }
}
