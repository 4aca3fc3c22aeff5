package org.newsatlas.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The two people the security tests log in as: edna, an editor, and victor, a viewer. */
public final class TestUsers {

    private TestUsers() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        registry.add("newsatlas.security.users[0].name", () -> "edna");
        registry.add("newsatlas.security.users[0].password-hash", () -> bcrypt.encode("edna-secret"));
        registry.add("newsatlas.security.users[0].role", () -> "editor");
        registry.add("newsatlas.security.users[1].name", () -> "victor");
        registry.add("newsatlas.security.users[1].password-hash", () -> bcrypt.encode("victor-secret"));
        registry.add("newsatlas.security.users[1].role", () -> "viewer");
    }
}
