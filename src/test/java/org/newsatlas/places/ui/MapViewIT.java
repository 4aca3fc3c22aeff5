package org.newsatlas.places.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.KaribuSupport;
import org.newsatlas.NewsAtlasTest;
import org.newsatlas.articles.ui.ArticleReaderView;
import org.newsatlas.base.ui.Mark;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.map.MapMarker;
import org.newsatlas.map.MarkerClickEvent;
import org.newsatlas.map.PlaceMap;
import org.newsatlas.places.PlaceQueries;
import org.newsatlas.places.PlaceSummary;
import org.springframework.beans.factory.annotation.Autowired;

@NewsAtlasTest
class MapViewIT extends KaribuSupport {

    private static final String SAMPLE_TITLE = "Warring Libya factions eye prisoner launch as talks proceed | Center East";

    @Autowired
    PlaceQueries places;

    private MapView view;

    @BeforeEach
    void openMap() {
        UI.getCurrent().navigate(MapView.class);
        view = _get(MapView.class);
    }

    private PlaceSummary place(String name) {
        return places.mapPlaces().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private void clickMarker(long placeId) {
        PlaceMap map = view.map();
        ComponentUtil.fireEvent(map, new MarkerClickEvent(map, true, placeId));
    }

    private List<Div> sentences() {
        return _find(Div.class, spec -> spec.withClasses("place-sentence"));
    }

    @Test
    void the_map_gets_a_marker_for_every_mentioned_place() {
        assertThat(view.map().getMarkers()).extracting(MapMarker::name).contains("Tripoli", "Libya", "Tunisia", "Carthage");
        assertThat(view.map().getMarkers()).filteredOn(m -> m.name().equals("Tunisia"))
                .singleElement().satisfies(m -> assertThat(m.mentionCount()).isGreaterThan(1));
    }

    @Test
    void selecting_a_place_shows_its_sentences_with_the_name_highlighted_and_the_article_title() {
        PlaceSummary tunisia = place("Tunisia");

        clickMarker(tunisia.id());

        assertThat(_get(H2.class, spec -> spec.withText("Tunisia"))).isNotNull();
        assertThat(sentences()).hasSize(tunisia.mentionCount());
        for (Div sentence : sentences()) {
            assertThat(sentence.getElement().getAttribute("data-article-id")).isNotBlank();
            assertThat(_find(sentence, Mark.class)).isNotEmpty().allSatisfy(mark -> assertThat(mark.getText()).isEqualTo("Tunisia"));
            assertThat(_get(sentence, H3.class).getText()).isEqualTo(SAMPLE_TITLE);
        }
        assertThat(view.map().getSelectedPlaceId()).contains(tunisia.id());
    }

    @Test
    void the_panel_describes_the_place_in_words() {
        clickMarker(place("Tripoli").id());

        assertThat(_get(Div.class, spec -> spec.withClasses("place-heading")).getElement().getTextRecursively())
                .contains("capital city in Libya").contains("32.8874° N, 13.1873° E");
    }

    @Test
    void clicking_a_sentence_opens_the_article_at_that_sentence() {
        clickMarker(place("Sirte").id());
        Div sentence = sentences().get(0);

        _click(sentence);

        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(location).matches("articles/" + sentence.getElement().getAttribute("data-article-id") + "\\?sentence=\\d+");
        assertThat(_get(ArticleReaderView.class)).isNotNull();
    }

    @Test
    void a_link_with_a_place_opens_the_map_with_that_place_selected() {
        PlaceSummary carthage = place("Carthage");

        UI.getCurrent().navigate(MapView.class, Navigation.mapSelecting(carthage.id()));

        assertThat(_get(MapView.class).map().getSelectedPlaceId()).contains(carthage.id());
        assertThat(_get(H2.class, spec -> spec.withText("Carthage"))).isNotNull();
    }
}
