package id.perpustakaan.jembatan.app.review;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The librarians' sign-in page; Spring Security handles what it posts. */
@Controller
class LoginPageController {

    /** @param tunggu seconds to wait after too many failed sign-ins, as the sign-in's refusal said */
    @GetMapping("/masuk")
    String login(@RequestParam(required = false) String tunggu, Model model) {
        if (tunggu != null && tunggu.matches("\\d{1,7}")) {
            model.addAttribute("waitMinutes", (Long.parseLong(tunggu) + 59) / 60);
        }
        return "review/login";
    }
}
