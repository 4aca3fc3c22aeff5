package org.newsatlas.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.UrlAssert.assertSameAddress;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.KaribuSupport;
import org.newsatlas.NewsAtlasTest;
import org.newsatlas.articles.ui.ArticleReaderView;
import org.newsatlas.base.ui.Mark;
import org.newsatlas.dashboard.MapPlace;
import org.newsatlas.gazetteer.PlaceKind;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.IngestionService;
import org.newsatlas.map.CountryClickEvent;
import org.newsatlas.map.MapMarker;
import org.newsatlas.map.MapMode;
import org.newsatlas.map.MarkerClickEvent;
import org.newsatlas.map.PlaceMap;
import org.newsatlas.places.PlaceQueries;
import org.newsatlas.places.PlaceSummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard without a browser: filter bar to lists and totals, address to view and back.
 * Three articles of its own, all with the word "zqdash", keep it apart from the other tests' texts.
 */
@NewsAtlasTest
class DashboardViewIT extends KaribuSupport {

    static final String WORD = "zqdash";
    static final String SOURCE = "Karibu Wire";

    @Autowired
    IngestionService ingestion;

    @Autowired
    PlaceQueries places;

    @BeforeEach
    void storeArticles() {
        store("Talks in Tripoli", "Delegates met in Tripoli on Monday. Tunisia offered to host the next round. zqdash talks.",
                "2021-03-02");
        store("Carthage reopens", "Visitors returned to Carthage in Tunisia. The museum reopened. zqdash museum.", "2021-03-20");
        store("Sirte road", "The road to Sirte reopened, Libya said. zqdash road.", "2021-04-15");
    }

    private void store(String title, String text, String day) {
        ingestion.ingest(new ArticleSubmission(title, text, Instant.parse(day + "T09:00:00Z"), SOURCE));
    }

    private static DashboardView open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        return _get(DashboardView.class);
    }

    private static String address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private long placeId(String name) {
        return places.mapPlaces().stream().filter(p -> p.name().equals(name)).map(PlaceSummary::id).findFirst().orElseThrow();
    }

    private static List<String> tableNames(DashboardView view) {
        return view.parts().table().getGenericDataView().getItems().map(p -> p.place().name()).toList();
    }

    private static List<String> articleTitles(DashboardView view) {
        return view.parts().articles().getGenericDataView().getItems().map(row -> row.title()).toList();
    }

    @Test
    void a_search_keeps_only_its_articles_in_the_totals_the_lists_and_the_map() {
        DashboardView view = open("q=" + WORD);

        assertThat(view.parts().totals().getText()).isEqualTo("3 articles · 6 mentions · 5 places");
        assertThat(tableNames(view)).containsExactlyInAnyOrder("Tripoli", "Tunisia", "Carthage", "Sirte", "Libya");
        assertThat(view.parts().map().getMarkers()).extracting(MapMarker::name)
                .containsExactlyInAnyOrder("Tripoli", "Tunisia", "Carthage", "Sirte", "Libya");
        assertThat(articleTitles(view)).as("newest first").containsExactly("Sirte road", "Carthage reopens", "Talks in Tripoli");
    }

    @Test
    void a_country_chosen_in_the_filter_bar_narrows_everything_and_goes_into_the_address() {
        DashboardView view = open("q=" + WORD);
        FacetSelects facets = view.parts().filterBar().facets();
        assertThat(facets.countries.getItemLabelGenerator().apply("TN")).isEqualTo("Tunisia (2)");

        HasValueUtilsKt._setValue(facets.countries, Set.of("TN"));

        assertSameAddress(address(), "?q=" + WORD + "&country=TN");
        DashboardView shown = _get(DashboardView.class);
        assertThat(shown.parts().totals().getText()).isEqualTo("2 articles · 3 mentions · 2 places");
        assertThat(tableNames(shown)).containsExactlyInAnyOrder("Tunisia", "Carthage");
        assertThat(articleTitles(shown)).containsExactly("Carthage reopens", "Talks in Tripoli");
        assertThat(shown.parts().filterBar().facets().countries.getItemLabelGenerator().apply("LY"))
                .as("another country's count leaves out the country condition").isEqualTo("Libya (2)");
    }

    @Test
    void a_kind_and_a_source_chosen_in_the_filter_bar_narrow_the_places() {
        DashboardView view = open("q=" + WORD);

        HasValueUtilsKt._setValue(view.parts().filterBar().facets().kinds,
                Set.of(PlaceKind.COUNTRY));

        assertSameAddress(address(), "?q=" + WORD + "&kind=country");
        assertThat(tableNames(_get(DashboardView.class))).containsExactlyInAnyOrder("Tunisia", "Libya");
        HasValueUtilsKt._setValue(view.parts().filterBar().facets().sources, Set.of(SOURCE));
        assertSameAddress(address(), "?q=" + WORD + "&kind=country&source=Karibu%20Wire");
        assertThat(view.parts().filterBar().facets().sources.getItemLabelGenerator().apply(SOURCE)).isEqualTo("Karibu Wire (3)");
    }

    @Test
    void a_date_range_dragged_on_the_timeline_becomes_the_date_filter() {
        DashboardView view = open("q=" + WORD);
        Timeline timeline = view.parts().timeline().timeline();
        assertThat(timeline.getData().bars()).as("a bar per day over six weeks").hasSize(45);

        ComponentUtil.fireEvent(timeline, new Timeline.RangeSelectEvent(timeline, true, "2021-03-01", "2021-03-31"));

        assertSameAddress(address(), "?from=2021-03-01&to=2021-03-31&q=" + WORD);
        DashboardView shown = _get(DashboardView.class);
        assertThat(shown.parts().totals().getText()).startsWith("2 articles");
        assertThat(shown.parts().filterBar().from().getValue()).hasToString("2021-03-01");
        assertThat(timeline.getData().bars()).as("the timeline keeps every date, the range marked").hasSize(45);
        assertThat(timeline.getData().from()).isEqualTo("2021-03-01");
    }

    @Test
    void an_address_opens_the_view_it_names_and_the_view_writes_the_same_address() {
        long carthage = placeId("Carthage");
        String query = "q=" + WORD + "&country=TN&selected=" + carthage + "&tab=articles&mode=countries&map=36.8528%2C10.3233%2C7";

        DashboardView view = open(query);

        assertThat(view.parts().filterBar().search().getValue()).isEqualTo(WORD);
        assertThat(view.parts().filterBar().facets().countries.getValue()).containsExactly("TN");
        assertThat(view.parts().map().getMode()).isEqualTo(MapMode.COUNTRIES);
        assertThat(view.parts().map().getViewport()).hasValueSatisfying(v -> assertThat(v.zoom()).isEqualTo(7));
        assertThat(view.parts().map().getSelectedPlaceId()).contains(carthage);
        assertThat(view.parts().tabs().shown()).isEqualTo(DashboardTab.ARTICLES);
        assertSameAddress("?" + view.state().query().getQueryString(), "?" + query);
    }

    @Test
    void a_marker_click_selects_the_place_and_shows_its_sentences_with_date_and_source() {
        DashboardView view = open("q=" + WORD);
        PlaceMap map = view.parts().map();
        long carthage = placeId("Carthage");

        ComponentUtil.fireEvent(map, new MarkerClickEvent(map, true, carthage));

        assertSameAddress(address(), "?q=" + WORD + "&selected=" + carthage);
        assertThat(_get(H2.class, spec -> spec.withText("Carthage"))).isNotNull();
        Div article = _get(Div.class, spec -> spec.withClasses("article-sentences"));
        assertThat(_get(article, Div.class, spec -> spec.withClasses("sentence-about")).getElement().getTextRecursively())
                .contains("Carthage reopens").contains("2021-03-20").contains("Karibu Wire");
        Anchor card = _get(article, Anchor.class, spec -> spec.withClasses("place-sentence"));
        assertThat(card.getElement().getTextRecursively()).isEqualTo("Visitors returned to Carthage in Tunisia.");
        assertSameAddress(card.getHref(), "articles/" + card.getElement().getAttribute("data-article-id")
                + "?sentence=0&q=" + WORD);
        assertThat(_find(card, Mark.class)).extracting(Mark::getText).containsExactly("Carthage");
        assertThat(view.parts().tabs().shown()).isEqualTo(DashboardTab.PLACE);
    }

    @Test
    void only_this_place_filters_by_it_and_its_chip_takes_the_filter_away() {
        long sirte = placeId("Sirte");
        open("q=" + WORD + "&selected=" + sirte);

        _get(Button.class, spec -> spec.withClasses("only-this-place")).click();

        assertSameAddress(address(), "?q=" + WORD + "&place=" + sirte + "&selected=" + sirte);
        assertThat(_get(DashboardView.class).parts().totals().getText()).startsWith("1 article ");
        assertThat(_get(Span.class, spec -> spec.withClasses("place-chip"))
                .getElement().getTextRecursively()).contains("Only Sirte");
        _get(Button.class, spec -> spec.withClasses("remove-place-filter")).click();
        assertSameAddress(address(), "?q=" + WORD + "&selected=" + sirte);
        assertThat(_get(DashboardView.class).parts().totals().getText()).startsWith("3 articles");
    }

    @Test
    void a_click_on_a_shaded_country_adds_it_to_the_filter() {
        DashboardView view = open("q=" + WORD + "&mode=countries");
        PlaceMap map = view.parts().map();

        ComponentUtil.fireEvent(map, new CountryClickEvent(map, true, "LY"));

        assertSameAddress(address(), "?q=" + WORD + "&country=LY&mode=countries");
        assertThat(map.getCountryShading()).extracting(shade -> shade.countryCode()).containsExactly("LY");
    }

    @Test
    void a_filter_that_keeps_nothing_says_so_in_words() {
        DashboardView view = open("q=" + WORD + "&country=AQ");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("empty-note")).isVisible()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("empty-note")).getText()).contains("No articles match");
        assertThat(view.parts().table().getEmptyStateText()).contains("No places");
        assertThat(view.parts().totals().getText()).isEqualTo("0 articles · 0 mentions · 0 places");
    }

    @Test
    void a_filter_that_keeps_something_shows_no_empty_note() {
        open("q=" + WORD);

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("empty-note"))).as("hidden").isEmpty();
    }

    @Test
    void a_bad_filter_in_the_address_is_explained_and_everything_shown() {
        DashboardView view = open("from=yesterday");

        Paragraph problem = _get(Paragraph.class, spec -> spec.withClasses("filter-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("from must be a date as YYYY-MM-DD, not 'yesterday'");
        assertThat(view.state().filter().from()).isNull();
        open("q=" + WORD);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("filter-problem"))).as("hidden").isEmpty();
    }

    @Test
    void the_export_links_carry_the_filter() {
        open("q=" + WORD + "&country=TN");

        Anchor csv = _get(Anchor.class, spec -> spec.withText("CSV"));
        assertSameAddress(csv.getHref(), "api/export/mentions.csv?q=" + WORD + "&country=TN");
        assertSameAddress(_get(Anchor.class, spec -> spec.withText("GeoJSON")).getHref(),
                "api/export/places.geojson?q=" + WORD + "&country=TN");
        assertSameAddress(_get(Anchor.class, spec -> spec.withText("KML")).getHref(),
                "api/export/places.kml?q=" + WORD + "&country=TN");
        assertThat(csv.isRouterIgnore()).isTrue();
    }

    @Test
    void a_row_of_the_article_list_opens_the_article_with_the_search_marked() {
        DashboardView view = open("q=" + WORD + "&tab=articles");

        GridKt._clickItem(view.parts().articles(), 0, 0, false, false, false, false);

        assertThat(address()).matches("articles/\\d+\\?q=" + WORD);
        assertThat(_get(ArticleReaderView.class)).isNotNull();
        assertThat(_find(Mark.class, spec -> spec.withClasses("search-hit"))).extracting(Mark::getText).contains(WORD);
    }

    @Test
    void a_row_of_the_places_table_selects_the_place() {
        DashboardView view = open("q=" + WORD);
        List<MapPlace> rows = view.parts().table().getGenericDataView().getItems().toList();
        int row = rows.stream().map(p -> p.place().name()).toList().indexOf("Tripoli");

        GridKt._clickItem(view.parts().table(), row, 0, false, false, false, false);

        assertSameAddress(address(), "?q=" + WORD + "&selected=" + placeId("Tripoli"));
        assertThat(_get(DashboardView.class).parts().map().getSelectedPlaceId()).contains(placeId("Tripoli"));
    }
}
