package id.perpustakaan.jembatan.routes.normalise.regulation;

import java.util.ArrayList;
import java.util.Arrays;
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

    private static final Pattern CITATION = Pattern.compile(
            "(?<![\\p{L}\\d])(?:" + kinds() + ")(?!\\p{L})"
                    + "(?:\\s+(?:" + ISSUER_WORD + ")){0,10}?"
                    + "\\s*,?\\s+(?:nomor|no\\.?)\\s*:?\\s*(?<nomor>\\d[\\p{L}\\d./\\-]*)"
                    + "(?:\\s*,?\\s+(?:tahun|thn\\.?|th\\.?)\\s*(?<tahun>\\d{4})(?!\\d))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A year closing a number that carries its own: 800/123/Disdik/2024, 188.45/12/WAKO-SWL/2020. */
    private static final Pattern YEAR_IN_NUMBER = Pattern.compile("/((?:19|20)\\d\\d)$");

    private Citations() {
    }

    /** The citation that starts exactly at {@code start}, with the index where it ends. */
    static Optional<Found> at(CharSequence text, int start) {
        Matcher matcher = CITATION.matcher(text).region(start, text.length());
        return matcher.lookingAt() ? Optional.of(found(matcher)) : Optional.empty();
    }

    /** Every citation in {@code text}, in order. */
    static List<Found> in(CharSequence text) {
        Matcher matcher = CITATION.matcher(text);
        List<Found> all = new ArrayList<>();
        while (matcher.find()) {
            all.add(found(matcher));
        }
        return all;
    }

    private static Found found(Matcher matcher) {
        Jenis jenis = Arrays.stream(Jenis.values())
                .filter(candidate -> matcher.group(candidate.group()) != null)
                .findFirst()
                .orElseThrow();
        // a number at a sentence end keeps the sentence's full stop otherwise
        String nomor = matcher.group("nomor").replaceFirst("[./\\-]+$", "");
        Integer tahun = matcher.group("tahun") != null ? Integer.valueOf(matcher.group("tahun")) : yearIn(nomor);
        return new Found(new Citation(jenis, nomor, tahun), matcher.start(), matcher.end());
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

    /** A citation and where it stands in the text it was found in. */
    record Found(Citation citation, int start, int end) {
    }
}
