package org.newsatlas.geoparser;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Begins loading the app's geoparser once the app serves. Loading it while Spring, Tomcat, Vaadin
 * and Flyway start took the CPU from them on two cores (the first page came seconds later); an
 * article sent before this still waits for the geoparser, and begins its loading at once.
 */
@Component
class LoadingAfterStartUp {

    private final Geoparser geoparser;

    LoadingAfterStartUp(Geoparser geoparser) {
        this.geoparser = geoparser;
    }

    @EventListener(ApplicationReadyEvent.class)
    void beginLoading() {
        // a stand-in geoparser (tests, the test-run app) has nothing to load
        if (geoparser instanceof BackgroundGeoparser background) {
            background.beginLoading();
        }
    }
}
