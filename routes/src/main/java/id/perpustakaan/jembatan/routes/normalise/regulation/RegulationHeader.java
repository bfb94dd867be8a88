package id.perpustakaan.jembatan.routes.normalise.regulation;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header that makes a document a regulation: kind, issuer, number, year and subject, as in "PERATURAN WALI
 * KOTA SAWAHLUNTO NOMOR 12 TAHUN 2024 TENTANG …".
 *
 * <p>A header counts only where a regulation prints it: at the start of the title, or at the start of a line of
 * the text that follows nothing but a letterhead ("SALINAN", "WALI KOTA SAWAHLUNTO", "PROVINSI SUMATERA BARAT",
 * the address), and only where a subject, a line end or capitals follow it, not a sentence. An announcement that
 * cites a regulation in its body, or an article that opens with one, therefore is no regulation.
 *
 * <p>Headers are read after {@link OcrNoise} is cleaned from them. {@code name} is the kind and issuer as printed
 * ("PERATURAN WALI KOTA SAWAHLUNTO"), once even where the header repeats it; {@code null} for a short form.
 */
record RegulationHeader(Citation citation, String name, String tentang) {

    /** How far into the text a header may start; the longest opening line in the corpus is 600 characters. */
    private static final int OPENING = 4_000;
    private static final int MAX_LETTERHEAD_LINES = 6;

    private static final Pattern LETTERHEAD = Pattern.compile(
            "(?iU)\\s*(?:salinan|pemerintah|kementerian|dinas|badan|sekretariat|kantor|presiden|wali\\s*kota|bupati"
                    + "|gubernur|menteri|provinsi|kota|kabupaten|dewan|lembaran|berita\\s+daerah|republik\\s+indonesia"
                    + "|jalan|jl\\.?|telp\\.?|telepon|faks|fax|e-?mail|laman|website|kode\\s+pos)\\b.*|\\P{L}*");

    /** "Undang-Undang Nomor 43 Tahun 2007 mengamanatkan …" opens a sentence, not a regulation. */
    private static final Pattern PROSE_FOLLOWS = Pattern.compile("(?U)[ \\t]*,?[ \\t]*\\p{Ll}");

    private static final Pattern TENTANG = Pattern.compile("(?iU)\\s*(?:tentang\\b|ttg\\b\\.?)[\\s:]*");

    /** Where the subject ends when the text runs on: the preamble, the enacting words, the signing official. */
    private static final Pattern SUBJECT_END = Pattern.compile(
            "(?iU)dengan\\s+rahmat\\s+tuhan|\\bmenimbang\\b|\\bmengingat\\b"
                    + "|m\\s?e\\s?m\\s?u\\s?t\\s?u\\s?s\\s?k\\s?a\\s?n|\\bmenetapkan\\b"
                    + "|presiden\\s+republik\\s+indonesia\\s*,|(?-i:\\bYth\\b)"
                    + "|(?m:^\\s*(?:wali\\s*kota|bupati|gubernur|menteri|kepala)\\b[^\\n]*,\\s*$)");

    static Optional<RegulationHeader> inTitle(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        String stripped = OcrNoise.clean(title).strip();
        return Citations.at(stripped, 0).filter(RegulationHeader::printed)
                .flatMap(found -> complete(stripped, found));
    }

    static Optional<RegulationHeader> inText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String opening = OcrNoise.clean(text.length() > OPENING ? text.substring(0, OPENING) : text);
        int letterhead = 0;
        int lineStart = 0;
        while (lineStart < opening.length()) {
            int lineEnd = opening.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? opening.length() : lineEnd;
            int first = skipSpaces(opening, lineStart, lineEnd);
            Optional<Citations.Found> found = Citations.at(opening, first).filter(RegulationHeader::printed);
            if (found.isPresent()) {
                return complete(opening, found.get());
            }
            String line = opening.substring(lineStart, lineEnd);
            if (!line.isBlank() && (!LETTERHEAD.matcher(line).matches() || ++letterhead > MAX_LETTERHEAD_LINES)) {
                return Optional.empty();
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    private static Optional<RegulationHeader> complete(String source, Citations.Found header) {
        int end = header.end();
        // the converted PDFs print the header twice: "PERATURAN PEMERINTAH NO. 2 TAHUN 1945 PERATURAN PEMERINTAH…"
        Optional<Citations.Found> repeated = Citations.at(source, skipSpaces(source, end, source.length()));
        while (repeated.isPresent() && repeated.get().citation().equals(header.citation())) {
            end = repeated.get().end();
            repeated = Citations.at(source, skipSpaces(source, end, source.length()));
        }
        Matcher tentang = TENTANG.matcher(source).region(end, source.length());
        if (tentang.lookingAt()) {
            String subject = subjectAfterTentang(source.substring(tentang.end()));
            return Optional.of(new RegulationHeader(header.citation(), onceOnly(header.name()), subject));
        }
        if (PROSE_FOLLOWS.matcher(source).region(end, source.length()).lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(new RegulationHeader(header.citation(), onceOnly(header.name()),
                capitalsOnTheHeaderLine(source.substring(end))));
    }

    /** A header names its kind in words; "UU 12" or "SE 5" opening a text is a citation in a hurry, not a header. */
    private static boolean printed(Citations.Found found) {
        return found.name() != null;
    }

    /** "UNDANG-UNDANG REPUBLIK INDONESIA UNDANG-UNDANG REPUBLIK INDONESIA": the converted PDFs print it twice. */
    private static String onceOnly(String name) {
        if (name == null) {
            return null;
        }
        String[] words = name.strip().split("\\s+");
        int half = words.length / 2;
        if (words.length % 2 == 0 && half > 0 && Arrays.equals(words, 0, half, words, half, words.length)) {
            return String.join(" ", Arrays.copyOfRange(words, 0, half));
        }
        return String.join(" ", words);
    }

    /**
     * The subject runs to the preamble or to the first blank line; a subject written in capitals, as headers are,
     * may wrap over several lines, one in ordinary case (a title) is one line.
     */
    private static String subjectAfterTentang(String rest) {
        Matcher end = SUBJECT_END.matcher(rest);
        String upToEnd = end.find() ? rest.substring(0, end.start()) : rest;
        String[] lines = upToEnd.strip().split("\\R");
        StringBuilder subject = new StringBuilder(lines[0]);
        boolean capitals = !hasLowercase(lines[0]);
        for (int i = 1; i < lines.length && capitals && !lines[i].isBlank() && !hasLowercase(lines[i]); i++) {
            subject.append(' ').append(lines[i]);
        }
        return clean(subject.toString());
    }

    /** The oldest texts have no "TENTANG": the subject is the run of capitals after the header, up to the prose. */
    private static String capitalsOnTheHeaderLine(String rest) {
        int lineEnd = rest.indexOf('\n');
        String line = lineEnd < 0 ? rest : rest.substring(0, lineEnd);
        Matcher end = SUBJECT_END.matcher(line);
        if (end.find()) {
            line = line.substring(0, end.start());
        }
        StringBuilder subject = new StringBuilder();
        for (String word : line.strip().split("\\s+")) {
            if (hasLowercase(word) || word.codePoints().noneMatch(Character::isLetter)) {
                break;
            }
            subject.append(word).append(' ');
        }
        return clean(subject.toString());
    }

    private static String clean(String subject) {
        String folded = subject.replaceAll("\\s+", " ")
                // words the PDF conversion broke at a hyphen: "UNDANG- UNDANG"
                .replaceAll("(\\p{L})- (\\p{L})", "$1-$2")
                .replaceAll("[\\s.,;:]+$", "")
                .strip();
        return folded.isEmpty() ? null : folded;
    }

    private static boolean hasLowercase(String text) {
        return text.codePoints().anyMatch(Character::isLowerCase);
    }

    private static int skipSpaces(String text, int from, int to) {
        int at = from;
        while (at < to && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
