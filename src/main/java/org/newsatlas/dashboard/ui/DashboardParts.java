package org.newsatlas.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.newsatlas.dashboard.ArticleRow;
import org.newsatlas.dashboard.BucketSize;
import org.newsatlas.dashboard.DashboardFacets;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.dashboard.DashboardService;
import org.newsatlas.dashboard.MapPlace;
import org.newsatlas.dashboard.Totals;
import org.newsatlas.map.CountryShade;
import org.newsatlas.map.MapMarker;
import org.newsatlas.map.MapMode;
import org.newsatlas.map.MapProperties;
import org.newsatlas.map.MapViewport;
import org.newsatlas.map.PlaceMap;
import org.newsatlas.places.StoredPlace;
import org.newsatlas.search.SearchHits;

/** The dashboard's components, how they sit, and how each shows a state. What they ask goes to {@link Actions}. */
class DashboardParts {

    /** What a person can ask of the dashboard. */
    interface Actions {
        void filter(DashboardFilter filter);

        void select(long placeId);

        void onlyPlace(long placeId);

        void open(ArticleRow article);

        void dates(LocalDate from, LocalDate to);

        void tab(DashboardTab tab);

        void mode(MapMode mode);

        void width(BucketSize width);

        void addCountry(String countryCode);

        void moved(MapViewport viewport);

        /** Opens the correction of one mention (from the place panel's sentences). */
        void correct(long mentionId);
    }

    private final DashboardService dashboard;
    private final DashboardFacets facets;
    private final FilterBar filterBar;
    private final TotalsLine totals = new TotalsLine();
    private final MapModeSwitch mode;
    private final ExportLinks exports = new ExportLinks();
    private final Paragraph problem = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final PlaceMap map;
    private final TimelinePanel timeline;
    private final PlacePanel panel;
    private final PlacesTable table;
    private final ArticleList articles;
    private final SideTabs tabs;

    DashboardParts(DashboardService dashboard, DashboardFacets facets, SearchHits hits, MapProperties mapProperties,
                   Actions actions) {
        this.dashboard = dashboard;
        this.facets = facets;
        filterBar = new FilterBar(actions::filter);
        map = new PlaceMap(mapProperties);
        map.addClassName("world-map");
        map.addMarkerClickListener(click -> actions.select(click.getPlaceId()));
        map.addCountryClickListener(click -> actions.addCountry(click.getCountryCode()));
        map.addViewportChangeListener(moved -> actions.moved(moved.getViewport()));
        mode = new MapModeSwitch(actions::mode);
        timeline = new TimelinePanel("Articles over time", true, actions::dates, actions::width);
        panel = new PlacePanel(dashboard, hits, actions::onlyPlace, actions::correct);
        table = new PlacesTable(actions::select);
        articles = new ArticleList(dashboard, actions::open);
        tabs = new SideTabs(Map.of(DashboardTab.PLACE, panel, DashboardTab.PLACES, table, DashboardTab.ARTICLES, articles),
                actions::tab);
        problem.addClassName("filter-problem");
        problem.setVisible(false);
        empty.addClassName("empty-note");
        empty.setVisible(false);
    }

    Component layout() {
        Div summary = new Div(totals, filterBar.chips(), mode, exports);
        summary.addClassName("dashboard-summary");
        Div mapColumn = new Div(map, timeline);
        mapColumn.addClassName("map-column");
        Div main = new Div(mapColumn, tabs);
        main.addClassName("dashboard-main");
        Div top = new Div(filterBar, summary, problem, empty);
        top.addClassName("dashboard-top");
        Div layout = new Div(top, main);
        layout.addClassName("dashboard-layout");
        return layout;
    }

    /** Everything that counts under the filter: totals, markers, shading, table, list, options, exports. */
    void showFilter(DashboardState state) {
        DashboardFilter filter = state.filter();
        Totals counted = dashboard.totals(filter);
        List<MapPlace> places = dashboard.places(filter);
        map.setMarkers(places.stream().map(DashboardParts::marker).toList());
        map.setCountryShading(dashboard.countries(filter).stream()
                .map(c -> new CountryShade(c.countryCode(), c.name(), c.mentions())).toList());
        table.show(places);
        articles.show(filter, counted.articles());
        totals.show(counted, dashboard.changedReadings());
        tabs.count(DashboardTab.PLACES, counted.places());
        tabs.count(DashboardTab.ARTICLES, counted.articles());
        String placeName = filter.placeId() == null ? null
                : dashboard.storedPlace(filter.placeId()).map(StoredPlace::name).orElse("place " + filter.placeId());
        filterBar.show(filter, FacetOptions.count(filter, dashboard, facets), placeName, dashboard);
        exports.show(state.filterQuery());
        showEmpty(filter, counted);
    }

    private void showEmpty(DashboardFilter filter, Totals counted) {
        empty.setVisible(counted.articles() == 0);
        if (Filters.conditions(filter) == 0) {
            empty.setText("There are no articles yet. Add one with “Add article” at the top, "
                    + "or post them to /api/articles.");
        } else {
            empty.setText("No articles match these filters. Loosen or clear them to see more.");
        }
    }

    void showTimeline(DashboardState state) {
        DashboardFilter filter = state.filter();
        timeline.show(dashboard.timeline(filter.withDates(null, null), BucketSize.DAY), state.bucket(), filter.from(),
                filter.to());
    }

    void showSelected(DashboardState state) {
        panel.show(state);
        map.selectPlace(state.selected());
        table.select(state.selected());
    }

    void showMode(MapMode shown) {
        map.setMode(shown);
        mode.setValue(shown);
    }

    /** On a phone the tabs sit under the map: after a person picks a place there, bring its panel into view. */
    void revealTabsOnPhone() {
        tabs.getElement().executeJs("if (window.matchMedia('(max-width: 760px)').matches)"
                + " this.scrollIntoView({behavior: 'smooth', block: 'start'})");
    }

    /** A sentence above the map about an address that could not be used as it is; null hides it. */
    void problem(String text) {
        problem.setText(text == null ? "" : text);
        problem.setVisible(text != null);
    }

    private static MapMarker marker(MapPlace counted) {
        StoredPlace place = counted.place();
        return new MapMarker(place.id(), place.name(), place.latitude(), place.longitude(), counted.mentions(),
                place.countryName(), place.featureLabel(), counted.uncertain());
    }

    PlaceMap map() {
        return map;
    }

    SideTabs tabs() {
        return tabs;
    }

    FilterBar filterBar() {
        return filterBar;
    }

    TotalsLine totals() {
        return totals;
    }

    PlacesTable table() {
        return table;
    }

    ArticleList articles() {
        return articles;
    }

    TimelinePanel timeline() {
        return timeline;
    }
}
