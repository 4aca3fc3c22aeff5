package org.newsatlas.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.KaribuSupport;
import org.newsatlas.NewsAtlasTest;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.articles.ui.ArticleReaderView;
import org.newsatlas.dashboard.ui.DashboardView;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.IngestionService;
import org.newsatlas.map.MapMarker;
import org.newsatlas.map.PlaceMap;
import org.newsatlas.places.PlaceQueries;
import org.springframework.beans.factory.annotation.Autowired;

@NewsAtlasTest
class UploadIT extends KaribuSupport {

    @Autowired
    ArticleQueries articles;

    @Autowired
    IngestionService ingestion;

    @Autowired
    PlaceQueries places;

    @BeforeEach
    void openMap() {
        UI.getCurrent().navigate(DashboardView.class);
    }

    private static void addArticle(String text) {
        _click(_get(Button.class, spec -> spec.withText("Add article")));
        _setValue(_get(TextArea.class), text);
        _click(_get(Button.class, spec -> spec.withText("Add to map")));
    }

    /** The mentions the marker of a place shows; 0 when the place has no marker. */
    private static int mentionsOnMarker(PlaceMap map, String name) {
        return map.getMarkers().stream().filter(marker -> marker.name().equals(name))
                .mapToInt(MapMarker::mentionCount).findFirst().orElse(0);
    }

    @Test
    void uploading_empty_text_shows_an_error_and_stores_nothing() {
        long before = articles.count();

        _click(_get(Button.class, spec -> spec.withText("Add article")));
        _click(_get(Button.class, spec -> spec.withText("Add to map")));

        expectNotifications("The article has no text.");
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void pasted_text_is_stored_and_its_places_appear_on_the_open_map() {
        long before = articles.count();
        PlaceMap map = _get(PlaceMap.class);
        int morocco = mentionsOnMarker(map, "Morocco");
        int algeria = mentionsOnMarker(map, "Algeria");
        _click(_get(Button.class, spec -> spec.withText("Add article")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title (optional)")), "Pasted");
        _setValue(_get(TextArea.class), "Morocco and Algeria reopened a border crossing. Talks went on.");

        _click(_get(Button.class, spec -> spec.withText("Add to map")));

        assertThat(articles.count()).isEqualTo(before + 1);
        assertThat(getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text", "")
                + n.getElement().getTextRecursively()).contains("Pasted"));
        assertThat(_get(PlaceMap.class)).as("the map that was open, reloaded").isSameAs(map);
        assertThat(mentionsOnMarker(map, "Morocco")).isEqualTo(morocco + 1);
        assertThat(mentionsOnMarker(map, "Algeria")).isEqualTo(algeria + 1);
    }

    @Test
    void an_article_added_while_reading_opens_the_map_with_its_places() {
        Navigation.openArticle(ingestion.ingest(ArticleSubmission.of("Read first", "Egypt waited. Nothing else.")).articleId(), null);
        int egypt = places.mapPlaces().stream().filter(place -> place.name().equals("Egypt")).findFirst().orElseThrow()
                .mentionCount();
        assertThat(_get(ArticleReaderView.class)).isNotNull();

        addArticle("Egypt and Turkey talked about Egypt again, in the reader this time.");

        assertThat(_get(DashboardView.class)).isNotNull();
        assertThat(mentionsOnMarker(_get(PlaceMap.class), "Egypt")).isEqualTo(egypt + 2);
    }

    @Test
    void pasting_a_stored_text_again_opens_the_existing_article() {
        String text = "Carthage drew visitors from Tunisia. Nothing else happened.";
        addArticle(text);
        long count = articles.count();

        addArticle(text);

        assertThat(articles.count()).isEqualTo(count);
        assertThat(_get(ArticleReaderView.class)).isNotNull();
    }
}
