package id.perpustakaan.jembatan.indexer.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the words of a {@link QueryText} into typed queries: every word or phrase must match in one of the searched
 * fields (titles and regulation subjects weigh most), as written or by its Indonesian stem ("pustaka" finds
 * "perpustakaan"; the exact form scores more, so exact matches come first) or, from five letters, with a typo at low
 * weight; a word with synonyms matches any of them, exclusions leave documents out, and a cited regulation comes
 * first. The user's text is only ever analysed, never parsed as query
 * syntax.
 */
final class TextQuery {

    static final List<String> FIELDS =
            List.of("title^3", "regulation.tentang^2", "summary^1.5", "text", "agency.name^1.5", "author");
    /** Stems of titles and regulation subjects, and of summaries and text, computed at projection. */
    static final List<String> STEMMED_FIELDS = List.of("stemmed.title^3", "stemmed.text");
    /** Fields a misspelt word is looked for in: the short ones, where a typo costs little to find. */
    private static final List<String> FUZZY_FIELDS = List.of("title^3", "regulation.tentang^2", "summary^1.5");
    /** The exact form of a word outweighs its stem, which every affixed form shares. */
    private static final float EXACT_BOOST = 2;
    private static final float FUZZY_BOOST = 0.3f;
    private static final int FUZZY_MIN_LENGTH = 5;
    /** A cited regulation outranks any ordinary match. */
    private static final float CITATION_BOOST = 20;

    private TextQuery() {
    }

    /** Adds the clauses of the text to a bool query. */
    static void addTo(BoolQuery.Builder bool, QueryText text, Synonyms synonyms) {
        List<String> run = new ArrayList<>();
        for (QueryText.Term term : text.terms()) {
            if (!term.phrase() && !term.excluded()) {
                run.add(term.normalised());
                continue;
            }
            addRun(bool, run, synonyms);
            run.clear();
            List<String> group = synonyms.groupOf(term.text());
            Query clause = group.isEmpty() ? phrase(term.text(), !term.excluded()) : anyOf(group, !term.excluded());
            if (term.excluded()) {
                bool.mustNot(group.isEmpty() && !term.phrase() ? word(term.text(), false) : clause);
            } else {
                bool.must(clause);
            }
        }
        addRun(bool, run, synonyms);
        List<String> searched = text.terms().stream().filter(term -> !term.excluded() && !term.phrase())
                .map(QueryText.Term::normalised).toList();
        RegulationCitation.find(searched, synonyms).ifPresent(citation -> cite(bool, citation));
    }

    /** Consecutive plain words, where synonyms of several words ("dinas sosial") can be recognised. */
    private static void addRun(BoolQuery.Builder bool, List<String> words, Synonyms synonyms) {
        int i = 0;
        while (i < words.size()) {
            Synonyms.Match match = synonyms.longestMatchAt(words, i);
            if (match.length() > 0) {
                bool.must(anyOf(match.group(), true));
                i += match.length();
            } else {
                bool.must(affixed(words.get(i)));
                i++;
            }
        }
    }

    /** A word as written, by its stem, or misspelt, at decreasing weight. */
    private static Query affixed(String word) {
        String stem = IndonesianStems.of(word);
        return Query.of(q -> q.bool(any -> {
            any.should(s -> s.multiMatch(m -> m.query(word).fields(FIELDS).operator(Operator.And)
                    .zeroTermsQuery(ZeroTermsQuery.All).boost(EXACT_BOOST)));
            if (!stem.isEmpty()) {
                any.should(s -> s.multiMatch(m -> m.query(stem).fields(STEMMED_FIELDS).operator(Operator.And)));
            }
            if (word.codePointCount(0, word.length()) >= FUZZY_MIN_LENGTH && word.chars().allMatch(Character::isLetter)) {
                any.should(s -> s.multiMatch(m -> m.query(word).fields(FUZZY_FIELDS).fuzziness("AUTO")
                        .prefixLength(1).maxExpansions(20).boost(FUZZY_BOOST)));
            }
            return any.minimumShouldMatch("1");
        }));
    }

    private static Query word(String word, boolean ignoreIfNoWords) {
        return Query.of(q -> q.multiMatch(m -> m.query(word).fields(FIELDS).operator(Operator.And)
                .zeroTermsQuery(ignoreIfNoWords ? ZeroTermsQuery.All : ZeroTermsQuery.None)));
    }

    private static Query phrase(String phrase, boolean ignoreIfNoWords) {
        return Query.of(q -> q.multiMatch(m -> m.query(phrase).fields(FIELDS).type(TextQueryType.Phrase)
                .zeroTermsQuery(ignoreIfNoWords ? ZeroTermsQuery.All : ZeroTermsQuery.None)));
    }

    private static Query anyOf(List<String> group, boolean ignoreIfNoWords) {
        return Query.of(q -> q.bool(any -> {
            group.forEach(entry -> any.should(phrase(entry, ignoreIfNoWords)));
            return any.minimumShouldMatch("1");
        }));
    }

    private static void cite(BoolQuery.Builder bool, RegulationCitation citation) {
        Query numberAndYear = Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("regulation.nomor").value(citation.nomor())))
                .filter(f -> f.term(t -> t.field("regulation.tahun").value(citation.tahun())))));
        bool.should(s -> s.constantScore(c -> c.filter(numberAndYear).boost(CITATION_BOOST)));
        if (!citation.jenis().isEmpty()) {
            bool.should(s -> s.constantScore(c -> c.boost(CITATION_BOOST).filter(f -> f.bool(b -> b
                    .filter(numberAndYear)
                    .filter(jenis -> jenis.bool(any -> {
                        citation.jenis().forEach(way -> any.should(t -> t.term(term -> term
                                .field("regulation.jenis").value(FieldValue.of(way)).caseInsensitive(true))));
                        return any.minimumShouldMatch("1");
                    }))))));
        }
    }
}
