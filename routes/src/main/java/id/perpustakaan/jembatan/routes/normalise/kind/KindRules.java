package id.perpustakaan.jembatan.routes.normalise.kind;

import static id.perpustakaan.jembatan.model.DocumentKind.ANNOUNCEMENT;
import static id.perpustakaan.jembatan.model.DocumentKind.NEWS;
import static id.perpustakaan.jembatan.model.DocumentKind.OTHER;
import static id.perpustakaan.jembatan.model.DocumentKind.PROGRAMME;
import static id.perpustakaan.jembatan.model.DocumentKind.REGULATION;

import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.routes.normalise.regulation.RegulationParser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides a document's kind from its title, then from the opening of its text, by the first rule of {@link #RULES}
 * that applies; when none does, the source's default kind stands.
 *
 * <p>The title is asked first because it is what the publisher chose to call the document; the opening of the text
 * (its first lines, where a heading such as "PENGUMUMAN" stands) decides only when the title says nothing.
 */
public final class KindRules {

    static final String SOURCE_DEFAULT = "source-default";

    /** The first non-blank lines of the text are its opening; further down, words describe rather than classify. */
    private static final int OPENING_LINES = 3;
    private static final int OPENING_CHARS = 300;

    /** How far into the text a regulation header is looked for; {@link RegulationParser} decides where it may stand. */
    private static final int HEADER_SEARCH_CHARS = 4_000;

    /**
     * The rules, in the order they are tried in each place.
     * <ol>
     * <li>A regulation header ("PERATURAN WALI KOTA … NOMOR … TAHUN …", "UNDANG-UNDANG … NOMOR …",
     * "KEPUTUSAN … NOMOR …", "SURAT EDARAN … NOMOR …") comes first: a regulation's subject is full of the other
     * rules' words ("tentang Tata Cara Pendaftaran Penerima Beasiswa").</li>
     * <li>Announcement words beat programme words. "Pengumuman Pendaftaran Beasiswa" is about a programme, but what
     * it does is call citizens to act before a date; they look for it among announcements, and the programme's own
     * page stays the PROGRAMME.</li>
     * <li>Programme words beat news words: "Berita: Bantuan Beras untuk 500 Keluarga" is found by the programme.</li>
     * </ol>
     * "berita acara" (minutes) and "berita daerah" or "berita negara" (the gazettes) are not news.
     */
    private static final List<Rule> RULES = List.of(
            Rule.regulationHeader(),
            Rule.words(ANNOUNCEMENT, Word.of("pengumuman"), Word.of("undangan"), Word.of("pendaftaran"),
                    Word.of("pemberitahuan"), Word.of("maklumat"), Word.of("lowongan"), Word.of("seleksi")),
            Rule.words(PROGRAMME, Word.of("program"), Word.of("bantuan"), Word.of("beasiswa"), Word.of("blt"),
                    Word.of("pkh"), Word.of("kip"), Word.of("pelatihan"), Word.of("subsidi")),
            Rule.words(NEWS, new Word("berita", "berita(?!\\s+(?:acara|daerah|negara)(?!\\p{L}))"),
                    Word.of("siaran pers"), Word.of("liputan")));

    private KindRules() {
    }

    public static KindDecision classify(String title, String text, DocumentKind fallback) {
        for (Place place : Place.values()) {
            String content = place.contentOf(title, text);
            if (content == null || content.isBlank()) {
                continue;
            }
            for (Rule rule : RULES) {
                Optional<String> name = rule.decides(place, content);
                if (name.isPresent()) {
                    return new KindDecision(rule.kind(), place.label + ":" + name.get());
                }
            }
        }
        return new KindDecision(fallback != null ? fallback : OTHER, SOURCE_DEFAULT);
    }

    private enum Place {
        TITLE("title"),
        TEXT("text");

        private final String label;

        Place(String label) {
            this.label = label;
        }

        String contentOf(String title, String text) {
            return this == TITLE ? title : text;
        }

        boolean opensWithRegulationHeader(String content) {
            return this == TITLE
                    ? RegulationParser.parse(content, null).isPresent()
                    : RegulationParser.parse(null, head(content, HEADER_SEARCH_CHARS)).isPresent();
        }

        /** Where words count: the whole title, or the opening of the text. */
        String wordsOf(String content) {
            if (this == TITLE) {
                return content;
            }
            String lines = content.lines()
                    .filter(line -> !line.isBlank())
                    .limit(OPENING_LINES)
                    .collect(Collectors.joining("\n"));
            return head(lines, OPENING_CHARS);
        }

        private static String head(String content, int length) {
            return content.length() > length ? content.substring(0, length) : content;
        }
    }

    /** A row of the table: the kind it gives, and what it looks for in a title or an opening. */
    private record Rule(DocumentKind kind, List<Word> words, Pattern anyWord) {

        static Rule regulationHeader() {
            return new Rule(REGULATION, List.of(), null);
        }

        static Rule words(DocumentKind kind, Word... words) {
            // whole words only, and not the second half of a compound: "program" is not in "programmer",
            // "undangan" is not in "perundang-undangan"
            String alternatives = Stream.of(words).map(Word::regex).collect(Collectors.joining("|"));
            Pattern anyWord = Pattern.compile("(?iU)(?<![\\p{L}\\d-])(?:" + alternatives + ")(?![\\p{L}\\d])");
            return new Rule(kind, List.of(words), anyWord);
        }

        /** The name of what decided, or empty when this rule does not apply. */
        Optional<String> decides(Place place, String content) {
            if (anyWord == null) {
                return place.opensWithRegulationHeader(content) ? Optional.of("regulation-header") : Optional.empty();
            }
            Matcher found = anyWord.matcher(place.wordsOf(content));
            return found.find() ? Optional.of(nameOf(found.group())) : Optional.empty();
        }

        private String nameOf(String matched) {
            String folded = matched.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            return words.stream()
                    .map(Word::name)
                    .filter(folded::equals)
                    .findFirst()
                    .orElse(folded);
        }
    }

    /** A word of the table, named as the decision reports it, with the regex that finds it. */
    private record Word(String name, String regex) {

        static Word of(String name) {
            return new Word(name, name.replace(" ", "\\s+"));
        }
    }
}
