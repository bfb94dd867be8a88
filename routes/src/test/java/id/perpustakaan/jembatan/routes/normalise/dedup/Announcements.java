package id.perpustakaan.jembatan.routes.normalise.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The announcement texts under {@code src/test/resources/dedup}, named for the case each one stands for. */
final class Announcements {

    /** Beasiswa Prestasi 2025 as the Dinas Pendidikan published it. */
    static final String SCHOLARSHIP_ORIGINAL = "beasiswa-prestasi-2025-disdik.txt";
    /** The same announcement re-posted on the city portal with its own header, "Sumber:" line, credits and footer. */
    static final String SCHOLARSHIP_REPOST = "beasiswa-prestasi-2025-repost-diskominfo.txt";
    /** The same agency's template filled in for another programme and year. */
    static final String OTHER_PROGRAMME = "beasiswa-afirmasi-2026-disdik.txt";

    private Announcements() {
    }

    static String text(String name) {
        try (InputStream in = Announcements.class.getResourceAsStream("/dedup/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource dedup/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The true Jaccard similarity of two texts' shingle sets, to show how close the estimate is. */
    static double shingleJaccard(String first, String second) {
        Set<Long> a = shingleSet(first);
        Set<Long> b = shingleSet(second);
        Set<Long> union = new HashSet<>(a);
        union.addAll(b);
        a.retainAll(b);
        return union.isEmpty() ? 0 : (double) a.size() / union.size();
    }

    private static Set<Long> shingleSet(String text) {
        Set<Long> shingles = new HashSet<>();
        for (long shingle : Fingerprints.shingleHashes(Fingerprints.normalise(text))) {
            shingles.add(shingle);
        }
        return shingles;
    }
}
