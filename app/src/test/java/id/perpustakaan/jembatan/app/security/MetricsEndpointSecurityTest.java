package id.perpustakaan.jembatan.app.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.perpustakaan.jembatan.app.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementContextAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.servlet.autoconfigure.actuate.web.ServletManagementContextAutoConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may read {@code /actuator/prometheus}: librarians, administrators and the metrics scraper's account (role
 * METRICS), which may read nothing else; the anonymous public is asked for credentials, and still sees health as a
 * bare UP. The accounts are the tests' own (config/application.yml in the test resources).
 */
@WebSlice(SignInBlocksController.class)
@AutoConfigureMetrics
@ImportAutoConfiguration({EndpointAutoConfiguration.class, WebEndpointAutoConfiguration.class,
        ManagementContextAutoConfiguration.class, ServletManagementContextAutoConfiguration.class,
        HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class,
        HealthEndpointAutoConfiguration.class,
        MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
        PrometheusMetricsExportAutoConfiguration.class})
class MetricsEndpointSecurityTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void anonymousScrapesAreAskedForCredentials() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    }

    @Test
    void librariansAdministratorsAndTheMetricsAccountScrape() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(httpBasic("pustakawan", "uji-pustakawan-2025")))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin-uji", "uji-admin-2025")))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("prometheus-uji", "uji-metrics-2025")))
                .andExpect(status().isOk());
    }

    @Test
    void otherAccountsAndWrongPasswordsAreRefused() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(httpBasic("portal-uji", "uji-portal-2025")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("prometheus-uji", "salah")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theMetricsAccountReadsNothingElse() throws Exception {
        for (String path : new String[] {"/api/review/queue", "/api/review/audit", "/api/sources",
                "/api/analytics/searches", "/api/admin/sign-in-blocks", "/actuator/metrics"}) {
            mvc.perform(get(path).with(httpBasic("prometheus-uji", "uji-metrics-2025")))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void healthStaysABareStatusForTheAnonymousPublic() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", true));
    }
}
