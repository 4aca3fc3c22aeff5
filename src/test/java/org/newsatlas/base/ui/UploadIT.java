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
import org.newsatlas.places.ui.MapView;
import org.springframework.beans.factory.annotation.Autowired;

@NewsAtlasTest
class UploadIT extends KaribuSupport {

    @Autowired
    ArticleQueries articles;

    @BeforeEach
    void openUploadDialog() {
        UI.getCurrent().navigate(MapView.class);
        _click(_get(Button.class, spec -> spec.withText("Add article")));
    }

    @Test
    void uploading_empty_text_shows_an_error_and_stores_nothing() {
        long before = articles.count();

        _click(_get(Button.class, spec -> spec.withText("Add to map")));

        expectNotifications("The article has no text.");
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void pasted_text_is_stored_and_its_places_appear_on_the_map() {
        long before = articles.count();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title (optional)")), "Pasted");
        _setValue(_get(TextArea.class), "Morocco and Algeria reopened a border crossing. Talks went on.");

        _click(_get(Button.class, spec -> spec.withText("Add to map")));

        assertThat(articles.count()).isEqualTo(before + 1);
        assertThat(getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text", "")
                + n.getElement().getTextRecursively()).contains("Pasted"));
        assertThat(_get(MapView.class)).isNotNull();
    }

    @Test
    void pasting_a_stored_text_again_opens_the_existing_article() {
        String text = "Carthage drew visitors from Tunisia. Nothing else happened.";
        _setValue(_get(TextArea.class), text);
        _click(_get(Button.class, spec -> spec.withText("Add to map")));
        long count = articles.count();

        _click(_get(Button.class, spec -> spec.withText("Add article")));
        _setValue(_get(TextArea.class), text);
        _click(_get(Button.class, spec -> spec.withText("Add to map")));

        assertThat(articles.count()).isEqualTo(count);
        assertThat(_get(ArticleReaderView.class)).isNotNull();
    }
}
