package org.newsatlas.dashboard.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsatlas.dashboard.CountryRow;
import org.newsatlas.dashboard.DashboardFacets;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.dashboard.DashboardService;
import org.newsatlas.gazetteer.PlaceKind;

/**
 * The options of the filter bar's lists with their article counts. Each list is counted under the
 * rest of the filter, leaving out its own condition, so that choosing one country still shows what
 * another would add.
 */
record FacetOptions(List<CountryRow> countries, Map<PlaceKind, Long> kinds, Map<String, Long> sources,
                    Map<String, Long> languages) {

    static FacetOptions count(DashboardFilter filter, DashboardService dashboard, DashboardFacets facets) {
        return new FacetOptions(
                dashboard.countries(Filters.withCountries(filter, Set.of())),
                facets.kinds(filter),
                facets.sources(filter),
                facets.languages(filter));
    }
}
