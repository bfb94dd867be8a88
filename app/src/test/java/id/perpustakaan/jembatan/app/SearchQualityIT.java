package id.perpustakaan.jembatan.app;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import id.perpustakaan.jembatan.indexer.index.IndexSetup;
import id.perpustakaan.jembatan.indexer.search.SearchFields;
import id.perpustakaan.jembatan.indexer.search.SearchQuery;
import id.perpustakaan.jembatan.indexer.search.SearchResult;
import id.perpustakaan.jembatan.indexer.search.SearchService;
import id.perpustakaan.jembatan.indexer.search.SynonymsFile;
import id.perpustakaan.jembatan.model.Document;
import id.perpustakaan.jembatan.model.DocumentKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The labelled Indonesian query set ({@code search-quality/queries.tsv}: affixed forms, abbreviations, misspellings,
 * regulation citations) over its own small corpus ({@code documents.tsv}), searched on the real node through the same
 * index templates, projection fields and query as the portal, in indices of their own so that other tests' documents
 * do not compete. Prints, per query, where the expected document came; at least 90 % must come first.
 */
class SearchQualityIT extends PipelineIT {

    private static final double FIRST_AT_LEAST = 0.90;

    @Autowired
    ElasticsearchClient elasticsearch;

    private final String prefix = "quality-" + uniqueWord("").toLowerCase(Locale.ROOT);

    record Labelled(String query, String expected, String tries) {
    }

    @Test
    void indonesianQueriesFindTheirDocumentFirst() throws Exception {
        IndexSetup indices = new IndexSetup(elasticsearch, prefix);
        indices.ensure();
        List<Document> corpus = documents();
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.WaitFor);
        for (Document document : corpus) {
            bulk.operations(op -> op.index(i -> i.index(indices.publicAlias()).id(document.id())
                    .document(SearchFields.of(document))));
        }
        assertThat(elasticsearch.bulk(bulk.build()).errors()).isFalse();
        SearchService search = new SearchService(elasticsearch, indices.publicAlias(),
                new SynonymsFile(null, Clock.systemUTC()));

        List<Labelled> queries = queries();
        int first = 0;
        int topThree = 0;
        List<String> misses = new ArrayList<>();
        StringBuilder report = new StringBuilder("\nsearch quality: " + queries.size() + " queries over "
                + corpus.size() + " documents\n");
        for (Labelled labelled : queries) {
            SearchResult result = search.search(new SearchQuery(labelled.query(), List.of(), List.of(), 0, 10, true));
            List<String> ids = result.hits().stream().map(SearchResult.Hit::id).toList();
            int rank = ids.indexOf(labelled.expected()) + 1;
            first += rank == 1 ? 1 : 0;
            topThree += rank >= 1 && rank <= 3 ? 1 : 0;
            report.append(String.format(Locale.ROOT, "  %-5s %-40s -> %-24s (%s)%s%n",
                    rank == 0 ? "miss" : "#" + rank, labelled.query(), labelled.expected(), labelled.tries(),
                    rank == 1 ? "" : " got " + ids.stream().limit(3).toList()));
            if (rank != 1) {
                misses.add(labelled.query());
            }
        }
        double firstShare = (double) first / queries.size();
        report.append(String.format(Locale.ROOT, "  first: %d/%d (%.1f %%), top 3: %d/%d (%.1f %%)%n", first,
                queries.size(), 100 * firstShare, topThree, queries.size(), 100.0 * topThree / queries.size()));
        System.out.print(report);

        assertThat(queries).hasSizeGreaterThanOrEqualTo(40);
        assertThat(firstShare).as("share of queries whose document comes first; not first: %s", misses)
                .isGreaterThanOrEqualTo(FIRST_AT_LEAST);
    }

    @AfterEach
    void removeTheQualityIndices() throws IOException {
        TestIndices.remove(elasticsearch, prefix);
    }

    private static List<Document> documents() throws IOException {
        List<Document> documents = new ArrayList<>();
        for (String[] row : rows("documents.tsv")) {
            PublishedDocuments.Builder builder = PublishedDocuments.document(row[0], row[8]).text(row[9])
                    .agency(row[1], row[2]).kind(DocumentKind.valueOf(row[3]));
            if (!row[4].isEmpty()) {
                builder.regulation(row[4], row[5], Integer.parseInt(row[6]), row[7]);
            }
            documents.add(builder.build());
        }
        return documents;
    }

    private static List<Labelled> queries() throws IOException {
        return rows("queries.tsv").stream().map(row -> new Labelled(row[0], row[1], row[2])).toList();
    }

    private static List<String[]> rows(String name) throws IOException {
        try (InputStream in = SearchQualityIT.class.getResourceAsStream("/search-quality/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1)).toList();
        }
    }
}
