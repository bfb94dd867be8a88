package id.perpustakaan.jembatan.routes.normalise.regulation;

import id.perpustakaan.jembatan.model.Regulation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a regulation's identity from a document: jenis in its short form (UU, Perppu, PP, Perpres, Permen, Perda,
 * Perwako, Perbup, Pergub, Keputusan, SE, or Peraturan for an agency's), nomor as printed, tahun, tentang, and
 * the regulations it amends or revokes as citations ("UU 7/1971", "Perda 3/2019").
 *
 * <p>Only a document that opens with a regulation header is a regulation; see {@link RegulationHeader} for where
 * a header may stand. The title decides the identity when it has a header; the text, which is never cut short
 * as titles are, gives the subject when it names the same regulation.
 */
public final class RegulationParser {

    /** "Perubahan atas", "Perubahan Kedua atas": the amended regulation is the first one cited after it. */
    private static final Pattern AMENDMENT = Pattern.compile("(?iU)\\bperubahan(?:\\s+\\p{L}+)?\\s+atas\\s+");

    private RegulationParser() {
    }

    public static Optional<Regulation> parse(String title, String text) {
        Optional<RegulationHeader> fromTitle = RegulationHeader.inTitle(title);
        Optional<RegulationHeader> fromText = RegulationHeader.inText(text);
        Optional<RegulationHeader> header = fromTitle
                .map(titled -> fromText.filter(texted -> texted.citation().equals(titled.citation())
                                && texted.tentang() != null)
                        .orElse(titled))
                .or(() -> fromText);
        return header.map(found -> regulation(found, text));
    }

    private static Regulation regulation(RegulationHeader header, String text) {
        Citation own = header.citation();
        return new Regulation(own.jenis().label(), own.nomor(), own.tahun(), header.tentang(),
                amended(header.tentang()), revoked(text, own));
    }

    private static List<String> amended(String tentang) {
        if (tentang == null) {
            return List.of();
        }
        Matcher amendment = AMENDMENT.matcher(tentang);
        if (!amendment.find()) {
            return List.of();
        }
        return Citations.at(tentang, amendment.end())
                .map(found -> List.of(found.citation().toString()))
                .orElse(List.of());
    }

    private static List<String> revoked(String text, Citation own) {
        if (text == null) {
            return List.of();
        }
        Set<String> revoked = new LinkedHashSet<>();
        for (Citation citation : Revocations.in(text)) {
            if (!citation.equals(own)) {
                revoked.add(citation.toString());
            }
        }
        return List.copyOf(revoked);
    }
}
