package id.perpustakaan.jembatan.model;

import java.time.Duration;
import java.util.Map;

/**
 * A configured source, validated: where content comes from, whose it is, how often to look, and who must
 * approve it.
 *
 * @param kind        the route template that harvests it ({@code folder}, later {@code feed}, {@code web}…)
 * @param location    kind-specific: the folder path for {@code folder}, the URL for web kinds
 * @param schedule    how often the source is looked at
 * @param defaultKind the document kind when no rule decides
 * @param options     settings only its kind reads (allowed hosts, selectors…), checked by that kind
 * @param cron        when set, the source runs at these times (six fields, seconds first, as Spring reads them)
 *                    instead of every {@code schedule}
 * @param klasifikasi the class of public information of its documents when no rule decides; null: setiap saat
 */
public record SourceDefinition(String id, Agency agency, String kind, String location, Duration schedule,
                               ReviewPolicy review, DocumentKind defaultKind, Map<String, String> options,
                               String cron, Klasifikasi klasifikasi) {

    public SourceDefinition {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    public SourceDefinition(String id, Agency agency, String kind, String location, Duration schedule,
                            ReviewPolicy review, DocumentKind defaultKind, Map<String, String> options, String cron) {
        this(id, agency, kind, location, schedule, review, defaultKind, options, cron, null);
    }

    public SourceDefinition(String id, Agency agency, String kind, String location, Duration schedule,
                            ReviewPolicy review, DocumentKind defaultKind) {
        this(id, agency, kind, location, schedule, review, defaultKind, Map.of(), null);
    }

    /**
     * The Camel scheduler options for this source's polling: a fixed delay, or Spring's cron scheduler (spaces
     * written as '+' inside an endpoint URI).
     */
    public String schedulingOptions() {
        return cron == null
                ? "delay=" + schedule.toMillis() + "&initialDelay=" + Math.min(schedule.toMillis(), 1000)
                : "scheduler=spring&scheduler.cron=" + cron.trim().replaceAll("\\s+", "+");
    }

    /** The same source at another place: a kind's default location for a source that sets none. */
    public SourceDefinition withLocation(String otherLocation) {
        return new SourceDefinition(id, agency, kind, otherLocation, schedule, review, defaultKind, options, cron,
                klasifikasi);
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** An option that is a whole number (page sizes and limits), or 0 when it is not one: the kind's check says so. */
    public int numberOption(String name, int fallback) {
        try {
            return Integer.parseInt(option(name, String.valueOf(fallback)).strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
