package org.newsatlas.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A view that failed to open: the cause goes to the log, the person gets an apology and a way back. */
@ParentLayout(MainLayout.class)
@PageTitle("Something went wrong · NewsAtlas")
public class ErrorPage extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorPage.class);

    public ErrorPage() {
        addClassName("message-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Could not open /{}", event.getLocation().getPathWithQueryParameters(), parameter.getCaughtException());
        removeAll();
        add(new H1("Something went wrong"),
                new Paragraph("This page could not be opened. The problem has been logged; please try again."),
                MessagePages.wayBack());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
