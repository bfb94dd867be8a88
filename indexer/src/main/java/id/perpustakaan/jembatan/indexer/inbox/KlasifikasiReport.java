package id.perpustakaan.jembatan.indexer.inbox;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import id.perpustakaan.jembatan.model.Klasifikasi;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * For the yearly evaluation of public information services (Monev KIP): how many documents each agency provided in
 * each class of public information, month by month, from everything harvested (the inbox: exempt documents count
 * too). Months are of publication, in the city's time.
 */
public class KlasifikasiReport {

    /** How many months one report spans at most: two years of an evaluation and the one before. */
    public static final int MOST_MONTHS = 24;
    private static final int MOST_AGENCIES = 500;

    /**
     * One agency's month.
     *
     * @param unclassified documents harvested before classes were given
     */
    public record Row(String agencyCode, String agencyName, YearMonth month, Map<Klasifikasi, Long> counts,
                      long unclassified) {

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum() + unclassified;
        }
    }

    private final ElasticsearchClient client;
    private final String alias;

    public KlasifikasiReport(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** Every agency's months from {@code from} to {@code to}, both included, by agency and then month. */
    public List<Row> rows(YearMonth from, YearMonth to) throws IOException {
        if (to.isBefore(from) || from.plusMonths(MOST_MONTHS - 1).isBefore(to)) {
            throw new IllegalArgumentException("a report spans 1 to " + MOST_MONTHS + " months, from " + from
                    + " to " + to + " does not");
        }
        SearchResponse<Void> response = client.search(s -> s.index(alias).size(0)
                .query(q -> q.range(r -> r.date(d -> d.field("publishedAt").timeZone("+07:00").format("yyyy-MM")
                        .gte(from.toString()).lt(to.plusMonths(1).toString()))))
                .aggregations("agency", a -> a.terms(t -> t.field("agency.code").size(MOST_AGENCIES))
                        .aggregations("name", n -> n.terms(t -> t.field("agency.name.raw").size(1)))
                        .aggregations("month", m -> m.dateHistogram(h -> h.field("publishedAt")
                                        .calendarInterval(CalendarInterval.Month).timeZone("+07:00").format("yyyy-MM")
                                        .minDocCount(1))
                                .aggregations("class", c -> c.terms(t -> t.field("klasifikasi").size(4)
                                        .missing("-"))))), Void.class);
        List<Row> rows = new ArrayList<>();
        for (StringTermsBucket agency : response.aggregations().get("agency").sterms().buckets().array()) {
            var names = agency.aggregations().get("name").sterms().buckets().array();
            String name = names.isEmpty() ? agency.key().stringValue() : names.get(0).key().stringValue();
            for (var month : agency.aggregations().get("month").dateHistogram().buckets().array()) {
                Map<Klasifikasi, Long> counts = new EnumMap<>(Klasifikasi.class);
                long unclassified = 0;
                for (StringTermsBucket klass : month.aggregations().get("class").sterms().buckets().array()) {
                    var known = Klasifikasi.of(klass.key().stringValue());
                    if (known.isPresent()) {
                        counts.put(known.get(), klass.docCount());
                    } else {
                        unclassified += klass.docCount();
                    }
                }
                rows.add(new Row(agency.key().stringValue(), name, YearMonth.parse(month.keyAsString()), counts,
                        unclassified));
            }
        }
        rows.sort(Comparator.comparing(Row::agencyName).thenComparing(Row::month));
        return rows;
    }
}
