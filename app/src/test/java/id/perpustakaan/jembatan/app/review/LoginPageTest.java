package id.perpustakaan.jembatan.app.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.perpustakaan.jembatan.app.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The sign-in page says why a sign-in was refused, in the librarian's language. */
@WebSlice(LoginPageController.class)
class LoginPageTest {


    @Autowired
    private MockMvc mvc;

    @Test
    void afterTooManyFailuresItSaysHowManyMinutesToWait() throws Exception {
        mvc.perform(get("/masuk").param("tunggu", "120"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Terlalu banyak percobaan masuk yang gagal untuk akun ini"
                        + " atau dari alamat ini. Coba lagi dalam 2 menit")));
        mvc.perform(get("/masuk").param("tunggu", "61").param("lang", "en"))
                .andExpect(content().string(containsString("Try again in 2 min")));
    }

    @Test
    void aWaitThatIsNotANumberIsIgnored() throws Exception {
        mvc.perform(get("/masuk").param("tunggu", "<b>x</b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Terlalu banyak"))));
    }
}
