package id.perpustakaan.jembatan.routes.normalise;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The language of a text, by the Optimaize detector behind Tika's (its profiles tell Indonesian from Malay). The
 * detector is immutable and so shared by every thread without a lock; loading its profiles takes a second, so one
 * instance serves the application.
 *
 */
public final class Languages {

    /** Enough text to decide (a few hundred words); more only costs time. */
    private static final int SAMPLE = 2_000;
    private static final double MIN_PROBABILITY = 0.7;

    private final LanguageDetector detector;

    public Languages() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    // the algorithm Tika uses for every length: short texts are read by the same sampling
                    .shortTextAlgorithm(0)
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language profiles", e);
        }
    }

    /** ISO 639-1 code ({@code id}, {@code en}, {@code ms}…), or empty when the detector is not reasonably sure. */
    public Optional<String> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<DetectedLanguage> found = detector.getProbabilities(
                text.length() > SAMPLE ? text.substring(0, SAMPLE) : text);
        // close relatives (Indonesian and Malay) share most words: a short text may score for both, then say nothing
        return found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY ? Optional.empty()
                : Optional.of(found.get(0).getLocale().getLanguage());
    }
}
