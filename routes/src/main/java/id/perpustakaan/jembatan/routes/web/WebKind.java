package id.perpustakaan.jembatan.routes.web;

import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceSettings;
import id.perpustakaan.jembatan.routes.feed.WebAddresses;
import id.perpustakaan.jembatan.routes.source.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Agency websites: {@code url} a listing page read with CSS selectors (options {@code item-links}, required;
 * {@code next-page}; {@code page-limit}, default 5), or, with option {@code sitemap: true}, a sitemap (option
 * {@code path-pattern} keeps only matching pages). Options {@code title}, {@code content} and {@code date} select
 * the article's parts where the main-content extraction gets a site wrong. Linked PDF and office files become
 * documents of their own.
 */
public class WebKind implements SourceKind {

    public static final String KIND = "web";
    static final String ITEM_LINKS = "item-links";
    static final String NEXT_PAGE = "next-page";
    static final String PAGE_LIMIT = "page-limit";
    static final String SITEMAP = "sitemap";
    static final String PATH_PATTERN = "path-pattern";
    static final String TITLE = "title";
    static final String CONTENT = "content";
    static final String DATE = "date";

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public List<String> check(SourceDefinition source, int index) {
        List<String> problems = new ArrayList<>();
        WebAddresses.problem(source, index, "set the listing page or sitemap, e.g."
                + " 'https://disdik.sawahluntokota.go.id/pengumuman'").ifPresent(problems::add);
        WebAddresses.requestIntervalProblem(source, index).ifPresent(problems::add);
        boolean sitemap = Boolean.parseBoolean(source.option(SITEMAP, "false"));
        if (!sitemap && source.option(ITEM_LINKS, "").isBlank()) {
            problems.add(SourceSettings.problem(source.id(), index, "options.item-links", "is missing",
                    "set the CSS selector of the article links on the listing page, e.g. 'article h2 a',"
                            + " or set options.sitemap: true"));
        }
        try {
            if (Integer.parseInt(source.option(PAGE_LIMIT, "5")) < 1) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            problems.add(SourceSettings.problem(source.id(), index, "options.page-limit", "'"
                    + source.option(PAGE_LIMIT, "") + "' is not a positive number", "set how many listing pages"
                    + " to follow, e.g. 5"));
        }
        return problems;
    }

    @Override
    public Map<String, Object> templateParameters(SourceDefinition source) {
        return Map.of("sourceId", source.id(), "scheduling", source.schedulingOptions());
    }

    @Override
    public Optional<String> runEndpoint() {
        return Optional.of(WebRouteTemplate.RUN);
    }
}
