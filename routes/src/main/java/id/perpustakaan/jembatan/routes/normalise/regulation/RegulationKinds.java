package id.perpustakaan.jembatan.routes.normalise.regulation;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of regulation Jembatan knows, by the short form a regulation carries ("Perda", "Perwako"…). */
public final class RegulationKinds {

    private RegulationKinds() {
    }

    /** "Perda" is "Peraturan Daerah"; empty for a form Jembatan does not know. */
    public static Optional<String> fullName(String label) {
        return Arrays.stream(Jenis.values()).filter(jenis -> jenis.label().equals(label)).findFirst()
                .map(Jenis::fullName);
    }
}
