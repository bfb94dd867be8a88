package id.perpustakaan.jembatan.indexer.index;

import java.util.Locale;

/**
 * The projections' indices: what the portal searches, what librarians review, the audit of their decisions, the
 * failures, the sources' runs, and what library networks harvest.
 */
public enum IndexKind {
    /** From the published topic. */
    PUBLIC("public-index.json"),
    /** From the documents topic, with each document's review state from the reviews topic. */
    INBOX("inbox-index.json"),
    /** From the reviews topic: every decision. */
    AUDIT("audit-index.json"),
    /** From the dead-letter topic: every failure, with its dismissal. */
    FAILURES("failures-index.json"),
    /** From the runs topic: each source's latest run. */
    RUNS("runs-index.json"),
    /** From the published topic: every document ever published as the OAI-PMH provider serves it, withdrawn too. */
    OAI("oai-index.json");

    private final String template;

    IndexKind(String template) {
        this.template = template;
    }

    /** As it appears in aliases, index names and URLs: {@code public}, {@code inbox}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    String templateResource() {
        return template;
    }

    /** The kind a URL or a log names, e.g. {@code inbox}. */
    public static IndexKind of(String label) {
        for (IndexKind kind : values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("'" + label
                + "' is not an index: use public, inbox, audit, failures, runs or oai");
    }
}
