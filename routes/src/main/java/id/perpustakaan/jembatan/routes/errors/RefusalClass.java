package id.perpustakaan.jembatan.routes.errors;

import java.util.List;
import java.util.Locale;

/**
 * The kind of a refusal, for counting: a handful of fixed words read from the start of the reason a librarian
 * sees. The reason itself names files, addresses and sizes, which would make a metric's label unbounded; this
 * never does, whatever new wording a reason takes (it is then {@code other}).
 */
public final class RefusalClass {

    public static final String OTHER = "other";

    /** First match wins: the more specific phrases come before the general ones. */
    private static final List<Rule> RULES = List.of(
            new Rule("empty", true, "empty file"),
            new Rule("too-large", true, "too large"),
            new Rule("bomb", true, "zip bomb", "too many documents inside", "nested too deep"),
            new Rule("timeout", false, "timeout"),
            new Rule("encrypted", true, "encrypted"),
            new Rule("unsupported", true, "unsupported"),
            new Rule("not-a-document", true, "not a document"),
            new Rule("no-text", true, "no text"),
            new Rule("corrupt", true, "truncated or corrupt"),
            new Rule("not-allowed", true, "refused:", "disallowed by robots.txt", "redirect", "cannot fetch"),
            new Rule("unreachable", true, "cannot resolve host", "cannot connect", "tls with", "connection failed",
                    "fetch of"));

    private RefusalClass() {
    }

    /** One of empty, too-large, bomb, timeout, encrypted, unsupported, not-a-document, no-text, corrupt,
     * not-allowed, unreachable, other. */
    public static String of(String reason) {
        if (reason == null) {
            return OTHER;
        }
        String lower = reason.strip().toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.matches(lower)) {
                return rule.name();
            }
        }
        return OTHER;
    }

    private record Rule(String name, boolean atStart, String... phrases) {

        boolean matches(String reason) {
            for (String phrase : phrases) {
                if (atStart ? reason.startsWith(phrase) : reason.contains(phrase)) {
                    return true;
                }
            }
            return false;
        }
    }
}
