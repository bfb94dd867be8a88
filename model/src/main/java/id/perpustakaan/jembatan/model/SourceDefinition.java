package id.perpustakaan.jembatan.model;

import java.time.Duration;

/**
 * A configured source, validated: where content comes from, whose it is, how often to look, and who must
 * approve it.
 *
 * @param kind        the route template that harvests it ({@code folder}, later {@code feed}, {@code web}…)
 * @param location    kind-specific: the folder path for {@code folder}, the URL for web kinds
 * @param schedule    how often the source is looked at
 * @param defaultKind the document kind when no rule decides
 */
public record SourceDefinition(String id, Agency agency, String kind, String location, Duration schedule,
                               ReviewPolicy review, DocumentKind defaultKind) {
}
