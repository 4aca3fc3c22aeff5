package org.newsatlas.dashboard.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.dashboard.BucketSize;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.dashboard.FilterParameters;
import org.newsatlas.map.MapMode;
import org.newsatlas.map.MapViewport;

/**
 * Everything a dashboard address says: the filter, the selected place, where the map looks and
 * how, the open tab and the timeline's bar width. The URL is this state; parse and
 * {@link #query()} are each other's inverse.
 *
 * @param selected the place in the panel (not a filter: {@code place} is the one-place filter)
 * @param viewport null while the map fits its markers
 * @param tab      null for the default: the place when one is selected, else the places table
 * @param bucket   null to let the span of the timeline choose
 */
record DashboardState(DashboardFilter filter, Long selected, MapViewport viewport, MapMode mode, DashboardTab tab,
                      BucketSize bucket) {

    static final String MAP_VIEW = "map";
    static final String MODE = "mode";
    static final String TAB = "tab";
    static final String BUCKET = "bucket";

    static final DashboardState START = new DashboardState(DashboardFilter.NONE, null, null, MapMode.MARKERS, null, null);

    DashboardState {
        mode = mode == null ? MapMode.MARKERS : mode;
        // as the URL writes it, so that a state read back from its URL equals the state
        viewport = viewport == null ? null : new MapViewport(fourDecimals(viewport.lat()), fourDecimals(viewport.lon()),
                viewport.zoom());
    }

    private static double fourDecimals(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }

    /**
     * The state an address describes. A bad filter value is refused ({@link FilterParameters.BadFilter});
     * the view's own parameters are forgiving: a value that makes no sense is left out.
     */
    static DashboardState parse(Map<String, List<String>> parameters) {
        DashboardFilter filter = FilterParameters.parse(parameters);
        return new DashboardState(filter,
                single(parameters, Navigation.SELECTED).flatMap(DashboardState::id).orElse(null),
                single(parameters, MAP_VIEW).flatMap(DashboardState::viewport).orElse(null),
                single(parameters, MODE).filter("countries"::equals).map(m -> MapMode.COUNTRIES).orElse(MapMode.MARKERS),
                single(parameters, TAB).flatMap(DashboardTab::fromKey).orElse(null),
                single(parameters, BUCKET).flatMap(BucketSize::fromKey).orElse(null));
    }

    QueryParameters query() {
        Map<String, List<String>> parameters = new LinkedHashMap<>(FilterParameters.of(filter));
        if (selected != null) {
            parameters.put(Navigation.SELECTED, List.of(selected.toString()));
        }
        if (tab != null) {
            parameters.put(TAB, List.of(tab.key()));
        }
        if (mode == MapMode.COUNTRIES) {
            parameters.put(MODE, List.of("countries"));
        }
        if (bucket != null) {
            parameters.put(BUCKET, List.of(bucket.key()));
        }
        if (viewport != null) {
            parameters.put(MAP_VIEW, List.of(String.format(Locale.ROOT, "%.4f,%.4f,%d",
                    viewport.lat(), viewport.lon(), viewport.zoom())));
        }
        return new QueryParameters(parameters);
    }

    /** Only the filter, for links that carry it to another page. */
    QueryParameters filterQuery() {
        return new QueryParameters(FilterParameters.of(filter));
    }

    DashboardTab shownTab() {
        if (tab != null) {
            return tab;
        }
        return selected != null ? DashboardTab.PLACE : DashboardTab.PLACES;
    }

    DashboardState withFilter(DashboardFilter newFilter) {
        return new DashboardState(newFilter, selected, viewport, mode, tab, bucket);
    }

    /** A selected place opens its panel. */
    DashboardState withSelected(Long place) {
        return new DashboardState(filter, place, viewport, mode, place == null ? tab : null, bucket);
    }

    DashboardState withViewport(MapViewport newViewport) {
        return new DashboardState(filter, selected, newViewport, mode, tab, bucket);
    }

    DashboardState withMode(MapMode newMode) {
        return new DashboardState(filter, selected, viewport, newMode, tab, bucket);
    }

    DashboardState withTab(DashboardTab newTab) {
        return new DashboardState(filter, selected, viewport, mode, newTab, bucket);
    }

    DashboardState withBucket(BucketSize newBucket) {
        return new DashboardState(filter, selected, viewport, mode, tab, newBucket);
    }

    private static Optional<String> single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.size() == 1 ? Optional.ofNullable(values.get(0)).map(String::strip) : Optional.empty();
    }

    private static Optional<Long> id(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<MapViewport> viewport(String value) {
        String[] parts = value.split(",");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            double lat = Double.parseDouble(parts[0]);
            double lon = Double.parseDouble(parts[1]);
            int zoom = Integer.parseInt(parts[2]);
            return Double.isFinite(lat) && Double.isFinite(lon) ? Optional.of(new MapViewport(lat, lon, zoom)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
