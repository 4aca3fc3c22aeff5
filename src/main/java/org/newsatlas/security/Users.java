package org.newsatlas.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The people who may log in, from configuration; none while security is off. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class Users {

    private static final Logger log = LoggerFactory.getLogger(Users.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(SecurityProperties security, PasswordEncoder encoder,
                             @Value("${NEWSATLAS_ADMIN_PASSWORD:}") String adminPassword) {
        List<UserDetails> users = new ArrayList<>();
        if (security.enabled()) {
            for (SecurityProperties.User user : security.users()) {
                users.add(User.withUsername(user.name()).password(user.passwordHash()).roles(role(user.role())).build());
            }
            if (users.isEmpty() && !adminPassword.isBlank()) {
                users.add(User.withUsername("admin").password(encoder.encode(adminPassword))
                        .roles(WebSecurityConfiguration.EDITOR).build());
            }
            if (users.isEmpty()) {
                log.warn("Security is on but no user is configured and NEWSATLAS_ADMIN_PASSWORD is not set: "
                        + "nobody can log in");
            }
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static String role(String role) {
        String upper = role == null ? "" : role.toUpperCase(Locale.ROOT);
        if (!upper.equals(WebSecurityConfiguration.VIEWER) && !upper.equals(WebSecurityConfiguration.EDITOR)) {
            throw new IllegalArgumentException("newsatlas.security.users: role must be viewer or editor, not " + role);
        }
        return upper;
    }
}
