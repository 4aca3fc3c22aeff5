package org.newsatlas.dashboard.ui;

import java.util.Locale;
import java.util.Optional;

/** The lists beside the map: the selected place, the places table, the article list. */
enum DashboardTab {
    PLACE("Place"), PLACES("Places"), ARTICLES("Articles");

    private final String label;

    DashboardTab(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<DashboardTab> fromKey(String key) {
        for (DashboardTab tab : values()) {
            if (tab.key().equals(key)) {
                return Optional.of(tab);
            }
        }
        return Optional.empty();
    }
}
