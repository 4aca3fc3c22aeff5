package org.newsatlas.articles.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.newsatlas.articles.Article;
import org.newsatlas.articles.ArticleStore;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.security.Permissions;

/**
 * "Edit" and "Delete" for the article in the reader, for editors (everyone, with logins off):
 * viewers do not see them. Edits and deletes go through {@link ArticleStore}, as the REST API's do,
 * so the dashboard's counts follow.
 */
@SpringComponent
class ArticleEditing {

    private final ArticleStore store;
    private final Permissions permissions;

    ArticleEditing(ArticleStore store, Permissions permissions) {
        this.store = store;
        this.permissions = permissions;
    }

    /** The two buttons, or nothing for a viewer; {@code onEdited} redraws the reader. */
    Component actions(Article article, Runnable onEdited) {
        Div actions = new Div();
        actions.addClassName("article-actions");
        if (!permissions.mayWrite()) {
            actions.setVisible(false);
            return actions;
        }
        Button edit = new Button("Edit", click -> new ArticleEditDialog(article, store, onEdited).open());
        edit.addClassName("edit-article");
        Button delete = new Button("Delete", click -> confirmDelete(article));
        delete.addClassName("delete-article");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(edit, delete);
        actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)");
        return actions;
    }

    private void confirmDelete(Article article) {
        Dialog dialog = new Dialog();
        dialog.addClassName("delete-article-dialog");
        dialog.setHeaderTitle("Delete “" + article.title() + "”?");
        dialog.add(new Paragraph("The article and its place mentions go; the map and every count follow. "
                + "This cannot be undone."));
        Button cancel = new Button("Cancel", click -> dialog.close());
        Button delete = new Button("Delete article", click -> {
            dialog.close();
            boolean deleted = store.delete(article.id());
            Navigation.openMap();
            Notification.show(deleted ? "Deleted “" + article.title() + "”." : "That article was already deleted.",
                    5000, Notification.Position.BOTTOM_START);
        });
        delete.addClassName("confirm-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, delete);
        dialog.open();
        cancel.focus();
    }
}
