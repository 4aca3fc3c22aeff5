package org.newsatlas.articles.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.KaribuSupport;
import org.newsatlas.NewsAtlasTest;
import org.newsatlas.articles.Article;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.articles.ArticleStore;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.dashboard.DashboardService;
import org.newsatlas.dashboard.FilterParameters;
import org.newsatlas.dashboard.Totals;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.IngestionService;
import org.springframework.beans.factory.annotation.Autowired;

/** Editing and deleting an article from the reader. */
@NewsAtlasTest
class ArticleEditingIT extends KaribuSupport {

    @Autowired
    IngestionService ingestion;

    @Autowired
    ArticleQueries articles;

    @Autowired
    DashboardService dashboard;

    @Autowired
    ArticleStore store;

    private final List<Long> stored = new ArrayList<>();

    /** The context's database is shared: articles left behind would show in other tests' totals. */
    @AfterEach
    void deleteStoredArticles() {
        stored.forEach(store::delete);
    }

    @Test
    void edit_changes_title_date_and_source_and_the_reader_shows_them() {
        long id = store("Old headline", "Edit Desk", "Ships reached Sirte at noon (edit desk).");
        Navigation.openArticle(id, null);

        _click(_get(Button.class, spec -> spec.withClasses("edit-article")));
        ArticleEditDialog dialog = _get(ArticleEditDialog.class);
        dialog.title().setValue("New headline");
        dialog.published().setValue(LocalDate.of(2021, 5, 6));
        dialog.source().setValue("Edit Desk 2");
        _click(_get(Button.class, spec -> spec.withClasses("save-article")));

        Article edited = articles.article(id).orElseThrow();
        assertThat(edited.title()).isEqualTo("New headline");
        assertThat(edited.publishedAt()).hasToString("2021-05-06T00:00:00Z");
        assertThat(edited.source()).isEqualTo("Edit Desk 2");
        assertThat(_get(H1.class, spec -> spec.withClasses("article-title")).getText()).isEqualTo("New headline");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("article-meta")).getText())
                .contains("2021-05-06").contains("Edit Desk 2");
        assertThat(_find(ArticleEditDialog.class)).isEmpty();
    }

    @Test
    void an_empty_title_is_refused_with_a_message_and_nothing_changes() {
        long id = store("Kept headline", "Edit Desk 3", "Ships reached Sirte at dusk (edit desk three).");
        Navigation.openArticle(id, null);

        _click(_get(Button.class, spec -> spec.withClasses("edit-article")));
        ArticleEditDialog dialog = _get(ArticleEditDialog.class);
        dialog.title().setValue("   ");
        _click(_get(Button.class, spec -> spec.withClasses("save-article")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("edit-article-error")).getText())
                .contains("A title is 1 to 300 characters");
        assertThat(articles.article(id).orElseThrow().title()).isEqualTo("Kept headline");
        assertThat(_find(ArticleEditDialog.class)).hasSize(1);
    }

    @Test
    void delete_asks_naming_the_article_then_it_is_gone_and_its_mentions_leave_the_counts() {
        long id = store("Doomed report", "Delete Desk", "Tunisia and Algeria met in Carthage (delete desk).");
        Map<String, List<String>> fromDesk = Map.of("source", List.of("Delete Desk"));
        Totals before = dashboard.totals(FilterParameters.parse(fromDesk));
        assertThat(before.mentions()).isEqualTo(3);
        Navigation.openArticle(id, null);

        _click(_get(Button.class, spec -> spec.withClasses("delete-article")));
        assertThat(articles.article(id)).isPresent();
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class,
                spec -> spec.withClasses("delete-article-dialog")).getHeaderTitle())
                .isEqualTo("Delete “Doomed report”?");
        _click(_get(Button.class, spec -> spec.withClasses("confirm-delete")));

        assertThat(articles.article(id)).isEmpty();
        Totals after = dashboard.totals(FilterParameters.parse(fromDesk));
        assertThat(after.articles()).isZero();
        assertThat(after.mentions()).isZero();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();
        expectNotifications("Deleted “Doomed report”.");
    }

    private long store(String title, String source, String text) {
        long id = ingestion.ingest(new ArticleSubmission(title, text, null, source)).articleId();
        stored.add(id);
        return id;
    }
}
