package org.newsatlas.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.newsatlas.base.ui.ShellAction;
import org.newsatlas.security.Permissions;
import org.springframework.beans.factory.ObjectProvider;

/** Who is logged in and a way out, in the top bar; nothing while security is off. */
@org.springframework.stereotype.Component
class LogOutAction implements ShellAction {

    private final Permissions permissions;
    private final ObjectProvider<AuthenticationContext> authentication;

    LogOutAction(Permissions permissions, ObjectProvider<AuthenticationContext> authentication) {
        this.permissions = permissions;
        this.authentication = authentication;
    }

    @Override
    public Component create() {
        Span user = new Span();
        user.addClassName("logged-in-user");
        permissions.userName().ifPresentOrElse(name -> {
            Button logOut = new Button("Log out", VaadinIcon.SIGN_OUT.create(),
                    click -> authentication.ifAvailable(AuthenticationContext::logout));
            logOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logOut.addClassName("log-out-button");
            user.add(new Span(name + (permissions.mayWrite() ? " (editor)" : " (viewer)")), logOut);
        }, () -> user.setVisible(false));
        return user;
    }
}
