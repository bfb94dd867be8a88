package id.perpustakaan.jembatan.routes.api;

import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceSettings;
import id.perpustakaan.jembatan.routes.feed.WebAddresses;
import id.perpustakaan.jembatan.routes.records.RecordMapping;
import id.perpustakaan.jembatan.routes.source.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON API whose answer is a table of records (an agency's schedule service, a Satu Data endpoint): {@code url} the
 * address, read whole at every run and asked conditionally; its rows are taken as a dropped table's are, by the
 * source's {@code records-*} options ({@code records-title} needed, {@code records-json-pointer} where the array
 * is). Options as for feeds: {@code allowed-hosts}, {@code allow-private-addresses}, {@code request-interval}.
 */
public class ApiKind implements SourceKind {

    public static final String KIND = "api";

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public List<String> check(SourceDefinition source, int index) {
        List<String> problems = new ArrayList<>();
        WebAddresses.problem(source, index, "set the API's address, e.g. 'https://dinkes.sawahluntokota.go.id/api/"
                + "jadwal-posyandu'").ifPresent(problems::add);
        WebAddresses.requestIntervalProblem(source, index).ifPresent(problems::add);
        try {
            if (RecordMapping.of(source).isEmpty()) {
                problems.add(SourceSettings.problem(source.id(), index, "options.records-title", "is missing",
                        "name the field of each record's title: an API's answer is taken record by record"));
            }
        } catch (IllegalArgumentException mapping) {
            problems.add(mapping.getMessage());
        }
        return problems;
    }

    @Override
    public Map<String, Object> templateParameters(SourceDefinition source) {
        return Map.of("sourceId", source.id(), "scheduling", source.schedulingOptions());
    }

    @Override
    public Optional<String> runEndpoint() {
        return Optional.of(ApiRouteTemplate.RUN);
    }
}
