package org.newsatlas.security;

import org.newsatlas.map.MapProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The REST API's security: no cross-site writes and the security headers always; with
 * {@code newsatlas.security.enabled}, HTTP Basic with viewers reading and editors writing
 * (401 without credentials, 403 for a viewer who writes). The UI's chain is in
 * {@link UiSecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
class WebSecurityConfiguration {

    public static final String VIEWER = "VIEWER";
    public static final String EDITOR = "EDITOR";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SecurityProperties security, MapProperties map) throws Exception {
        http.securityMatcher("/api/**")
                // writes need a same-site origin instead (CrossSiteWriteFilter): tokens would break curl
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new CrossSiteWriteFilter(), BasicAuthenticationFilter.class);
        SecurityHeaders.apply(http, map);
        if (security.enabled()) {
            http.httpBasic(Customizer.withDefaults())
                    .authorizeHttpRequests(requests -> requests
                            .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(VIEWER, EDITOR)
                            .requestMatchers(HttpMethod.HEAD, "/api/**").hasAnyRole(VIEWER, EDITOR)
                            .anyRequest().hasRole(EDITOR));
        } else {
            http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        }
        return http.build();
    }
}
