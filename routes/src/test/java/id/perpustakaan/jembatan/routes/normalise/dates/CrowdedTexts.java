package id.perpustakaan.jembatan.routes.normalise.dates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Texts for checking a reader that looks for dates only in places against one that reads every date: pieces (words,
 * phrases, dates, line breaks) drawn at random and glued with or without a space, and the corpus's regulations.
 */
public final class CrowdedTexts {

    private CrowdedTexts() {
    }

    /** {@code count} texts of 2 to 41 pieces, the same for the same seed. */
    public static Stream<String> of(List<String> pieces, long seed, int count) {
        Random random = new Random(seed);
        return Stream.generate(() -> {
            StringBuilder text = new StringBuilder();
            int length = 2 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(pieces.get(random.nextInt(pieces.size()))).append(random.nextInt(5) == 0 ? "" : " ");
            }
            return text.toString();
        }).limit(count);
    }

    /** The full texts of {@code ../shared/corpus/indonesian/regulations_fulltext}; skips the test when it is absent. */
    public static List<String> corpusRegulations() throws IOException {
        Path corpus = Stream.of("../../shared/corpus/indonesian/regulations_fulltext",
                        "../shared/corpus/indonesian/regulations_fulltext")
                .map(Path::of).filter(Files::isDirectory).findFirst().orElse(null);
        Assumptions.assumeTrue(corpus != null, "../shared/corpus is not beside the repository");
        try (Stream<Path> files = Files.list(corpus)) {
            return files.sorted().map(file -> {
                try {
                    return Files.readString(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
