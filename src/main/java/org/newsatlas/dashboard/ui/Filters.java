package org.newsatlas.dashboard.ui;

import java.util.Set;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.gazetteer.PlaceKind;

/** A filter with one condition replaced: what each control of the filter bar changes. */
final class Filters {

    private Filters() {
    }

    static DashboardFilter withQuery(DashboardFilter f, String query) {
        return new DashboardFilter(f.from(), f.to(), query, f.countries(), f.kinds(), f.sources(), f.placeId(),
                f.minConfidence(), f.languages());
    }

    static DashboardFilter withCountries(DashboardFilter f, Set<String> countries) {
        return new DashboardFilter(f.from(), f.to(), f.query(), countries, f.kinds(), f.sources(), f.placeId(),
                f.minConfidence(), f.languages());
    }

    static DashboardFilter withKinds(DashboardFilter f, Set<PlaceKind> kinds) {
        return new DashboardFilter(f.from(), f.to(), f.query(), f.countries(), kinds, f.sources(), f.placeId(),
                f.minConfidence(), f.languages());
    }

    static DashboardFilter withSources(DashboardFilter f, Set<String> sources) {
        return new DashboardFilter(f.from(), f.to(), f.query(), f.countries(), f.kinds(), sources, f.placeId(),
                f.minConfidence(), f.languages());
    }

    static DashboardFilter withLanguages(DashboardFilter f, Set<String> languages) {
        return new DashboardFilter(f.from(), f.to(), f.query(), f.countries(), f.kinds(), f.sources(), f.placeId(),
                f.minConfidence(), languages);
    }

    static DashboardFilter withMinConfidence(DashboardFilter f, Double minConfidence) {
        return new DashboardFilter(f.from(), f.to(), f.query(), f.countries(), f.kinds(), f.sources(), f.placeId(),
                minConfidence, f.languages());
    }

    /** How many conditions a person set: the number on the phone's "Filters" button. */
    static int conditions(DashboardFilter f) {
        int count = 0;
        count += f.from() != null || f.to() != null ? 1 : 0;
        count += f.query() != null ? 1 : 0;
        count += f.countries().isEmpty() ? 0 : 1;
        count += f.kinds().isEmpty() ? 0 : 1;
        count += f.sources().isEmpty() ? 0 : 1;
        count += f.placeId() != null ? 1 : 0;
        count += f.minConfidence() != null ? 1 : 0;
        count += f.languages().isEmpty() ? 0 : 1;
        return count;
    }
}
