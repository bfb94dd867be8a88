package id.perpustakaan.jembatan.indexer.inbox;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a harvested revision worth a closer look before approval: text read by OCR (may be garbled), no date
 * of its own, a kind no rule recognised (the source's default stood), a regulation without its number. The same
 * rules as a query, so the queue can show only items with problems.
 */
public final class ReviewProblems {

    public static final String OCR = "ocr";
    public static final String NO_DATE = "no-date";
    public static final String DEFAULT_KIND = "default-kind";
    public static final String REGULATION_WITHOUT_NUMBER = "regulation-without-number";
    private static final String SOURCE_DEFAULT_RULE = "source-default";

    private ReviewProblems() {
    }

    public static List<String> of(Document document) {
        List<String> problems = new ArrayList<>();
        if (document.provenance() != null && document.provenance().ocr()) {
            problems.add(OCR);
        }
        if (document.publishedAt() == null) {
            problems.add(NO_DATE);
        }
        if (document.provenance() != null && SOURCE_DEFAULT_RULE.equals(document.provenance().kindRule())) {
            problems.add(DEFAULT_KIND);
        }
        if (document.kind() == DocumentKind.REGULATION
                && (document.regulation() == null || document.regulation().nomor() == null)) {
            problems.add(REGULATION_WITHOUT_NUMBER);
        }
        return problems;
    }

    static Query anyProblem() {
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.term(t -> t.field("provenance.ocr").value(true)))
                .should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field("publishedAt")))))
                .should(s -> s.term(t -> t.field("provenance.kindRule").value(SOURCE_DEFAULT_RULE)))
                .should(s -> s.bool(r -> r
                        .filter(f -> f.term(t -> t.field("kind").value(DocumentKind.REGULATION.name())))
                        .mustNot(m -> m.exists(e -> e.field("regulation.nomor")))))
                .minimumShouldMatch("1")));
    }
}
