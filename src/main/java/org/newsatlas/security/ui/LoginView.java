package org.newsatlas.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The login page, shown only when {@code newsatlas.security.enabled} is on. */
@Route("login")
@PageTitle("Log in · NewsAtlas")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        LoginI18n texts = LoginI18n.createDefault();
        texts.getErrorMessage().setTitle("Wrong user name or password");
        texts.getErrorMessage().setMessage("Check them and try again; ask whoever runs NewsAtlas for an account.");
        form.setI18n(texts);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1("NewsAtlas"), new Paragraph("Log in to see the map of the news."), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
