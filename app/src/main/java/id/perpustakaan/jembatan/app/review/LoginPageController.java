package id.perpustakaan.jembatan.app.review;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The librarians' sign-in page; Spring Security handles what it posts. */
@Controller
class LoginPageController {

    @GetMapping("/masuk")
    String login() {
        return "review/login";
    }
}
