package org.newsatlas;

import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.springframework.boot.SpringApplication;

/**
 * Runs the app with the dictionary geoparser, for trying the UI without the gazetteer:
 * {@code ./mvnw spring-boot:test-run}.
 */
public class TestApplication {

    public static void main(String[] args) {
        SpringApplication.from(Application::main).with(TestGeoparserConfiguration.class).run(args);
    }
}
