package id.perpustakaan.jembatan.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.perpustakaan.jembatan.app.WebSlice;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Password guessing through HTTP Basic and the sign-in form meets the same brake, is written to the audit log
 * without forged lines, and an administrator lifts an account's block. The accounts are the tests' own
 * (config/application.yml in the test resources).
 */
@WebSlice(SignInBlocksController.class)
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingTest {


    @Autowired
    private MockMvc mvc;

    @Autowired
    private SignInThrottle throttle;

    /** Each test guesses from addresses of its own; the accounts are shared, so their blocks are lifted after. */
    @AfterEach
    void unlockAccounts() {
        List.of("admin-uji", "pustakawan", "portal-uji").forEach(throttle::unlock);
    }

    @Test
    void twentyWrongPasswordsThenTheRightOneIsThrottledAndLogged(CapturedOutput log) throws Exception {
        int refusedUnchecked = 0;
        for (int i = 0; i < 20; i++) {
            int status = mvc.perform(get("/api/admin/sign-in-blocks").with(httpBasic("admin-uji", "tebakan-" + i))
                    .with(from("10.5.0.1"))).andReturn().getResponse().getStatus();
            assertThat(status).isIn(401, 429);
            refusedUnchecked += status == 429 ? 1 : 0;
        }
        assertThat(refusedUnchecked).as("after 6 failures the password is no longer checked").isEqualTo(14);

        mvc.perform(get("/api/admin/sign-in-blocks").with(httpBasic("admin-uji", "uji-admin-2025"))
                        .with(from("10.5.0.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(jsonPath("$.detail").value("too many failed sign-ins for this account or from this"
                        + " address: try again in 2 s, or ask an administrator to unlock the account"));

        assertThat(log.getOut()).contains("sign-in of 'admin-uji' from 10.5.0.1 failed: wrong name or password"
                        + " (1 in a row)", "(6 in a row)",
                "sign-in of 'admin-uji' from 10.5.0.1 refused without checking the password");
        assertThat(log.getOut()).doesNotContain("(7 in a row)");
    }

    @Test
    void anAdministratorLiftsTheBlockOfAnAccount() throws Exception {
        for (int i = 0; i < 6; i++) {
            mvc.perform(get("/api/review/queue").with(httpBasic("pustakawan", "salah")).with(from("10.6.0.1")));
        }
        mvc.perform(get("/api/admin/sign-in-blocks").with(httpBasic("pustakawan", "uji-pustakawan-2025"))
                .with(from("10.6.0.2"))).andExpect(status().isTooManyRequests());

        mvc.perform(get("/api/admin/sign-in-blocks").with(httpBasic("admin-uji", "uji-admin-2025"))
                        .with(from("10.6.0.3")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'pustakawan')].kind").value("account"));
        mvc.perform(delete("/api/admin/sign-in-blocks/accounts/pustakawan")
                        .with(httpBasic("admin-uji", "uji-admin-2025")).with(from("10.6.0.3")))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/admin/sign-in-blocks").with(httpBasic("pustakawan", "uji-pustakawan-2025"))
                .with(from("10.6.0.2"))).andExpect(status().isForbidden());
    }

    @Test
    void theSignInFormIsSentBackWithHowLongToWait(CapturedOutput log) throws Exception {
        for (int i = 0; i < 6; i++) {
            mvc.perform(signIn("portal-uji", "salah", "10.7.0.1"))
                    .andExpect(redirectedUrl("/masuk?gagal"));
        }
        mvc.perform(signIn("portal-uji", "uji-portal-2025", "10.7.0.1"))
                .andExpect(redirectedUrl("/masuk?tunggu=2"));

        mvc.perform(signIn("forged\n2026-12-04 INFO sign-in of 'admin' succeeded", "x", "10.7.0.9"));
        assertThat(log.getOut()).contains("sign-in of 'forged\\n2026-12-04 INFO sign-in of 'admin' succeeded'")
                .doesNotContain("\n2026-12-04 INFO sign-in of 'admin' succeeded");
    }

    @Test
    void aSuccessfulSignInIsLogged(CapturedOutput log) throws Exception {
        mvc.perform(signIn("pustakawan", "uji-pustakawan-2025", "10.8.0.1"))
                .andExpect(redirectedUrl("/review"));
        assertThat(log.getOut()).contains("sign-in of 'pustakawan' from 10.8.0.1 succeeded");
    }

    private static MockHttpServletRequestBuilder signIn(String account, String password, String address) {
        return post("/masuk").param("username", account).param("password", password).with(csrf())
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
