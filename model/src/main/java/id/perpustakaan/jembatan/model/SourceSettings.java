package id.perpustakaan.jembatan.model;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A source as written in the sources file, before validation. Values stay strings so that a mistake can be
 * reported with the source, the key and the fix, instead of a binder's stack trace.
 */
public record SourceSettings(String id, String agencyCode, String agencyName, String kind, String path,
                             String url, String schedule, String review, String defaultKind,
                             Map<String, String> options, String klasifikasi) {

    public SourceSettings {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern SCHEDULE = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");
    private static final Pattern CRON = Pattern.compile("([\\w*?,/#-]+\\s+){5}[\\w*?,/#-]+");

    /**
     * Validates every entry and returns the definitions, or throws one exception listing every problem found.
     *
     * @param knownKinds the source kinds this build can harvest
     */
    public static List<SourceDefinition> validateAll(List<SourceSettings> entries, Set<String> knownKinds) {
        List<String> problems = new ArrayList<>();
        List<SourceDefinition> definitions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            SourceSettings entry = entries.get(i);
            int before = problems.size();
            String name = entry.id() == null ? "#" + i : entry.id();
            entry.check(i, name, knownKinds, problems);
            if (entry.id() != null && !seen.add(entry.id())) {
                problems.add(problem(name, i, "id", "is used by an earlier source", "give each source its own id"));
            }
            if (problems.size() == before) {
                definitions.add(entry.toDefinition());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSourcesException(problems);
        }
        return List.copyOf(definitions);
    }

    private void check(int index, String name, Set<String> knownKinds, List<String> problems) {
        if (blank(id)) {
            problems.add(problem(name, index, "id", "is missing", "set a short lowercase id such as 'disdik-inbox'"));
        } else if (!ID.matcher(id).matches()) {
            problems.add(problem(name, index, "id", "'" + id + "' is not a valid id",
                    "use 2-63 lowercase letters, digits and '-', starting with a letter or digit"));
        }
        if (blank(agencyCode)) {
            problems.add(problem(name, index, "agency-code", "is missing", "set the agency's short code, e.g. 'disdik'"));
        }
        if (blank(agencyName)) {
            problems.add(problem(name, index, "agency-name", "is missing",
                    "set the agency's full name, e.g. 'Dinas Pendidikan'"));
        }
        if (blank(kind)) {
            problems.add(problem(name, index, "kind", "is missing", "set one of " + sorted(knownKinds)));
        } else if (!knownKinds.contains(kind)) {
            problems.add(problem(name, index, "kind", "'" + kind + "' is not a known source kind",
                    "set one of " + sorted(knownKinds)));
        }
        if (schedule != null && parseDuration(schedule) == null && !isCron(schedule)) {
            problems.add(problem(name, index, "schedule", "'" + schedule + "' is neither a duration nor a cron",
                    "write it like '30s', '5m' or '1h', or as six cron fields such as '0 */15 * * * *'"));
        }
        if (review != null && parseEnum(ReviewPolicy.class, review) == null) {
            problems.add(problem(name, index, "review", "'" + review + "' is not a review policy",
                    "set 'auto' or 'required'"));
        }
        if (klasifikasi != null && Klasifikasi.of(klasifikasi).isEmpty()) {
            problems.add(problem(name, index, "klasifikasi", "'" + klasifikasi + "' is not a class of public"
                    + " information", "set one of berkala, serta-merta, setiap-saat, dikecualikan"));
        }
        if (defaultKind != null && parseEnum(DocumentKind.class, defaultKind) == null) {
            problems.add(problem(name, index, "default-kind", "'" + defaultKind + "' is not a document kind",
                    "set one of " + List.of(DocumentKind.values()).toString().toLowerCase(Locale.ROOT)));
        }
    }

    private SourceDefinition toDefinition() {
        return new SourceDefinition(id, new Agency(agencyCode, agencyName), kind, blank(path) ? url : path,
                schedule == null || isCron(schedule) ? Duration.ofSeconds(10) : parseDuration(schedule),
                review == null ? ReviewPolicy.AUTO : parseEnum(ReviewPolicy.class, review),
                defaultKind == null ? DocumentKind.OTHER : parseEnum(DocumentKind.class, defaultKind), options,
                schedule != null && isCron(schedule) ? schedule.trim() : null, Klasifikasi.of(klasifikasi)
                .orElse(null));
    }

    /** A problem line: which source, which key, what is wrong, and what to do. */
    public static String problem(String source, int index, String key, String what, String fix) {
        return "source '" + source + "' (jembatan.sources[" + index + "]." + key + ") " + what + ": " + fix;
    }

    /** Six fields (seconds first), as Spring's scheduler reads them: digits, names and * , - / ? L W #. */
    static boolean isCron(String text) {
        return CRON.matcher(text.trim()).matches();
    }

    /** "500ms", "30s", "5m", "1h" or ISO-8601 ("PT2S"); null when it is none of them. */
    public static Duration parseDuration(String text) {
        var m = SCHEDULE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            try {
                return Duration.parse(text.trim());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> sorted(Set<String> kinds) {
        return kinds.stream().sorted().toList();
    }
}
