package org.newsatlas.corrections;

import java.util.Locale;
import java.util.Optional;

/** Which mentions a correction changes. */
public enum Scope {
    /** The one mention. */
    MENTION,
    /** Every mention of that name in the mention's article (the default). */
    ARTICLE,
    /** Every article, as a rule kept for articles stored later (optionally for one source only). */
    EVERYWHERE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Scope> fromKey(String key) {
        for (Scope scope : values()) {
            if (scope.key().equals(key)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
