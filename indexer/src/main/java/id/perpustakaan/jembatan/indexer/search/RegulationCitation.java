package id.perpustakaan.jembatan.indexer.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regulation named in a query by number and year, with its kind when the words before name one:
 * "perwako 12 2024", "perda nomor 3 tahun 2019", "perwali 12/2024". The search puts that regulation first.
 *
 * @param jenis the ways the kind may be written (the synonyms of the word in the query), empty when not named
 */
record RegulationCitation(List<String> jenis, String nomor, int tahun) {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,5}");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern NUMBER_SLASH_YEAR = Pattern.compile("(\\d{1,5})/((?:19|20)\\d\\d)");
    private static final Set<String> NUMBER_WORDS = Set.of("nomor", "no", "nr", "nmr");
    private static final Set<String> YEAR_WORDS = Set.of("tahun", "th", "thn");

    /** @param words the query's searched words, normalised, in order */
    static Optional<RegulationCitation> find(List<String> words, Synonyms synonyms) {
        for (int i = 0; i < words.size(); i++) {
            Matcher both = NUMBER_SLASH_YEAR.matcher(words.get(i));
            if (both.matches()) {
                return Optional.of(cite(words, i, both.group(1), Integer.parseInt(both.group(2)), synonyms));
            }
            if (NUMBER.matcher(words.get(i)).matches()) {
                int year = i + 1;
                if (year < words.size() && YEAR_WORDS.contains(words.get(year))) {
                    year++;
                }
                if (year < words.size() && YEAR.matcher(words.get(year)).matches()) {
                    return Optional.of(cite(words, i, words.get(i), Integer.parseInt(words.get(year)), synonyms));
                }
            }
        }
        return Optional.empty();
    }

    private static RegulationCitation cite(List<String> words, int number, String nomor, int tahun,
                                           Synonyms synonyms) {
        int end = number;
        if (end > 0 && NUMBER_WORDS.contains(words.get(end - 1))) {
            end--;
        }
        // the longest synonym entry that ends right before the number names the kind
        for (int start = 0; start < end; start++) {
            Synonyms.Match match = synonyms.longestMatchAt(words, start);
            if (match.length() > 0 && start + match.length() == end) {
                return new RegulationCitation(match.group(), nomor, tahun);
            }
        }
        return new RegulationCitation(end > 0 ? List.of(words.get(end - 1)) : List.of(), nomor, tahun);
    }
}
