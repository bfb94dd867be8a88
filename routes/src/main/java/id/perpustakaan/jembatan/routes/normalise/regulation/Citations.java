package id.perpustakaan.jembatan.routes.normalise.regulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds citations such as "Undang-Undang Nomor 7 Tahun 1971", "PERATURAN DAERAH KOTA SAWAHLUNTO NOMOR 3 TAHUN
 * 2019" or "Surat Edaran Nomor 800/123/Disdik/2024" in headers and running text.
 *
 * <p>Between the kind and "Nomor" stand at most ten words naming the issuer ("Kota Sawahlunto", "Republik
 * Indonesia", a repeated header line). Issuer words must start with a capital: that keeps "Undang-Undang ini dan
 * Peraturan Daerah Nomor 3" from being read as an Undang-Undang numbered 3.
 */
final class Citations {

    private static final String ISSUER_WORD = "(?!(?:nomor|no)\\b)(?-i:\\p{Lu})[\\p{L}.\\-]*,?|dan";

    /**
     * A number as printed: "12", "188.45/12/WAKO-SWL/2024", the ministries' "2 /PMK.07/2022" (OCR and typists put
     * spaces around the slashes) and "PER-01/MEN/2011", whose letters come before the digits.
     */
    private static final String NUMBER =
            "(?<nomor>(?:(?-i:\\p{Lu}{2,6})[.\\-])?\\d[\\p{L}\\d.\\-]*(?:[ \\t]*/[ \\t]*[\\p{L}\\d][\\p{L}\\d.\\-]*)*)";

    private static final Pattern CITATION = Pattern.compile(
            "(?<![\\p{L}\\d])(?<name>(?:" + kinds() + ")(?!\\p{L})"
                    + "(?:\\s+(?:" + ISSUER_WORD + ")){0,10}?)"
                    + "\\s*,?\\s+(?:nomor|no\\.?)\\s*:?\\s*" + NUMBER
                    + "(?:\\s*,?\\s+(?:tahun|thn\\.?|th\\.?)\\s*(?<tahun>\\d{4})(?!\\d))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The short forms of running text and of headings typed in a hurry: "UU 12", "UU No. 12 Tahun 2011",
     * "Perda 3/2019", "Permendagri 77/2020". Only the abbreviations, whose capitals leave no doubt, take this form.
     */
    private static final Pattern SHORT = Pattern.compile(
            "(?<![\\p{L}\\d])(?<kind>(?-i:UU|PP|SK|SE)|perppu|perpu|perpres|permen\\p{L}*|perda|perwako|perwali"
                    + "|perbup|pergub)\\s+(?:(?:nomor|no\\.?)\\s*)?(?<nomor>\\d{1,4})"
                    + "(?:\\s*/\\s*(?<year>(?:19|20)\\d\\d)|\\s+(?:tahun|th\\.?)\\s*(?<tahun>(?:19|20)\\d\\d))?"
                    + "(?![\\d/])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern SPACED_SLASH = Pattern.compile("\\s*/\\s*");

    /** A year closing a number that carries its own: 800/123/Disdik/2024, 188.45/12/WAKO-SWL/2020. */
    private static final Pattern YEAR_IN_NUMBER = Pattern.compile("/((?:19|20)\\d\\d)$");

    private Citations() {
    }

    /** The citation that starts exactly at {@code start}, with the index where it ends. */
    static Optional<Found> at(CharSequence text, int start) {
        Matcher matcher = CITATION.matcher(text).region(start, text.length());
        if (matcher.lookingAt()) {
            return Optional.of(found(matcher));
        }
        Matcher shortForm = SHORT.matcher(text).region(start, text.length());
        return shortForm.lookingAt() ? Optional.of(shortFound(shortForm)) : Optional.empty();
    }

    /** Every citation in {@code text}, in order; a short form inside a full one ("PP Nomor 2") is not another. */
    static List<Found> in(CharSequence text) {
        Matcher matcher = CITATION.matcher(text);
        List<Found> all = new ArrayList<>();
        while (matcher.find()) {
            all.add(found(matcher));
        }
        Matcher shortForm = SHORT.matcher(text);
        while (shortForm.find()) {
            Found found = shortFound(shortForm);
            if (all.stream().noneMatch(full -> found.start() < full.end() && full.start() < found.end())) {
                all.add(found);
            }
        }
        all.sort(Comparator.comparingInt(Found::start));
        return all;
    }

    private static Found found(Matcher matcher) {
        Jenis jenis = Arrays.stream(Jenis.values())
                .filter(candidate -> matcher.group(candidate.group()) != null)
                .findFirst()
                .orElseThrow();
        // a number at a sentence end keeps the sentence's full stop otherwise
        String nomor = SPACED_SLASH.matcher(matcher.group("nomor")).replaceAll("/").replaceFirst("[./\\-]+$", "");
        Integer tahun = matcher.group("tahun") != null ? Integer.valueOf(matcher.group("tahun")) : yearIn(nomor);
        return new Found(new Citation(jenis, nomor, tahun), matcher.start(), matcher.end(), matcher.group("name"));
    }

    private static Found shortFound(Matcher matcher) {
        String kind = matcher.group("kind");
        Jenis jenis = Arrays.stream(Jenis.values())
                .filter(candidate -> Pattern.matches("(?iU)" + candidate.words(), kind))
                .findFirst()
                .orElseThrow();
        String year = matcher.group("tahun") != null ? matcher.group("tahun") : matcher.group("year");
        Integer tahun = year == null ? null : Integer.valueOf(year);
        return new Found(new Citation(jenis, matcher.group("nomor"), tahun), matcher.start(), matcher.end(), null);
    }

    private static Integer yearIn(String nomor) {
        Matcher year = YEAR_IN_NUMBER.matcher(nomor);
        return year.find() ? Integer.valueOf(year.group(1)) : null;
    }

    private static String kinds() {
        return Arrays.stream(Jenis.values())
                .map(jenis -> "(?<" + jenis.group() + ">" + jenis.words() + ")")
                .collect(Collectors.joining("|"));
    }

    /**
     * A citation and where it stands in the text it was found in, with the words that name the kind and issuer as
     * printed ("PERATURAN WALI KOTA SAWAHLUNTO"; {@code null} for a short form).
     */
    record Found(Citation citation, int start, int end, String name) {
    }
}
