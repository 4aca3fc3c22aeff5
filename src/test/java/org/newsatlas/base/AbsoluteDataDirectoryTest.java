package org.newsatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class AbsoluteDataDirectoryTest {

    private static final Path WORKING_DIRECTORY = Path.of("").toAbsolutePath();

    @Test
    void a_relative_data_directory_becomes_the_folder_under_the_working_directory() {
        assertThat(dataDirectoryAfterProcessing("data")).isEqualTo(WORKING_DIRECTORY.resolve("data").toString());
        assertThat(dataDirectoryAfterProcessing("./data")).isEqualTo(WORKING_DIRECTORY.resolve("data").toString());
    }

    @Test
    void an_absolute_data_directory_stays_as_it_is() {
        assertThat(dataDirectoryAfterProcessing("/srv/newsatlas")).isEqualTo("/srv/newsatlas");
    }

    @Test
    void the_embedded_database_url_is_built_from_the_absolute_directory() {
        StandardEnvironment environment = environmentWith(Map.of("newsatlas.data-dir", "data",
                "spring.datasource.url", "jdbc:h2:file:${newsatlas.data-dir}/newsatlas"));

        new AbsoluteDataDirectory().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:h2:file:" + WORKING_DIRECTORY.resolve("data") + "/newsatlas");
    }

    @Test
    void without_a_data_directory_nothing_is_added() {
        StandardEnvironment environment = environmentWith(Map.of());

        new AbsoluteDataDirectory().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(AbsoluteDataDirectory.SOURCE)).isFalse();
        assertThat(environment.getProperty("newsatlas.data-dir")).isNull();
    }

    private static String dataDirectoryAfterProcessing(String value) {
        StandardEnvironment environment = environmentWith(Map.of("newsatlas.data-dir", value));
        new AbsoluteDataDirectory().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("newsatlas.data-dir");
    }

    private static StandardEnvironment environmentWith(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("given", properties));
        return environment;
    }
}
