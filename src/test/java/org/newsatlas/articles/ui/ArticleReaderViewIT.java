package org.newsatlas.articles.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.KaribuSupport;
import org.newsatlas.NewsAtlasTest;
import org.newsatlas.articles.ArticleDocument;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.base.ui.Mark;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.IngestionService;
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
        assertThat(reader.placeList().getListDataView().getItems().map(p -> p.name()))
                .containsExactly("Tripoli", "Sirte", "Tunisia");
        assertThat(reader.map().getMarkers()).hasSize(3);
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
        assertThat(reader.placeList().getValue().id()).isEqualTo(sirteId);
        assertThat(reader.map().getSelectedPlaceId()).contains(sirteId);
        assertThat(sirte.getClassNames()).contains("selected");
        assertThat(_get(RouterLink.class, spec -> spec.withClasses("world-map-link")).getHref()).isEqualTo("?place=" + sirteId);
    }

    @Test
    void an_unknown_article_says_so() {
        UI.getCurrent().navigate("articles/987654");

        assertThat(_get(H1.class, spec -> spec.withText("Article not found"))).isNotNull();
        assertThat(_find(Mark.class)).isEmpty();
    }
}
