package org.newsatlas.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may write. Off by default: one person on their own machine. When on, users come from
 * configuration ({@code newsatlas.security.users[0].name}, {@code .password-hash} as bcrypt,
 * {@code .role} viewer or editor); with no users configured, an editor {@code admin} is created
 * from the environment variable {@code NEWSATLAS_ADMIN_PASSWORD}.
 */
@ConfigurationProperties("newsatlas.security")
record SecurityProperties(@DefaultValue("false") boolean enabled, @DefaultValue List<User> users) {

    record User(String name, String passwordHash, @DefaultValue("viewer") String role) {
    }
}
