package org.newsatlas.base;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code newsatlas.data-dir} absolute before anything reads it. The embedded database refuses
 * a path "implicitly relative to the current working directory", so {@code --newsatlas.data-dir=data}
 * (or {@code import --data-dir data}) stopped the start with H2's error; a relative directory now
 * means the same folder under the working directory as {@code ./data} always did.
 */
public final class AbsoluteDataDirectory implements EnvironmentPostProcessor {

    static final String PROPERTY = "newsatlas.data-dir";
    static final String SOURCE = "newsatlasAbsoluteDataDirectory";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String value = environment.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return;
        }
        String absolute = absolute(value);
        if (!absolute.equals(value)) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(PROPERTY, absolute)));
        }
    }

    static String absolute(String directory) {
        return Path.of(directory).toAbsolutePath().normalize().toString();
    }
}
