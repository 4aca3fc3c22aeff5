package org.newsatlas.articles.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.newsatlas.articles.Article;
import org.newsatlas.articles.ArticleEdit;
import org.newsatlas.articles.ArticleStore;

/**
 * Changes an article's title, published date and source. Only what was changed is saved, so an
 * untouched date keeps its time of day; the checks are the REST API's ({@link ArticleEdit#of}).
 */
class ArticleEditDialog extends Dialog {

    private final Article article;
    private final ArticleStore store;
    private final Runnable onSaved;
    private final TextField title = new TextField("Title");
    private final DatePicker published = new DatePicker("Published");
    private final TextField source = new TextField("Source (optional)");
    private final Paragraph error = new Paragraph();

    ArticleEditDialog(Article article, ArticleStore store, Runnable onSaved) {
        this.article = article;
        this.store = store;
        this.onSaved = onSaved;
        addClassName("edit-article-dialog");
        setHeaderTitle("Edit article");
        title.setValue(article.title());
        title.setRequired(true);
        title.setMaxLength(ArticleEdit.MAX_TITLE);
        title.setWidthFull();
        published.setValue(publishedDate());
        published.setHelperText("YYYY-MM-DD");
        source.setValue(article.source() == null ? "" : article.source());
        source.setMaxLength(ArticleEdit.MAX_SOURCE);
        source.setWidthFull();
        error.addClassName("edit-article-error");
        error.getElement().setAttribute("role", "alert");
        add(title, published, source, error);
        Button cancel = new Button("Cancel", click -> close());
        Button save = new Button("Save", click -> save());
        save.addClassName("save-article");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    TextField title() {
        return title;
    }

    DatePicker published() {
        return published;
    }

    TextField source() {
        return source;
    }

    void save() {
        if (published.isInvalid()) {
            error.setText("The published date must be a date as YYYY-MM-DD.");
            return;
        }
        if (published.getValue() == null && article.publishedAt() != null) {
            error.setText("A published date can be changed but not removed; pick a date.");
            return;
        }
        boolean dateChanged = !Objects.equals(published.getValue(), publishedDate());
        String sourceNow = article.source() == null ? "" : article.source();
        try {
            ArticleEdit edit = ArticleEdit.of(title.getValue().equals(article.title()) ? null : title.getValue(),
                    dateChanged ? published.getValue().toString() : null,
                    source.getValue().equals(sourceNow) ? null : source.getValue());
            if (!store.edit(article.id(), edit)) {
                error.setText("This article no longer exists.");
                return;
            }
        } catch (ArticleEdit.Invalid invalid) {
            error.setText(invalid.getMessage());
            return;
        }
        close();
        onSaved.run();
    }

    private LocalDate publishedDate() {
        return article.publishedAt() == null ? null : article.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
