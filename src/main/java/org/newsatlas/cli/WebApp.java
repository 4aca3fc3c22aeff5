package org.newsatlas.cli;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the web app in this JVM. The entry point hands it over, so that a command that needs the
 * running app (the dashboard benchmark) starts it without the command line depending on the
 * entry point, which depends on the command line.
 */
@FunctionalInterface
public interface WebApp {

    /** For tests and usage text: commands that need the app fail with a message. */
    WebApp UNAVAILABLE = args -> {
        throw new IllegalStateException("the web app cannot be started from here");
    };

    /** The started app; Spring Boot's command-line arguments ({@code --server.port=0}). */
    ConfigurableApplicationContext start(String... args);
}
