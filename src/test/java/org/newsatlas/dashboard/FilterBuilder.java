package org.newsatlas.dashboard;

import java.time.LocalDate;
import java.util.Set;
import org.newsatlas.gazetteer.PlaceKind;

/** Test helper: a dashboard filter one condition at a time. */
final class FilterBuilder {

    private LocalDate from;
    private LocalDate to;
    private String query;
    private Set<String> countries = Set.of();
    private Set<PlaceKind> kinds = Set.of();
    private Set<String> sources = Set.of();
    private Long place;
    private Double minConfidence;
    private Set<String> languages = Set.of();

    FilterBuilder dates(LocalDate newFrom, LocalDate newTo) {
        from = newFrom;
        to = newTo;
        return this;
    }

    FilterBuilder query(String text) {
        query = text;
        return this;
    }

    FilterBuilder countries(Set<String> codes) {
        countries = codes;
        return this;
    }

    FilterBuilder kinds(Set<PlaceKind> newKinds) {
        kinds = newKinds;
        return this;
    }

    FilterBuilder sources(Set<String> names) {
        sources = names;
        return this;
    }

    FilterBuilder place(Long id) {
        place = id;
        return this;
    }

    FilterBuilder minConfidence(double value) {
        minConfidence = value;
        return this;
    }

    FilterBuilder languages(Set<String> codes) {
        languages = codes;
        return this;
    }

    DashboardFilter build() {
        return new DashboardFilter(from, to, query, countries, kinds, sources, place, minConfidence, languages);
    }
}
