package org.newsatlas.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.UrlAssert.assertSameAddress;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.KaribuSupport;
import org.newsatlas.NewsAtlasTest;
import org.newsatlas.base.ui.NotFoundPage;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.IngestionService;
import org.newsatlas.places.PlaceQueries;
import org.newsatlas.places.PlaceSummary;
import org.springframework.beans.factory.annotation.Autowired;

@NewsAtlasTest
class PlacePageViewIT extends KaribuSupport {

    @Autowired
    IngestionService ingestion;

    @Autowired
    PlaceQueries places;

    @BeforeEach
    void storeArticles() {
        ingestion.ingest(new ArticleSubmission("Algiers and Rabat", "Algeria and Morocco reopened talks. zqplace border.",
                Instant.parse("2022-05-02T09:00:00Z"), "Place Wire"));
        ingestion.ingest(new ArticleSubmission("Algeria votes", "Algeria voted on Sunday. Turnout in Algeria was low. zqplace vote.",
                Instant.parse("2022-06-12T09:00:00Z"), "Place Wire"));
    }

    private long placeId(String name) {
        return places.mapPlaces().stream().filter(p -> p.name().equals(name)).map(PlaceSummary::id).findFirst().orElseThrow();
    }

    @Test
    void a_place_page_says_what_and_where_the_place_is_and_counts_under_the_filter() {
        long algeria = placeId("Algeria");

        UI.getCurrent().navigate("places/" + algeria, QueryParameters.of("q", "zqplace"));

        assertThat(_get(_get(PlacePageView.class), H1.class).getText()).isEqualTo("Algeria");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("place-kind")).getText()).isEqualTo("country");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("place-coordinates")).getText())
                .contains("28.0000° N, 3.0000° E");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("place-counts")).getText())
                .isEqualTo("3 mentions in 2 articles under these filters");
        assertSameAddress(_get(Anchor.class, spec -> spec.withClasses("back-to-dashboard")).getHref(),
                "?q=zqplace&selected=" + algeria);
    }

    @Test
    void a_place_page_shows_its_articles_over_time_and_its_sentences() {
        long algeria = placeId("Algeria");

        UI.getCurrent().navigate("places/" + algeria, QueryParameters.of("q", "zqplace"));

        PlacePageView page = _get(PlacePageView.class);
        TimelineData data = page.timeline().timeline().getData();
        assertThat(data.measure()).isEqualTo("articles");
        assertThat(data.showMentions()).as("those are every place's mentions in its articles").isFalse();
        assertThat(data.bars()).filteredOn(bar -> bar.articles() > 0).extracting(TimelineData.Bar::start)
                .containsExactly("2022-05-02", "2022-06-12");
        assertThat(_find(page, Anchor.class, spec -> spec.withClasses("place-sentence"))).hasSize(3)
                .allSatisfy(card -> assertThat(card.getHref()).contains("q=zqplace"));
    }

    @Test
    void a_range_on_the_place_timeline_keeps_the_page_and_sets_the_dates() {
        long algeria = placeId("Algeria");
        UI.getCurrent().navigate("places/" + algeria, QueryParameters.of("q", "zqplace"));
        Timeline timeline = _get(PlacePageView.class).timeline().timeline();

        ComponentUtil.fireEvent(timeline, new Timeline.RangeSelectEvent(timeline, true, "2022-06-01", "2022-06-30"));

        assertSameAddress(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters(),
                "places/" + algeria + "?from=2022-06-01&to=2022-06-30&q=zqplace");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("place-counts")).getText())
                .isEqualTo("2 mentions in 1 article under these filters");
    }

    @Test
    void the_places_mentioned_in_the_same_articles_link_to_their_pages_with_the_filter() {
        long algeria = placeId("Algeria");
        long morocco = placeId("Morocco");

        UI.getCurrent().navigate("places/" + algeria, QueryParameters.of("q", "zqplace"));

        Anchor other = _get(Anchor.class, spec -> spec.withText("Morocco"));
        assertThat(other.getHref()).isEqualTo("places/" + morocco + "?q=zqplace");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("co-mention")).getElement().getTextRecursively())
                .contains("1 article");
    }

    @Test
    void a_place_id_that_is_not_a_number_gets_a_friendly_page() {
        UI.getCurrent().navigate("places/abc");

        String shown = _get(NotFoundPage.class).getElement().getTextRecursively();
        assertThat(shown).contains("Place not found").contains("“abc” is not a place id").doesNotContain("Exception");
        assertThat(_find(PlacePageView.class)).isEmpty();
    }

    @Test
    void an_unknown_place_gets_a_friendly_page() {
        UI.getCurrent().navigate("places/999999");

        assertThat(_get(NotFoundPage.class).getElement().getTextRecursively()).contains("There is no place with id 999999.");
    }
}
