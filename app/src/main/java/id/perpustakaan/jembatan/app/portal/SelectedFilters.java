package id.perpustakaan.jembatan.app.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The filters a search is narrowed by, each as a link to the same search without it: one tap takes a filter back,
 * without opening the filter form (which on a phone is folded away).
 */
final class SelectedFilters {

    /**
     * One filter in force.
     *
     * @param filter   which filter, for its name ("filters.agency" in the messages)
     * @param label    the value as shown, when it is the value itself (an agency's name, a year, a day)
     * @param labelKey the message naming the value, when it has one (a kind), else {@code null}
     * @param href     this search without the filter
     */
    record Chip(String filter, String label, String labelKey, String href) {
    }

    private SelectedFilters() {
    }

    static List<Chip> of(SearchForm form, Function<String, String> agencyNames, DisplayFormat format) {
        List<Chip> chips = new ArrayList<>();
        form.agencies().forEach(code -> chips.add(new Chip("agency", agencyNames.apply(code), null,
                form.withoutAgency(code).address())));
        form.kinds().forEach(kind -> chips.add(new Chip("kind", null, "kind." + kind,
                form.withoutKind(kind).address())));
        form.klasifikasi().forEach(name -> chips.add(new Chip("klasifikasi", null, "klasifikasi." + name,
                form.withoutKlasifikasi(name).address())));
        form.tags().forEach(tag -> chips.add(new Chip("tag", tag, null, form.withoutTag(tag).address())));
        form.years().forEach(year -> chips.add(new Chip("year", String.valueOf(year), null,
                form.withoutYear(year).address())));
        if (form.from() != null) {
            chips.add(new Chip("from", format.date(form.from()), null, form.withoutFrom().address()));
        }
        if (form.to() != null) {
            chips.add(new Chip("to", format.date(form.to()), null, form.withoutTo().address()));
        }
        if (form.isFinder()) {
            // what a finder shows of registration is always said, and one tap turns it the other way
            chips.add(form.includeExpired()
                    ? new Chip("open", null, "filters.open.closedToo", form.withoutExpired().address())
                    : new Chip("open", null, "filters.open.chip", form.includingExpiredHref()));
        } else if (form.includeExpired()) {
            chips.add(new Chip("expired", null, "filters.includeExpired.chip", form.withoutExpired().address()));
        }
        return chips;
    }
}
