package id.perpustakaan.jembatan.app.review;

import id.perpustakaan.jembatan.routes.errors.RefusalClass;
import java.util.List;
import java.util.Locale;

/**
 * What a failure's reason means for a librarian and what to do about it. The routes write reasons in English, for
 * logs and operators, naming files, addresses and configuration keys; the failures page shows a sentence in the
 * librarian's language chosen by the reason's kind, with the original reason kept beside it. The kinds are the
 * harvest's own refusal classes ({@link RefusalClass}), made finer where the advice differs (OCR missing or slow,
 * a host outside the source's list, a duplicate).
 */
final class FailureAdvice {

    /** Finer kinds first: each is a special case of a refusal class that calls for other advice. */
    private static final List<Rule> FINER = List.of(
            new Rule("ocr-missing", "ocr is off", "ocr is not available", "tesseract is not installed"),
            new Rule("ocr-timeout", "ocr timeout"),
            new Rule("host-not-allowed", "allowed hosts"),
            new Rule("robots", "disallowed by robots.txt"),
            new Rule("duplicate", "feed repeats iddata"),
            new Rule("too-large-to-publish", "too large to publish"),
            new Rule("feed", "malformed feed", "not a feed", "empty feed document", "feed declares a doctype"));

    private FailureAdvice() {
    }

    /**
     * The kind of the reason, one of the refusal classes ({@code empty, too-large, bomb, timeout, encrypted,
     * unsupported, not-a-document, no-text, corrupt, not-allowed, unreachable, other}) or a finer one
     * ({@code ocr-missing, ocr-timeout, host-not-allowed, robots, duplicate, too-large-to-publish, feed}); each has the messages
     * {@code review.failure.<kind>} (what happened) and {@code review.failure.<kind>.advice} (what to do).
     */
    static String kindOf(String reason) {
        if (reason == null || reason.isBlank()) {
            return RefusalClass.OTHER;
        }
        String lower = reason.toLowerCase(Locale.ROOT);
        for (Rule rule : FINER) {
            if (rule.matches(lower)) {
                return rule.kind();
            }
        }
        return RefusalClass.of(reason);
    }

    private record Rule(String kind, String... phrases) {

        boolean matches(String reason) {
            for (String phrase : phrases) {
                if (reason.contains(phrase)) {
                    return true;
                }
            }
            return false;
        }
    }
}
