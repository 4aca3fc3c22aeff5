package org.newsatlas.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouterLink;
import org.newsatlas.ingestion.IngestionProperties;
import org.newsatlas.ingestion.IngestionResult;
import org.newsatlas.ingestion.IngestionService;
import org.newsatlas.ingestion.ui.UploadDialog;

/** The app shell: title and navigation on top, the view, and the data credits at the bottom. */
@CssImport("./styles/newsatlas.css")
public class MainLayout extends AppLayout {

    static final String CREDITS = "Place data © GeoNames (CC BY 4.0) · Outlines © Natural Earth";

    private final IngestionService ingestion;
    private final IngestionProperties limits;
    private final Div content = new Div();

    MainLayout(IngestionService ingestion, IngestionProperties limits) {
        this.ingestion = ingestion;
        this.limits = limits;
        H1 title = new H1("NewsAtlas");
        title.addClassName("app-title");
        RouterLink map = Navigation.link("Map", Navigation.MAP);
        map.addClassName("nav-link");
        Button upload = new Button("Add article", VaadinIcon.UPLOAD.create(), click -> openUpload());
        upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        upload.addClassName("upload-button");
        Div navbar = new Div(title, map, upload);
        navbar.addClassName("app-navbar");
        addToNavbar(navbar);

        Footer footer = new Footer();
        footer.setText(CREDITS);
        footer.addClassName("app-credits");
        content.addClassName("app-content");
        Div page = new Div(content, footer);
        page.addClassName("app-page");
        setContent(page);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.getElement().removeAllChildren();
    }

    void openUpload() {
        new UploadDialog(ingestion, limits, this::stored).open();
    }

    private void stored(IngestionResult result) {
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

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
