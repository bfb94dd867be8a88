package id.perpustakaan.jembatan.routes.normalise.regulation;

import id.perpustakaan.jembatan.model.LibraryTime;
import id.perpustakaan.jembatan.model.Regulation;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a regulation's identity from a document: jenis in its short form (UU, Perppu, PP, Perpres, Permen, Perda,
 * Perwako, Perbup, Pergub, Keputusan, SE, or Peraturan for an agency's), nomor as printed, tahun, tentang, the
 * regulations it amends or revokes as citations ("UU 7/1971", "Perda 3/2019"), and the days it was signed and
 * promulgated.
 *
 * <p>Only a document that opens with a regulation header is a regulation; see {@link RegulationHeader} for where
 * a header may stand. The title decides the identity when it has a header; the text, which is never cut short
 * as titles are, gives the subject when it names the same regulation. Amendments and revocations count only in
 * the operative provisions ({@link Provisions}); an amended regulation cited without its year takes the year
 * under which the text cites it elsewhere, in its grounds.
 */
public final class RegulationParser {

    /** "Perubahan atas", "Perubahan Kedua atas": the amended regulation is the first one cited after it. */
    private static final Pattern AMENDMENT = Pattern.compile("(?iU)\\bperubahan(?:\\s+\\p{L}+)?\\s+atas\\s+");

    /** In the provisions: "Mengubah UU 12", "Beberapa ketentuan dalam Peraturan Daerah Nomor 5 … diubah". */
    private static final Pattern AMENDING = Pattern.compile("(?i)\\bmengubah\\s+|\\bketentuan\\s+(?:dalam\\s+)?");
    private static final Pattern CHANGED = Pattern.compile("(?iU)\\bdiubah\\b");
    private static final int AMENDING_SENTENCE = 600;

    /** Where the grounds cite regulations when no enacting words mark their end. */
    private static final int GROUNDS_WITHOUT_ENACTING = 20_000;

    private RegulationParser() {
    }

    /** The regulation's identity alone, as the kind rules ask whether a document is one. */
    public static Optional<Regulation> parse(String title, String text) {
        return read(title, text, ZonedDateTime.now(LibraryTime.ZONE)).map(RegulationReading::regulation);
    }

    /**
     * The regulation's fields and title; {@code reference} is the moment relative dates count from (none is
     * expected in a signing line, but the date reader asks for one).
     */
    public static Optional<RegulationReading> read(String title, String text, ZonedDateTime reference) {
        Optional<RegulationHeader> fromTitle = RegulationHeader.inTitle(title);
        Optional<RegulationHeader> fromText = RegulationHeader.inText(text);
        Optional<RegulationHeader> header = fromTitle
                .map(titled -> fromText.filter(texted -> texted.citation().equals(titled.citation())
                                && texted.tentang() != null)
                        .orElse(titled))
                .or(() -> fromText);
        return header.map(found -> reading(found, title, text, reference));
    }

    private static RegulationReading reading(RegulationHeader header, String title, String text,
                                             ZonedDateTime reference) {
        Citation own = header.citation();
        String body = text == null ? "" : text;
        Provisions provisions = Provisions.of(body);
        String operative = provisions.operative(body);
        String grounds = provisions.start() > 0 ? provisions.grounds(body)
                : body.substring(0, Math.min(body.length(), GROUNDS_WITHOUT_ENACTING));
        List<Citation> cited = Citations.in(grounds).stream().map(Citations.Found::citation).toList();
        SigningDates dates = SigningDates.in(body, reference);
        Regulation regulation = new Regulation(own.jenis().label(), own.nomor(), own.tahun(), header.tentang(),
                amended(header.tentang(), operative, own, cited), revoked(operative, own, cited),
                dates.penetapan(), dates.pengundangan());
        return new RegulationReading(regulation, RegulationTitle.chosen(title, header));
    }

    private static List<String> amended(String tentang, String operative, Citation own, List<Citation> cited) {
        Set<String> amended = new LinkedHashSet<>();
        if (tentang != null) {
            Matcher amendment = AMENDMENT.matcher(tentang);
            if (amendment.find()) {
                Citations.at(tentang, amendment.end())
                        .ifPresent(found -> amended.add(withYear(found.citation(), cited).toString()));
            }
        }
        Matcher amending = AMENDING.matcher(operative);
        while (amending.find()) {
            Optional<Citations.Found> found = Citations.at(operative, amending.end());
            boolean changed = found.isPresent() && (amending.group().toLowerCase(Locale.ROOT).startsWith("mengubah")
                    || CHANGED.matcher(operative).region(found.get().end(),
                            Math.min(operative.length(), found.get().end() + AMENDING_SENTENCE)).find());
            if (changed && !found.get().citation().equals(own)) {
                amended.add(withYear(found.get().citation(), cited).toString());
            }
        }
        return List.copyOf(amended);
    }

    private static List<String> revoked(String operative, Citation own, List<Citation> cited) {
        Set<String> revoked = new LinkedHashSet<>();
        for (Citation citation : Revocations.in(operative)) {
            if (!citation.equals(own)) {
                revoked.add(withYear(citation, cited).toString());
            }
        }
        return List.copyOf(revoked);
    }

    /** "UU 12" takes the year of the same kind and number cited with one: "Undang-Undang Nomor 12 Tahun 2011". */
    private static Citation withYear(Citation citation, List<Citation> cited) {
        if (citation.tahun() != null) {
            return citation;
        }
        return cited.stream()
                .filter(other -> other.jenis() == citation.jenis() && other.nomor().equals(citation.nomor())
                        && other.tahun() != null)
                .findFirst()
                .orElse(citation);
    }
}
