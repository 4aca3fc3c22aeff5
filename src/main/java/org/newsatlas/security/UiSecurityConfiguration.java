package org.newsatlas.security;

import org.newsatlas.map.MapProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything that is not the REST API, with security off: the Vaadin UI and its static files,
 * open to whoever reaches the port (org.newsatlas.security.ui.UiLoginConfiguration when on). Vaadin guards its own
 * requests with its CSRF token; the security headers are the same as the API's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "newsatlas.security.enabled", havingValue = "false", matchIfMissing = true)
class UiSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, MapProperties map) throws Exception {
        SecurityHeaders.apply(http, map);
        // Vaadin's own CSRF token protects its requests; Spring's would get in their way
        http.csrf(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }
}
