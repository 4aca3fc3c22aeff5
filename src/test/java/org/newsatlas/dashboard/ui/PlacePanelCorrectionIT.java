package org.newsatlas.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsatlas.KaribuSupport;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.IngestionService;
import org.newsatlas.map.MapMarker;
import org.newsatlas.places.PlacedMention;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A correction made from the dashboard's place panel: the sentence's "Correct" opens the same
 * panel as in the reader, and the map, the totals and the panel follow the change at once.
 * Tripoli's two readings (Libya, Lebanon) are close and far apart: its marker starts uncertain.
 * A database of its own: the corrections it makes would show in other tests' totals ("readings
 * changed by reviewers").
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:newsatlas-panel-correction;DB_CLOSE_DELAY=-1")
@Import(TestGeoparserConfiguration.class)
class PlacePanelCorrectionIT extends KaribuSupport {

    static final String WORD = "zqpanelfix";

    @Autowired
    IngestionService ingestion;

    @Autowired
    ArticleQueries articles;

    @Test
    void correcting_a_name_from_the_place_panel_moves_its_marker_and_the_counts_follow() {
        long id = ingestion.ingest(new ArticleSubmission("Two shores", "Ships left Tripoli for Egypt at dawn. "
                + "Tripoli's port stayed shut. " + WORD + ".", null, null)).articleId();
        long libya = placeId(id, "Tripoli");
        long egypt = placeId(id, "Egypt");
        UI.getCurrent().navigate("", QueryParameters.fromString("q=" + WORD + "&selected=" + libya));
        DashboardView view = _get(DashboardView.class);
        assertThat(marker(view, libya)).hasValueSatisfying(m -> assertThat(m.uncertain()).isTrue());
        assertThat(marker(view, egypt)).hasValueSatisfying(m -> assertThat(m.uncertain()).isFalse());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("place-counts")).getText())
                .startsWith("2 mentions in 1 article");

        Button correct = _find(Button.class, spec -> spec.withClasses("correct-mention")).get(0);
        assertThat(correct.getElement().getAttribute("aria-label")).isEqualTo("Correct “Tripoli” in “Two shores”");
        correct.click();
        reading(266826).click();

        long lebanon = placeId(id, "Tripoli");
        assertThat(lebanon).isNotEqualTo(libya);
        assertThat(marker(view, libya)).isEmpty();
        assertThat(marker(view, lebanon)).hasValueSatisfying(m -> {
            assertThat(m.mentionCount()).isEqualTo(2);
            assertThat(m.uncertain()).as("a person's reading is certain").isFalse();
        });
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("place-counts")).getText())
                .isEqualTo("Not mentioned in the articles these filters keep.");
        assertThat(view.parts().table().getListDataView().getItems().map(p -> p.place().id())).contains(lebanon).doesNotContain(libya);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("mention-panel-status")).getText())
                .startsWith("2 mentions changed.");
    }

    private static Button reading(long geonameId) {
        return _find(Button.class, spec -> spec.withClasses("reading")).stream()
                .filter(b -> String.valueOf(geonameId).equals(b.getElement().getAttribute("data-geonameid")))
                .findFirst().orElseThrow();
    }

    private static Optional<MapMarker> marker(DashboardView view, long placeId) {
        return view.parts().map().getMarkers().stream().filter(m -> m.id() == placeId).findFirst();
    }

    private long placeId(long articleId, String name) {
        return articles.document(articleId).orElseThrow().mentions().stream()
                .filter(m -> m.name().equals(name)).findFirst().map(PlacedMention::placeId).orElseThrow();
    }
}
