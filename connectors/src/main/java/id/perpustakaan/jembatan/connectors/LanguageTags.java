package id.perpustakaan.jembatan.connectors;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A language an origin declares ({@code <language>id-ID</language>}, {@code lang="id"}, {@code Content-Language: in})
 * as the two-letter ISO 639-1 code documents carry. Java's {@link Locale} is not used: across versions it maps the
 * withdrawn {@code in} and the current {@code id} differently.
 */
public final class LanguageTags {

    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*");
    /** Withdrawn codes still sent by old CMSs, and the three-letter codes of the languages agencies publish in. */
    private static final Map<String, String> ALIASES = Map.of("in", "id", "ind", "id", "iw", "he", "ji", "yi",
            "eng", "en", "msa", "ms", "may", "ms", "jav", "jv", "sun", "su");

    private LanguageTags() {
    }

    /**
     * The primary language of a declaration: {@code id}, {@code in}, {@code id-ID}, {@code ind} give {@code id}. Empty
     * for nothing, a wildcard, a list's later entries aside (the first counts), or what is not a language tag.
     */
    public static Optional<String> primary(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        String first = declared.split(",", 2)[0].strip();
        if (!TAG.matcher(first).matches()) {
            return Optional.empty();
        }
        String language = first.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        language = ALIASES.getOrDefault(language, language);
        return language.length() == 2 ? Optional.of(language) : Optional.empty();
    }
}
