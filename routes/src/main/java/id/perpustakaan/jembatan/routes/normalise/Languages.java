package id.perpustakaan.jembatan.routes.normalise;

import java.util.Optional;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;

/**
 * The language of a text, by Tika's detector (Optimaize profiles, which tell Indonesian from Malay). Loading the
 * profiles takes a second, so one instance serves the application.
 */
public final class Languages {

    /** Enough text to decide (a few hundred words); more only costs time: detection is a fifth of a small file's. */
    private static final int SAMPLE = 2_000;
    private static final float MIN_SCORE = 0.7f;

    private final LanguageDetector detector;

    public Languages() {
        detector = new OptimaizeLangDetector().loadModels();
    }

    /** ISO 639-1 code ({@code id}, {@code en}, {@code ms}…), or empty when the detector is not reasonably sure. */
    public Optional<String> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        LanguageResult result;
        // the detector keeps state between calls
        synchronized (detector) {
            result = detector.detect(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text);
        }
        // close relatives (Indonesian and Malay) share most words: a short text may score for both, then say nothing
        boolean sure = result.isReasonablyCertain() || result.getRawScore() >= MIN_SCORE;
        return sure && !result.getLanguage().isEmpty() ? Optional.of(result.getLanguage()) : Optional.empty();
    }
}
