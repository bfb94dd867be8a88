package id.perpustakaan.jembatan.indexer.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups of words that mean the same to a citizen (Disdukcapil and Dinas Kependudukan dan Pencatatan Sipil, Perwako
 * and Peraturan Wali Kota), in the comma-separated form librarians edit: one group a line, {@code #} comments.
 *
 * <p>Applied to the query, not the index: the minimal Elasticsearch distribution has no synonym filters, and
 * query-time expansion lets a librarian's edit apply at once, without reindexing, on every distribution.
 */
public final class Synonyms {

    public static final Synonyms NONE = new Synonyms(List.of());

    /** Every entry, as its words, to the group it belongs to. */
    private final Map<List<String>, List<String>> groups = new HashMap<>();
    private final int longestEntry;

    private Synonyms(List<List<String>> lines) {
        int longest = 0;
        for (List<String> group : lines) {
            for (String entry : group) {
                List<String> words = words(entry);
                groups.put(words, group);
                longest = Math.max(longest, words.size());
            }
        }
        this.longestEntry = longest;
    }

    /**
     * @param text  the file's content
     * @param where names the file in error messages
     */
    public static Synonyms parse(String text, String where) {
        List<List<String>> lines = new ArrayList<>();
        String[] rows = text.split("\\R");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            List<String> group = Arrays.stream(row.split(","))
                    .map(entry -> String.join(" ", words(entry)))
                    .filter(entry -> !entry.isEmpty())
                    .distinct()
                    .toList();
            if (group.size() < 2) {
                throw new IllegalArgumentException(where + " line " + (i + 1) + ": '" + row + "' names only one"
                        + " word; a group needs two or more, separated by commas");
            }
            lines.add(group);
        }
        return new Synonyms(lines);
    }

    /** The longest entry that the words from {@code start} on begin with, and its group; length 0 when none. */
    public Match longestMatchAt(List<String> words, int start) {
        for (int length = Math.min(longestEntry, words.size() - start); length > 0; length--) {
            List<String> group = groups.get(words.subList(start, start + length));
            if (group != null) {
                return new Match(length, group);
            }
        }
        return new Match(0, List.of());
    }

    /** The group of a whole phrase, or an empty list. */
    public List<String> groupOf(String phrase) {
        return groups.getOrDefault(words(phrase), List.of());
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /**
     * @param length how many query words the entry covered
     * @param group  every entry of the group, each as its words joined by a space
     */
    public record Match(int length, List<String> group) {
    }

    private static List<String> words(String entry) {
        return Arrays.stream(entry.toLowerCase(Locale.ROOT).strip().split("\\s+"))
                .map(QueryText::strip)
                .filter(word -> !word.isEmpty())
                .toList();
    }
}
