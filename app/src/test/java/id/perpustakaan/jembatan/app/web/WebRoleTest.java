package id.perpustakaan.jembatan.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** An instance without the web role answers its operators' endpoints only. */
class WebRoleTest {

    @Test
    void withoutTheWebRoleOnlyActuatorAnswers() throws Exception {
        var filter = new WebRole().webRoleFilter(new MockEnvironment().withProperty("jembatan.roles", "harvest"))
                .getFilter();

        MockHttpServletResponse search = new MockHttpServletResponse();
        MockFilterChain searchChain = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/search"), search, searchChain);
        assertThat(search.getStatus()).isEqualTo(404);
        assertThat(searchChain.getRequest()).as("passed on").isNull();
        assertThat(search.getContentAsString()).contains("this instance's roles are harvest");

        MockFilterChain healthChain = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("GET", "/actuator/health"), new MockHttpServletResponse(),
                healthChain);
        assertThat(healthChain.getRequest()).as("passed on").isNotNull();
    }

    @Test
    void withTheWebRoleEverythingPasses() throws Exception {
        var filter = new WebRole().webRoleFilter(new MockEnvironment()).getFilter();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }
}
