package id.perpustakaan.jembatan.indexer.oai;

import id.perpustakaan.jembatan.model.Agency;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import id.perpustakaan.jembatan.model.Klasifikasi;
import id.perpustakaan.jembatan.model.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The OAI-PMH sets a document belongs to: its agencies ({@code instansi:disdik}), its kind
 * ({@code jenis:peraturan}) and its class of public information ({@code klasifikasi:serta-merta}). A set holds the
 * records of its subsets, so each document is also in the three parents ({@code instansi}, {@code jenis},
 * {@code klasifikasi}), and a harvester may ask for any level.
 */
public final class OaiSets {

    public static final String AGENCY = "instansi";
    public static final String KIND = "jenis";
    public static final String KLASIFIKASI = "klasifikasi";
    public static final List<String> PARENTS = List.of(AGENCY, KIND, KLASIFIKASI);

    /** Between a set's spec (which has no spaces) and its name in a label. */
    public static final String LABEL_SEPARATOR = " ";

    /** The words citizens know the kinds by, as stable set specs. */
    private static final Map<DocumentKind, String> KIND_WORDS = Map.of(
            DocumentKind.ANNOUNCEMENT, "pengumuman",
            DocumentKind.REGULATION, "peraturan",
            DocumentKind.PROGRAMME, "program",
            DocumentKind.EVENT, "acara",
            DocumentKind.NEWS, "berita",
            DocumentKind.OTHER, "lainnya");

    private OaiSets() {
    }

    /** The specs of every set the document is in, parents first. */
    public static List<String> of(Document document) {
        Set<String> specs = new LinkedHashSet<>();
        List<String> children = new ArrayList<>();
        for (Agency agency : agencies(document)) {
            children.add(spec(AGENCY, agency.code()));
        }
        if (document.kind() != null) {
            children.add(spec(KIND, KIND_WORDS.get(document.kind())));
        }
        if (document.klasifikasi() != null) {
            children.add(spec(KLASIFIKASI, document.klasifikasi().word()));
        }
        for (String child : children) {
            specs.add(child.substring(0, child.indexOf(':')));
        }
        specs.addAll(children);
        return List.copyOf(specs);
    }

    /**
     * Each agency set's spec and its agency's name, "instansi:disdik Dinas Pendidikan": the other sets are named
     * from their spec alone.
     */
    public static List<String> labels(Document document) {
        List<String> labels = new ArrayList<>();
        for (Agency agency : agencies(document)) {
            if (agency.name() != null && !agency.name().isBlank()) {
                labels.add(spec(AGENCY, agency.code()) + LABEL_SEPARATOR + agency.name().strip());
            }
        }
        return labels;
    }

    /** The spec of a kind's set. */
    public static String spec(DocumentKind kind) {
        return spec(KIND, KIND_WORDS.get(kind));
    }

    /** The spec of a class's set. */
    public static String spec(Klasifikasi klasifikasi) {
        return spec(KLASIFIKASI, klasifikasi.word());
    }

    /** The kind of a {@code jenis:} spec, if it names one. */
    public static DocumentKind kindOf(String spec) {
        for (Map.Entry<DocumentKind, String> entry : KIND_WORDS.entrySet()) {
            if (spec.equals(spec(KIND, entry.getValue()))) {
                return entry.getKey();
            }
        }
        return null;
    }

    /**
     * A child set's spec: the word lower-cased, anything OAI-PMH does not allow in a spec (its setSpecType:
     * letters, digits and {@code -_.!~*'()}) written as a hyphen.
     */
    static String spec(String parent, String word) {
        StringBuilder spec = new StringBuilder(parent).append(':');
        for (char c : word.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            boolean allowed = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-_.!~*'()".indexOf(c) >= 0;
            spec.append(allowed ? c : '-');
        }
        return spec.toString();
    }

    private static List<Agency> agencies(Document document) {
        Set<String> codes = new LinkedHashSet<>();
        List<Agency> agencies = new ArrayList<>();
        List<Agency> seen = new ArrayList<>();
        seen.add(document.agency());
        for (SourceRef place : document.sources()) {
            seen.add(place.agency());
        }
        for (Agency agency : seen) {
            if (agency != null && agency.code() != null && !agency.code().isBlank() && codes.add(agency.code())) {
                agencies.add(agency);
            }
        }
        return agencies;
    }
}
