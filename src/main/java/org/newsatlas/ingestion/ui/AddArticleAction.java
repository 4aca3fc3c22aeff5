package org.newsatlas.ingestion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import org.newsatlas.base.ui.AddDialogSection;
import org.newsatlas.base.ui.ArticleAddedObserver;
import org.newsatlas.base.ui.Navigation;
import org.newsatlas.base.ui.ShellAction;
import org.newsatlas.ingestion.IngestionProperties;
import org.newsatlas.ingestion.IngestionResult;
import org.newsatlas.ingestion.IngestionService;
import org.newsatlas.security.Permissions;

/** The "Add article" button in the top bar, and what happens once an article is stored. */
@org.springframework.stereotype.Component
class AddArticleAction implements ShellAction {

    private final IngestionService ingestion;
    private final IngestionProperties limits;
    private final Permissions permissions;
    private final List<AddDialogSection> sections;

    AddArticleAction(IngestionService ingestion, IngestionProperties limits, Permissions permissions,
                     List<AddDialogSection> sections) {
        this.ingestion = ingestion;
        this.limits = limits;
        this.permissions = permissions;
        this.sections = sections;
    }

    @Override
    public Component create() {
        Button upload = new Button("Add article", VaadinIcon.UPLOAD.create(),
                click -> new UploadDialog(ingestion, limits, AddArticleAction::stored, sections,
                        AddArticleAction::refreshView).open());
        upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        upload.addClassName("upload-button");
        // a viewer's shell has no button to press; Vaadin ignores events of hidden components
        upload.setVisible(permissions.mayWrite());
        return upload;
    }

    private static void stored(IngestionResult result) {
        if (result.duplicate()) {
            notify("This article is already stored; here it is.", NotificationVariant.LUMO_CONTRAST);
            Navigation.openArticle(result.articleId(), null);
            return;
        }
        notify("Added “%s”: %d mention%s of %d place%s.".formatted(result.title(),
                result.mentionCount(), result.mentionCount() == 1 ? "" : "s",
                result.placeCount(), result.placeCount() == 1 ? "" : "s"), NotificationVariant.LUMO_SUCCESS);
        if (UI.getCurrent().getCurrentView() instanceof ArticleAddedObserver view) {
            view.articleAdded();
        } else {
            Navigation.openMap();
        }
    }

    /** Articles arrived some other way (a feed fetched from the dialog): the view behind it shows them. */
    private static void refreshView() {
        if (UI.getCurrent().getCurrentView() instanceof ArticleAddedObserver view) {
            view.articleAdded();
        }
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
