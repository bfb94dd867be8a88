package id.perpustakaan.jembatan.routes.normalise.kind;

import id.perpustakaan.jembatan.model.DocumentKind;

/**
 * What a document is, and the rule that said so: "title:pengumuman", "text:regulation-header", or
 * "source-default" when no rule applied and the source's own kind stands.
 */
public record KindDecision(DocumentKind kind, String rule) {
}
