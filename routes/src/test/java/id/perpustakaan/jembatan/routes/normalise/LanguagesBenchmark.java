package id.perpustakaan.jembatan.routes.normalise;

import id.perpustakaan.jembatan.routes.normalise.LabelledTexts.Text;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What the language detector gets right on the labelled texts ({@link LabelledTexts}) and what it costs a document,
 * warmed, on one thread (not a test: {@code ./mvnw -Pbench -pl routes -am verify -DskipTests}). Right, silent and
 * wrong are counted apart: saying nothing about a title is not the mistake calling it Malay is.
 */
public final class LanguagesBenchmark {

    private static final int ROUNDS = 3;
    private static final long WARM_UP_NANOS = 500_000_000L;
    private static final long MEASURE_NANOS = 1_000_000_000L;
    private static int sink;

    public static void main(String[] args) {
        long started = System.nanoTime();
        Languages languages = new Languages();
        System.out.printf("detector loaded in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        List<Text> texts = new ArrayList<>(LabelledTexts.own());
        List<Text> corpus = LabelledTexts.corpus();
        texts.addAll(corpus);
        System.out.printf("labelled texts: %d (%d from ../shared/corpus%s)%n", texts.size(), corpus.size(),
                corpus.isEmpty() ? ", which is not beside the repository" : "");
        accuracy(languages, texts);
        cost(languages, texts);
    }

    private static void accuracy(Languages languages, List<Text> texts) {
        Map<String, int[]> counts = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Text text : texts) {
            Optional<String> found = languages.of(text.text());
            int outcome = found.orElse("").equals(text.expected()) ? 0 : found.isEmpty() ? 1 : 2;
            String group = switch (text.language()) {
                case "id", "ms", "en" -> text.language();
                default -> "other";
            };
            counts.computeIfAbsent(group + " " + text.kind(), key -> new int[3])[outcome]++;
            counts.computeIfAbsent(group + " (all)", key -> new int[3])[outcome]++;
            counts.computeIfAbsent("~ all", key -> new int[3])[outcome]++;
            if (outcome == 2) {
                wrong.add(text.name() + " (" + text.language() + ") -> " + found.get());
            }
        }
        System.out.printf("%n%-28s %6s %6s %6s%n", "accuracy", "right", "silent", "wrong");
        counts.forEach((group, count) -> System.out.printf("%-28s %6d %6d %6d%n", group, count[0], count[1], count[2]));
        wrong.forEach(miss -> System.out.println("  wrong: " + miss));
    }

    private static void cost(Languages languages, List<Text> texts) {
        Map<String, List<String>> categories = new LinkedHashMap<>();
        categories.put("Indonesian, ~5 KB", sample(texts, text -> text.language().equals("id")
                && text.text().length() >= 3_000));
        categories.put("titles", sample(texts, text -> text.kind().equals("titles")));
        categories.put("English paragraphs", sample(texts, text -> text.language().equals("en")
                && text.kind().equals("paragraphs")));
        categories.put("Malay paragraphs", sample(texts, text -> text.language().equals("ms")
                && text.kind().equals("paragraphs")));
        categories.put("mixed", sample(texts, text -> text.kind().equals("mixed")));
        Map<String, double[]> nanos = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (var category : categories.entrySet()) {
                nanos.computeIfAbsent(category.getKey(), key -> new double[ROUNDS])[round] =
                        nanosPerText(languages, category.getValue());
            }
        }
        System.out.printf("%ncost, one thread, warmed (%s)%n", load());
        System.out.printf("%-20s %5s %7s  %s%n", "texts", "count", "chars", "µs per text (= ms per 1,000): median, best");
        categories.forEach((name, sample) -> {
            double[] rounds = nanos.get(name);
            Arrays.sort(rounds);
            System.out.printf("%-20s %5d %7d  %8.1f %8.1f%n", name, sample.size(),
                    (int) sample.stream().mapToInt(String::length).average().orElse(0),
                    rounds[ROUNDS / 2] / 1_000, rounds[0] / 1_000);
        });
    }

    /** Texts of one kind, the long ones cut to the size of a typical announcement. */
    private static List<String> sample(List<Text> texts, Predicate<Text> kind) {
        return texts.stream().filter(kind).map(Text::text)
                .map(text -> text.length() > LabelledTexts.WINDOW ? text.substring(0, LabelledTexts.WINDOW) : text)
                .toList();
    }

    private static double nanosPerText(Languages languages, List<String> texts) {
        long end = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < end) {
            texts.forEach(text -> sink += languages.of(text).hashCode());
        }
        long detected = 0;
        long started = System.nanoTime();
        end = started + MEASURE_NANOS;
        while (System.nanoTime() < end) {
            texts.forEach(text -> sink += languages.of(text).hashCode());
            detected += texts.size();
        }
        return (System.nanoTime() - started) / (double) detected;
    }

    private static String load() {
        var system = ManagementFactory.getOperatingSystemMXBean();
        return String.format("load average %.2f on %d processors", system.getSystemLoadAverage(),
                system.getAvailableProcessors());
    }
}
