package org.newsatlas.articles.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.KaribuSupport;
import org.newsatlas.NewsAtlasTest;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.base.ui.Mark;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.IngestionService;
import org.newsatlas.map.MapMarker;
import org.newsatlas.places.MentionStatus;
import org.newsatlas.places.PlacedMention;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Adding a name the geoparser missed from a selection in the reader. The test geoparser never
 * finds Ghat in a text but knows it by name, as the gazetteer knows places the recogniser misses.
 */
@NewsAtlasTest
class AddAsPlaceIT extends KaribuSupport {

    private static final String TEXT = "Caravans crossed Ghat before Tripoli. Salt went north.";
    private static final long GHAT = 2219905;

    @Autowired
    IngestionService ingestion;

    @Autowired
    ArticleQueries articles;

    private long articleId;

    @BeforeEach
    void storeArticle() {
        articleId = ingestion.ingest(ArticleSubmission.of("Salt road", TEXT)).articleId();
        Navigation.openArticle(articleId, null);
    }

    @Test
    void a_selection_of_unmarked_text_is_added_as_the_chosen_place_and_is_marked_and_on_the_map() {
        int start = TEXT.indexOf("Ghat");
        // the browser's selection may take the blank space around a word: it is trimmed
        assertThat(reader().selection().select(start - 1, start + 5, " Ghat ")).isTrue();
        assertThat(_get(Span.class, spec -> spec.withClasses("selection-words")).getText()).isEqualTo("“Ghat”");

        _get(Button.class, spec -> spec.withClasses("add-as-place")).click();
        List<Button> choices = _find(Button.class, spec -> spec.withClasses("add-place-choice"));
        assertThat(choices).extracting(b -> b.getElement().getAttribute("data-geonameid"))
                .containsExactly(String.valueOf(GHAT));
        choices.get(0).click();

        PlacedMention ghat = articles.document(articleId).orElseThrow().mentions().stream()
                .filter(m -> m.name().equals("Ghat")).findFirst().orElseThrow();
        assertThat(ghat.start()).isEqualTo(start);
        assertThat(ghat.end()).isEqualTo(start + 4);
        assertThat(ghat.status()).isEqualTo(MentionStatus.ADDED);
        assertThat(_find(Mark.class)).extracting(Mark::getText).containsExactly("Ghat", "Tripoli");
        assertThat(reader().sidebar().map().getMarkers()).extracting(MapMarker::name).contains("Ghat");
        assertThat(_find(Button.class, spec -> spec.withClasses("add-place-choice"))).as("the dialog closed").isEmpty();
        assertThat(reader().selection().shown()).isFalse();
    }

    @Test
    void a_selection_that_overlaps_a_marked_name_is_refused_with_the_name_and_offers_no_add() {
        int start = TEXT.indexOf("before Tripoli");

        assertThat(reader().selection().select(start, start + "before Trip".length(), "before Trip")).isFalse();

        assertThat(_get(Span.class, spec -> spec.withClasses("selection-words")).getText())
                .isEqualTo("“before Trip” overlaps the place name “Tripoli”: click that name to correct it, "
                        + "or select only unmarked text.");
        assertThat(_find(Button.class, spec -> spec.withClasses("add-as-place"))).as("no visible add button").isEmpty();
        assertThat(articles.document(articleId).orElseThrow().mentions()).extracting(PlacedMention::name)
                .containsExactly("Tripoli");
    }

    @Test
    void offsets_that_do_not_match_the_stored_text_are_refused() {
        assertThat(reader().selection().select(0, 4, "Salt")).isFalse();
        assertThat(_get(Span.class, spec -> spec.withClasses("selection-words")).getText())
                .isEqualTo("This selection could not be matched to the article text.");
    }

    private static ArticleReaderView reader() {
        return _get(ArticleReaderView.class);
    }
}
