package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.routes.fixtures.SharedCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Texts whose language is known (see {@code labelled-languages/README.md}): the project's own labelled set, its other
 * Indonesian fixtures, and, when the shared corpus is beside the repository, windows of its Indonesian regulations
 * and the readability pages that declare their language.
 */
final class LabelledTexts {

    /** How much of a long corpus regulation makes one text: the size of a typical announcement. */
    static final int WINDOW = 5_000;
    private static final int WINDOWS_PER_REGULATION = 4;
    private static final Pattern DECLARED = Pattern.compile("\"lang\"\\s*:\\s*\"([a-zA-Z]{2})\\b");

    /**
     * @param language the right answer: an ISO 639-1 code, or {@code min} (Minangkabau, which has none: nothing is
     *                 right for it)
     * @param kind     {@code titles}, {@code paragraphs}, {@code mixed}, {@code announcement}, {@code regulation},
     *                 {@code page}, or {@code corpus-…} for the shared corpus
     */
    record Text(String language, String kind, String name, String text) {

        /** What {@link Languages#of} should answer: the label, or empty for a language without a two-letter code. */
        String expected() {
            return language.length() == 2 ? language : "";
        }
    }

    private LabelledTexts() {
    }

    /** The project's own texts: on every clone. */
    static List<Text> own() {
        List<Text> texts = new ArrayList<>();
        Path resources = resources();
        for (Path folder : list(resources.resolve("labelled-languages"))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            String language = folder.getFileName().toString();
            for (Path file : list(folder)) {
                texts.addAll(split(language, file));
            }
        }
        for (String fixtures : List.of("regulations", "dedup")) {
            for (Path file : list(resources.resolve(fixtures))) {
                if (file.toString().endsWith(".txt")) {
                    texts.add(new Text("id", fixtures.equals("dedup") ? "announcement" : "regulation",
                            fixtures + "/" + file.getFileName(), read(file)));
                }
            }
        }
        for (Path page : list(resources.resolve("html"))) {
            texts.add(new Text("id", "page", "html/" + page.getFileName(), Jsoup.parse(read(page)).body().text()));
        }
        return texts;
    }

    /** The shared corpus's texts whose language is known; none when the corpus is not beside the repository. */
    static List<Text> corpus() {
        List<Text> texts = new ArrayList<>();
        SharedCorpus.find("indonesian/regulations_fulltext").ifPresent(folder -> {
            for (Path file : list(folder)) {
                String text = read(file);
                int step = text.length() / WINDOWS_PER_REGULATION;
                for (int start = 0; start + WINDOW <= text.length() && step > 0; start += step) {
                    texts.add(new Text("id", "corpus-regulation", file.getFileName() + "@" + start,
                            text.substring(start, start + WINDOW)));
                }
            }
        });
        SharedCorpus.find("html/readability").ifPresent(folder -> {
            for (Path page : list(folder)) {
                Path metadata = page.resolve("expected-metadata.json");
                if (Files.exists(metadata)) {
                    Matcher declared = DECLARED.matcher(read(metadata));
                    if (declared.find()) {
                        texts.add(new Text(declared.group(1).toLowerCase(), "corpus-page",
                                page.getFileName().toString(), Jsoup.parse(read(page.resolve("expected.html"))).text()));
                    }
                }
            }
        });
        return texts;
    }

    private static List<Text> split(String language, Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        String text = read(file);
        String kind = switch (name) {
            case "titles", "paragraphs", "mixed" -> name;
            default -> "announcement";
        };
        String[] parts = switch (kind) {
            case "titles" -> text.split("\n");
            case "paragraphs", "mixed" -> text.split("\n\\s*\n");
            default -> new String[] {text};
        };
        List<Text> texts = new ArrayList<>();
        for (String part : parts) {
            if (!part.isBlank()) {
                texts.add(new Text(language, kind, language + "/" + name + "#" + (texts.size() + 1), part.strip()));
            }
        }
        return texts;
    }

    private static Path resources() {
        try {
            return Path.of(Objects.requireNonNull(LabelledTexts.class.getResource("/regulations"), "regulations/")
                    .toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> !file.getFileName().toString().equals("README.md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
