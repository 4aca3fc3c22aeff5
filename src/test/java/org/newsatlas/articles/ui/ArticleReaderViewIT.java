package org.newsatlas.articles.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.KaribuSupport;
import org.newsatlas.NewsAtlasTest;
import org.newsatlas.articles.ArticleDocument;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.base.ui.Mark;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.base.ui.NotFoundPage;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.IngestionService;
import org.newsatlas.map.PlaceMap;
import org.springframework.beans.factory.annotation.Autowired;

@NewsAtlasTest
class ArticleReaderViewIT extends KaribuSupport {

    private static final String TEXT = "Delegates left Tripoli early. The road to Sirte was closed. "
            + "<b>Not bold</b> in Tunisia. Tripoli answered.";

    @Autowired
    IngestionService ingestion;

    @Autowired
    ArticleQueries articles;

    private ArticleDocument document;

    @BeforeEach
    void storeArticle() {
        long id = ingestion.ingest(ArticleSubmission.of("Reader test", TEXT)).articleId();
        document = articles.document(id).orElseThrow();
    }

    @Test
    void every_mention_is_a_mark_carrying_its_place_id() {
        Navigation.openArticle(document.article().id(), null);

        List<Mark> marks = _find(Mark.class);
        assertThat(marks).extracting(Mark::getText).containsExactly("Tripoli", "Sirte", "Tunisia", "Tripoli");
        assertThat(marks).extracting(mark -> Long.valueOf(mark.getElement().getAttribute("data-place-id")))
                .containsExactlyElementsOf(document.mentions().stream().map(m -> m.placeId()).toList());
        assertThat(_get(H1.class, spec -> spec.withText("Reader test"))).isNotNull();
    }

    @Test
    void the_places_of_the_article_are_listed_beside_it() {
        Navigation.openArticle(document.article().id(), null);

        ArticleReaderView reader = _get(ArticleReaderView.class);
        assertThat(reader.sidebar().placeList().getListDataView().getItems().map(p -> p.name()))
                .containsExactly("Tripoli", "Sirte", "Tunisia");
        assertThat(reader.sidebar().map().getMarkers()).hasSize(3);
    }

    @Test
    void markup_in_the_text_stays_text() {
        Navigation.openArticle(document.article().id(), null);

        String shown = _get(ArticleReaderView.class).getElement().getTextRecursively();
        assertThat(shown).contains("<b>Not bold</b> in Tunisia.");
    }

    @Test
    void the_sentence_asked_for_is_marked_as_focused() {
        int sirteSentence = document.mentions().get(1).sentenceStart();

        Navigation.openArticle(document.article().id(), sirteSentence);

        Span focused = _get(Span.class, spec -> spec.withClasses("focused"));
        assertThat(focused.getId()).contains("s-" + sirteSentence);
        assertThat(focused.getElement().getTextRecursively()).isEqualTo("The road to Sirte was closed.");
    }

    @Test
    void clicking_a_name_selects_its_place_in_the_list_and_on_the_map() {
        Navigation.openArticle(document.article().id(), null);
        ArticleReaderView reader = _get(ArticleReaderView.class);
        Mark sirte = _get(Mark.class, spec -> spec.withText("Sirte"));

        _click(sirte);

        long sirteId = Long.parseLong(sirte.getElement().getAttribute("data-place-id"));
        assertThat(reader.sidebar().placeList().getValue().id()).isEqualTo(sirteId);
        assertThat(reader.sidebar().map().getSelectedPlaceId()).contains(sirteId);
        assertThat(sirte.getClassNames()).contains("selected");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("world-map-link")).getHref()).isEqualTo("?selected=" + sirteId);
        assertThat(_get(Anchor.class, spec -> spec.withClasses("place-page-link")).getHref()).isEqualTo("places/" + sirteId);
    }

    @Test
    void an_unknown_article_says_so_in_words_with_a_way_back() {
        UI.getCurrent().navigate("articles/987654");

        assertThat(_get(H1.class, spec -> spec.withText("Article not found"))).isNotNull();
        assertThat(_get(NotFoundPage.class).getElement().getTextRecursively())
                .contains("There is no article with id 987654.");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("way-back")).getHref()).isEqualTo(".");
        assertThat(_find(Mark.class)).isEmpty();
    }

    @Test
    void an_article_id_that_is_not_a_number_says_so_without_exception_text() {
        UI.getCurrent().navigate("articles/abc");

        String shown = _get(NotFoundPage.class).getElement().getTextRecursively();
        assertThat(shown).contains("Article not found").contains("“abc” is not an article id")
                .doesNotContain("Exception").doesNotContain("NumberFormat");
    }

    @Test
    void the_hits_of_a_search_are_marked_apart_from_the_names() {
        Navigation.openArticle(document.article().id(), null, "road closed");

        List<Mark> hits = _find(Mark.class, spec -> spec.withClasses("search-hit"));
        assertThat(hits).extracting(Mark::getText).containsExactly("road", "closed");
        assertThat(hits).allSatisfy(hit -> assertThat(hit.getClassNames()).doesNotContain("place-name"));
        assertThat(_find(Mark.class, spec -> spec.withClasses("place-name"))).extracting(Mark::getText)
                .containsExactly("Tripoli", "Sirte", "Tunisia", "Tripoli");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("article-meta")).getText())
                .contains("2 hits for “road closed”");
    }

    @Test
    void without_a_search_nothing_is_marked_as_a_hit() {
        Navigation.openArticle(document.article().id(), null);

        assertThat(_find(Mark.class, spec -> spec.withClasses("search-hit"))).isEmpty();
        assertThat(_find(Mark.class, spec -> spec.withClasses("place-name"))).hasSize(4);
    }

    @Test
    void names_and_sentences_take_the_keyboard_focus() {
        Navigation.openArticle(document.article().id(), null);

        assertThat(_find(Mark.class, spec -> spec.withClasses("place-name")))
                .allSatisfy(mark -> assertThat(mark.getElement().getAttribute("tabindex")).isEqualTo("0"));
        assertThat(_find(Span.class, spec -> spec.withClasses("sentence")))
                .isNotEmpty()
                .allSatisfy(sentence -> assertThat(sentence.getElement().getAttribute("tabindex")).isEqualTo("0"));
    }

    @Test
    void an_article_without_places_says_so_and_shows_no_map() {
        long id = ingestion.ingest(ArticleSubmission.of("Nowhere in particular",
                "The committee met again and adjourned without a vote.")).articleId();

        Navigation.openArticle(id, null);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("no-places")).getText()).contains("No places");
        assertThat(_find(PlaceMap.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("article-meta")).getText()).contains("no place mentions");
    }

    @Test
    void an_article_with_places_shows_its_map() {
        Navigation.openArticle(document.article().id(), null);

        assertThat(_find(PlaceMap.class)).hasSize(1);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("no-places"))).isEmpty();
    }
}
