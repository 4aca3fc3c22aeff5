package org.newsatlas.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/**
 * The app shell: title and navigation on top, the view, and the data credits at the bottom.
 *
 * <p>{@code @Uses}: the production bundle holds only the web components its scan reaches from routes,
 * and the shell's actions (the add dialog) are Spring beans it cannot see; without these the dialog,
 * its text area, upload, the feed row and the bulk import's progress bar are undefined elements in the browser.
 */
@CssImport("./styles/newsatlas.css")
@Uses(Dialog.class)
@Uses(TextArea.class)
@Uses(Upload.class)
@Uses(HorizontalLayout.class)
@Uses(ProgressBar.class)
public class MainLayout extends AppLayout {

    static final String CREDITS = "Place data © GeoNames (CC BY 4.0) · Outlines © Natural Earth";

    private final Div content = new Div();

    MainLayout(List<ShellAction> actions) {
        H1 title = new H1("NewsAtlas");
        title.addClassName("app-title");
        RouterLink map = Navigation.link("Map", Navigation.MAP);
        map.addClassName("nav-link");
        RouterLink review = Navigation.link("Review", Navigation.REVIEW);
        review.addClassName("nav-link");
        RouterLink imports = Navigation.link("Imports", Navigation.IMPORTS);
        imports.addClassName("nav-link");
        Div navbar = new Div(title, map, review, imports);
        actions.forEach(action -> navbar.add(action.create()));
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
}
