package org.newsatlas.security;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the person behind the current request may do. With security off (one person on their own
 * machine) everyone may write; with it on, only editors.
 */
@Component
public class Permissions {

    private static final String EDITOR_AUTHORITY = "ROLE_" + WebSecurityConfiguration.EDITOR;

    private final boolean securityEnabled;

    public Permissions(@Value("${newsatlas.security.enabled:false}") boolean securityEnabled) {
        this.securityEnabled = securityEnabled;
    }

    public boolean securityEnabled() {
        return securityEnabled;
    }

    /** May upload, import, correct and delete. */
    public boolean mayWrite() {
        if (!securityEnabled) {
            return true;
        }
        return authentication().stream()
                .flatMap(authentication -> authentication.getAuthorities().stream())
                .map(GrantedAuthority::getAuthority)
                .anyMatch(EDITOR_AUTHORITY::equals);
    }

    /** The logged-in person's name, when security is on and someone is logged in. */
    public Optional<String> userName() {
        return securityEnabled ? authentication().map(Authentication::getName) : Optional.empty();
    }

    private static Optional<Authentication> authentication() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated)
                .filter(authentication -> !"anonymousUser".equals(authentication.getPrincipal()));
    }
}
