package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class GazetteerConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(GazetteerConfiguration.class);

    @Test
    void properties_bind_and_the_loader_reads_the_configured_files() {
        context.withPropertyValues(
                        "newsatlas.gazetteer.include-bundled=false",
                        "newsatlas.gazetteer.extra-files=" + GazetteerFixture.EXTRA_LY
                                + ",classpath:gazetteer-fixture/cities500.txt.gz",
                        "newsatlas.gazetteer.demonyms-file=classpath:gazetteer-fixture/extra/demonyms-override.tsv")
                .run(started -> {
                    // the app's geoparser loads the gazetteer from the bound properties like this
                    Gazetteer gazetteer = new GazetteerLoader(started.getBean(GazetteerProperties.class)).load();
                    assertThat(gazetteer.lookup("Misrata")).hasSize(1);
                    assertThat(gazetteer.lookup("St. Louis")).hasSize(1);
                    assertThat(gazetteer.demonym("Tripolitan")).isPresent();
                    assertThat(started.getBean(GazetteerProperties.class).includeBundled()).isFalse();
                });
    }

    @Test
    void with_no_properties_the_bundled_files_are_included() {
        // Binding only: loading the real bundled gazetteer is the benchmark's job, not a unit test's.
        new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class).run(started -> {
            GazetteerProperties properties = started.getBean(GazetteerProperties.class);
            assertThat(properties.includeBundled()).isTrue();
            assertThat(properties.extraFiles()).isEmpty();
            assertThat(properties.demonymsFile()).isNull();
        });
    }

    @EnableConfigurationProperties(GazetteerProperties.class)
    static class PropertiesOnly {
    }
}
