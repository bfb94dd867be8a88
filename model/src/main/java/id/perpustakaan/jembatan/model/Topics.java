package id.perpustakaan.jembatan.model;

/**
 * The Kafka topics that hold the truth (see DESIGN.md). Names can be prefixed per deployment; these are the
 * defaults.
 *
 * @param agencyTokens the agencies' upload tokens, keyed by token id: only a hash of each secret (compacted)
 */
public record Topics(String documents, String published, String reviews, String deadletter, String harvest,
                     String runs, String agencyTokens) {

    public static final Topics DEFAULT =
            new Topics("jembatan.documents", "jembatan.published", "jembatan.reviews", "jembatan.deadletter",
                    "jembatan.harvest", "jembatan.runs", "jembatan.agency-tokens");
}
