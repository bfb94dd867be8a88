package id.perpustakaan.jembatan.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The classes of public information under UU 14/2008 (Keterbukaan Informasi Publik) on which every agency is
 * evaluated yearly: what it must publish periodically, at once, or on request at any time, and what is exempt.
 */
public enum Klasifikasi {

    /** Published periodically: profiles, programmes, performance and financial reports. */
    BERKALA("berkala"),
    /** Published at once, because it threatens lives or public order: disasters, outages, health alerts. */
    SERTA_MERTA("serta-merta"),
    /** Available at any time on request: regulations, decisions, policies, lists of public information. */
    SETIAP_SAAT("setiap-saat"),
    /** Exempt from disclosure (UU 14/2008 Pasal 17): never shown to the public, only to librarians. */
    DIKECUALIKAN("dikecualikan");

    private final String word;

    Klasifikasi(String word) {
        this.word = word;
    }

    /** As the sources file writes it: "berkala", "serta-merta", "setiap-saat", "dikecualikan". */
    public String word() {
        return word;
    }

    /** A class from the sources file or a form: its word or its name, in any case. */
    public static Optional<Klasifikasi> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String folded = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (Klasifikasi klasifikasi : values()) {
            if (klasifikasi.word.equals(folded)) {
                return Optional.of(klasifikasi);
            }
        }
        return Optional.empty();
    }

    /** Whether the public may see it: anything but {@link #DIKECUALIKAN}, and a document not classified at all. */
    public static boolean isPublic(Klasifikasi klasifikasi) {
        return klasifikasi != DIKECUALIKAN;
    }
}
