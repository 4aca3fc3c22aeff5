package org.newsatlas.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What an unknown address or a missing article or place shows: a sentence a person can read and
 * a way back, never the router's own words.
 */
@ParentLayout(MainLayout.class)
public class NotFoundPage extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private String title = "Page not found";

    public NotFoundPage() {
        addClassName("message-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        String message;
        if (parameter.getException() instanceof MissingPage missing) {
            title = missing.title();
            message = missing.getMessage();
        } else {
            title = "Page not found";
            message = "There is no page at /" + event.getLocation().getPath() + ".";
        }
        H1 heading = new H1(title);
        add(heading, new Paragraph(message), MessagePages.wayBack());
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return title + " · NewsAtlas";
    }
}
