package id.perpustakaan.jembatan.routes.normalise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The language of a text, by Apache OpenNLP's language detector and its model of 103 languages
 * ({@code langdetect-183.bin}, learnt from the Leipzig corpora). The model is immutable and so shared by every thread
 * without a lock; loading it takes a second, so one instance serves the application.
 *
 * <p>Chosen on the labelled texts of {@code LanguagesBenchmark}: Sundanese is never the answer (the model learnt it
 * from text that is mostly Indonesian and calls plain Indonesian Sundanese), and the answer is one of the languages
 * below or nothing (Minangkabau, which the model knows, has no two-letter code). The n-grams are built here as
 * OpenNLP's {@code LanguageDetectorME} builds them (its normalisers, lower case, 1 to 3 characters, each once) at
 * half the cost of its two strings and a map entry per n-gram; {@code LanguagesTest} checks the scores are its
 * scores.
 */
public final class Languages {

    /** Enough text to decide (a few hundred words); more only costs time. */
    static final int SAMPLE = 2_000;
    /** Unsure, so nothing, unless the first language scores this much above the runner-up. */
    private static final double MARGIN = 1.2;
    private static final String MODEL = "/langdetect-183.bin";
    private static final String SUNDANESE = "sun";
    /**
     * The languages it may answer, by the model's ISO 639-3 codes: Indonesian and its neighbours, English, Arabic and
     * Dutch (religious and colonial-era documents), and the large languages a partner's document may be in.
     */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("ind", "id"), Map.entry("msa", "ms"), Map.entry("jav", "jv"), Map.entry("eng", "en"),
            Map.entry("ara", "ar"), Map.entry("nld", "nl"), Map.entry("cmn", "zh"), Map.entry("jpn", "ja"),
            Map.entry("kor", "ko"), Map.entry("fra", "fr"), Map.entry("deu", "de"), Map.entry("spa", "es"),
            Map.entry("por", "pt"), Map.entry("rus", "ru"));
    /** The normalisers of OpenNLP's {@code LanguageDetectorFactory}, the model's, in its order. */
    private static final CharSequenceNormalizer NORMALISER = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());

    private final MaxentModel model;
    private final int sundanese;

    public Languages() {
        try (InputStream in = Objects.requireNonNull(Languages.class.getResourceAsStream(MODEL), MODEL)) {
            model = new LanguageDetectorModel(in).getMaxentModel();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model " + MODEL, e);
        }
        sundanese = model.getIndex(SUNDANESE);
    }

    /** ISO 639-1 code ({@code id}, {@code en}, {@code ms}…), or empty when the detector is not reasonably sure. */
    public Optional<String> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        double[] scores = scores(text);
        int first = -1;
        int second = -1;
        for (int language = 0; language < scores.length; language++) {
            if (language == sundanese) {
                continue;
            }
            if (first < 0 || scores[language] > scores[first]) {
                second = first;
                first = language;
            } else if (second < 0 || scores[language] > scores[second]) {
                second = language;
            }
        }
        // close relatives (Indonesian and Malay) share most words: a short text may score for both, then say nothing
        return scores[first] < MARGIN * scores[second] ? Optional.empty()
                : Optional.ofNullable(CODES.get(model.getOutcome(first)));
    }

    /** The model's score of every language (by its outcome index) for the start of the text. */
    double[] scores(String text) {
        String sample = StringUtil.toLowerCase(
                NORMALISER.normalize(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text));
        Set<String> ngrams = new HashSet<>(sample.length() * 2);
        for (int length = 1; length <= 3; length++) {
            for (int start = 0; start + length <= sample.length(); start++) {
                ngrams.add(sample.substring(start, start + length));
            }
        }
        return model.eval(ngrams.toArray(String[]::new));
    }
}
