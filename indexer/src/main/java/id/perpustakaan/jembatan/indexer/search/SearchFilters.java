package id.perpustakaan.jembatan.indexer.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a search is narrowed to. Empty lists and {@code null}s narrow nothing; values of one list are alternatives.
 *
 * @param agencies       agency codes
 * @param kinds          document kinds, by enum name
 * @param years          years of publication
 * @param from           published on or after this day (Western Indonesia Time)
 * @param to             published on or before this day (Western Indonesia Time)
 * @param languages      language codes ({@code id}, {@code en}…)
 * @param jenis          regulation kind as cited ("Perwako", "Perda"…), any case
 * @param nomor          regulation number as written ("12", "800/123/Disdik/2024")
 * @param tahun          regulation year
 * @param includeExpired also announcements whose {@code validUntil} has passed (hidden by default)
 * @param klasifikasi    classes of public information, by enum name
 */
public record SearchFilters(List<String> agencies, List<String> kinds, List<Integer> years, LocalDate from,
                            LocalDate to, List<String> languages, String jenis, String nomor, Integer tahun,
                            boolean includeExpired, List<String> klasifikasi, List<String> tags) {

    public static final SearchFilters NONE =
            new SearchFilters(null, null, null, null, null, null, null, null, null, false);

    public SearchFilters {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        years = years == null ? List.of() : List.copyOf(years);
        languages = languages == null ? List.of() : List.copyOf(languages);
        klasifikasi = klasifikasi == null ? List.of() : List.copyOf(klasifikasi);
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to + ": swap them");
        }
    }

    /** Filters of any tag. */
    public SearchFilters(List<String> agencies, List<String> kinds, List<Integer> years, LocalDate from,
                         LocalDate to, List<String> languages, String jenis, String nomor, Integer tahun,
                         boolean includeExpired, List<String> klasifikasi) {
        this(agencies, kinds, years, from, to, languages, jenis, nomor, tahun, includeExpired, klasifikasi, null);
    }

    /** Filters of any class of public information. */
    public SearchFilters(List<String> agencies, List<String> kinds, List<Integer> years, LocalDate from,
                         LocalDate to, List<String> languages, String jenis, String nomor, Integer tahun,
                         boolean includeExpired) {
        this(agencies, kinds, years, from, to, languages, jenis, nomor, tahun, includeExpired, null);
    }

    /** The filters of a page that shows only some agencies and kinds. */
    public static SearchFilters of(List<String> agencies, List<String> kinds, boolean includeExpired) {
        return new SearchFilters(agencies, kinds, null, null, null, null, null, null, null, includeExpired);
    }

    /** These filters with expired announcements too: what a search hides is counted with them. */
    public SearchFilters withExpired() {
        return new SearchFilters(agencies, kinds, years, from, to, languages, jenis, nomor, tahun, true, klasifikasi,
                tags);
    }

    /** Each filter as {@code name:value}, for analytics. */
    public List<String> described() {
        List<String> described = new ArrayList<>();
        agencies.forEach(value -> described.add("agency:" + value));
        kinds.forEach(value -> described.add("kind:" + value));
        years.forEach(value -> described.add("year:" + value));
        languages.forEach(value -> described.add("language:" + value));
        klasifikasi.forEach(value -> described.add("klasifikasi:" + value));
        tags.forEach(value -> described.add("tag:" + value));
        if (from != null) {
            described.add("from:" + from);
        }
        if (to != null) {
            described.add("to:" + to);
        }
        if (jenis != null) {
            described.add("jenis:" + jenis);
        }
        if (nomor != null) {
            described.add("nomor:" + nomor);
        }
        if (tahun != null) {
            described.add("tahun:" + tahun);
        }
        if (includeExpired) {
            described.add("includeExpired");
        }
        return described;
    }
}
