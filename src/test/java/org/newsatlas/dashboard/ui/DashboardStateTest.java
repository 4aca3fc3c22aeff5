package org.newsatlas.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsatlas.UrlAssert.assertSameAddress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsatlas.dashboard.BucketSize;
import org.newsatlas.dashboard.DashboardFilter;
import org.newsatlas.dashboard.FilterParameters.BadFilter;
import org.newsatlas.gazetteer.PlaceKind;
import org.newsatlas.map.MapMode;
import org.newsatlas.map.MapViewport;

class DashboardStateTest {

    private static final DashboardFilter FILTER = new DashboardFilter(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31),
            "ceasefire talks", Set.of("LY", "TN"), Set.of(PlaceKind.CITY), Set.of("Wire"), 7L, 0.5, Set.of());

    private static DashboardState parse(String query) {
        return DashboardState.parse(com.vaadin.flow.router.QueryParameters.fromString(query).getParameters());
    }

    @Test
    void a_state_read_back_from_its_own_address_is_the_same_state() {
        DashboardState state = new DashboardState(FILTER, 12L, new MapViewport(32.88743, 13.18733, 6), MapMode.COUNTRIES,
                DashboardTab.ARTICLES, BucketSize.WEEK);

        DashboardState again = DashboardState.parse(state.query().getParameters());

        assertThat(again).isEqualTo(state);
        assertThat(again.viewport()).isEqualTo(new MapViewport(32.8874, 13.1873, 6));
    }

    @Test
    void the_address_names_filter_selection_view_mode_tab_and_bar_width() {
        DashboardState state = new DashboardState(FILTER, 12L, new MapViewport(32.8874, 13.1873, 6), MapMode.COUNTRIES,
                DashboardTab.ARTICLES, BucketSize.WEEK);

        assertSameAddress("?" + state.query().getQueryString(), "?from=2021-03-01&to=2021-03-31&q=ceasefire%20talks"
                + "&country=LY&country=TN&kind=city&source=Wire&place=7&minConfidence=0.5&selected=12&tab=articles"
                + "&mode=countries&bucket=week&map=32.8874%2C13.1873%2C6");
    }

    @Test
    void the_start_state_has_an_empty_address() {
        assertThat(DashboardState.START.query().getQueryString()).isEmpty();
        assertThat(parse("")).isEqualTo(DashboardState.START);
    }

    @Test
    void view_parameters_that_make_no_sense_are_left_out_and_sensible_ones_kept() {
        DashboardState nonsense = parse("selected=abc&map=north&mode=3d&tab=nowhere&bucket=year");
        DashboardState sensible = parse("selected=5&map=10,20,4&mode=countries&tab=places&bucket=day");

        assertThat(nonsense).isEqualTo(DashboardState.START);
        assertThat(sensible).isEqualTo(new DashboardState(DashboardFilter.NONE, 5L, new MapViewport(10, 20, 4),
                MapMode.COUNTRIES, DashboardTab.PLACES, BucketSize.DAY));
    }

    @Test
    void a_bad_filter_value_is_refused_with_its_message() {
        assertThatThrownBy(() -> parse("from=yesterday")).isInstanceOf(BadFilter.class).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> parse("minConfidence=2")).isInstanceOf(BadFilter.class).hasMessageContaining("0 to 1");
    }

    @Test
    void the_tab_shown_by_default_is_the_place_when_one_is_selected_else_the_places_table() {
        assertThat(DashboardState.START.shownTab()).isEqualTo(DashboardTab.PLACES);
        assertThat(DashboardState.START.withSelected(3L).shownTab()).isEqualTo(DashboardTab.PLACE);
        assertThat(DashboardState.START.withTab(DashboardTab.ARTICLES).withSelected(3L).shownTab())
                .as("selecting a place opens its panel").isEqualTo(DashboardTab.PLACE);
        assertThat(DashboardState.START.withSelected(3L).withTab(DashboardTab.ARTICLES).shownTab())
                .isEqualTo(DashboardTab.ARTICLES);
    }

    @Test
    void the_filter_query_carries_only_the_filter() {
        DashboardState state = new DashboardState(FILTER, 12L, null, MapMode.MARKERS, DashboardTab.PLACE, null);

        Map<String, List<String>> filterOnly = state.filterQuery().getParameters();

        assertThat(filterOnly).containsKeys("from", "country", "place").doesNotContainKeys("selected", "tab");
    }
}
