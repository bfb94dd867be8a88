package id.perpustakaan.jembatan.routes.normalise.regulation;

/**
 * The kinds of regulation a citizen meets, each with the canonical short form used in {@code Regulation.jenis} and
 * in citations, and the ways documents write it.
 *
 * <p>Order matters: the first kind whose words match wins, so the longer names come before the names they start
 * with (a Perppu is "Peraturan Pemerintah Pengganti Undang-Undang", not a PP) and the bare "Peraturan" comes last.
 *
 * <p>Every "Keputusan …" and "SK …" is {@code Keputusan}: it is the word the header itself prints, whereas "SK"
 * is also what offices call letters of appointment that are no regulation at all.
 */
enum Jenis {

    PERPPU("Perppu", "Peraturan Pemerintah Pengganti Undang-Undang",
            "peraturan\\s+pemerintah\\s+pengganti\\s+undang-\\s*undang|perppu|perpu"),
    UU("UU", "Undang-Undang", "undang-\\s*undang|(?-i:UU)"),
    PP("PP", "Peraturan Pemerintah", "peraturan\\s+pemerintah|(?-i:PP)"),
    PERPRES("Perpres", "Peraturan Presiden", "peraturan\\s+presiden|perpres"),
    PERMEN("Permen", "Peraturan Menteri", "peraturan\\s+menteri|permen\\p{L}*"),
    PERDA("Perda", "Peraturan Daerah", "peraturan\\s+daerah|perda"),
    // Perwali and Perwako name the same thing; one form keeps citations and facets together
    PERWAKO("Perwako", "Peraturan Wali Kota", "peraturan\\s+wali\\s*kota|perwako|perwali"),
    PERBUP("Perbup", "Peraturan Bupati", "peraturan\\s+bupati|perbup"),
    PERGUB("Pergub", "Peraturan Gubernur", "peraturan\\s+gubernur|pergub"),
    KEPUTUSAN("Keputusan", "Keputusan", "surat\\s+keputusan|keputusan|(?-i:SK)"),
    SURAT_EDARAN("SE", "Surat Edaran", "surat\\s+edaran|(?-i:SE)"),
    // a regulation of an agency (Peraturan Kepala Perpustakaan Nasional, Peraturan BPS…) that has no short form
    PERATURAN("Peraturan", "Peraturan", "peraturan");

    private final String label;
    private final String fullName;
    private final String words;

    Jenis(String label, String fullName, String words) {
        this.label = label;
        this.fullName = fullName;
        this.words = words;
    }

    /** The kind as a catalogue names it in full: "Peraturan Daerah", "Peraturan Wali Kota"… */
    String fullName() {
        return fullName;
    }

    /** The canonical short form: "UU", "Perwako", "SE"… */
    String label() {
        return label;
    }

    /** A case-insensitive regex fragment for the ways the kind is written, without boundaries. */
    String words() {
        return words;
    }

    /** The group name under which {@link Citations} captures this kind. */
    String group() {
        return "j" + ordinal();
    }
}
