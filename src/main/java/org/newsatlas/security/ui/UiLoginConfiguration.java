package org.newsatlas.security.ui;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.DispatcherType;
import org.newsatlas.map.MapProperties;
import org.newsatlas.security.Permissions;
import org.newsatlas.security.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * The UI with {@code newsatlas.security.enabled}: every view needs a login (the login page
 * itself excepted); Vaadin checks each view's access annotation and guards its requests with its
 * own CSRF token. Writing in the UI is for editors ({@link Permissions}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "newsatlas.security.enabled", havingValue = "true")
class UiLoginConfiguration extends VaadinWebSecurity {

    private final MapProperties map;

    UiLoginConfiguration(MapProperties map) {
        this.map = map;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        SecurityHeaders.apply(http, map);
        // an API error (401, 403) is rendered on an error dispatch, which must not be sent to the login page
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class, "/");
    }
}
