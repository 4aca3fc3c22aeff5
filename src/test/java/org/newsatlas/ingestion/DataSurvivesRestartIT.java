package org.newsatlas.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.Application;
import org.newsatlas.articles.ArticleDocument;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.base.VaadinLeftOut;
import org.newsatlas.geoparser.TestGeoparserConfiguration;
import org.newsatlas.places.PlaceQueries;
import org.newsatlas.places.PlaceSummary;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class DataSurvivesRestartIT {

    @TempDir
    Path dataDir;

    /** Storage only: no web server, so Vaadin and Hilla (which need a servlet context) stay out. */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class, TestGeoparserConfiguration.class)
                .web(WebApplicationType.NONE)
                .run("--newsatlas.data-dir=" + dataDir, "--spring.main.banner-mode=off",
                        VaadinLeftOut.excludeArgument());
    }

    @Test
    void articles_and_places_are_still_there_after_a_restart_and_the_sample_is_loaded_only_once() {
        long articleId;
        try (ConfigurableApplicationContext first = start()) {
            assertThat(first.getBean(ArticleQueries.class).count()).as("the sample on a new database").isEqualTo(1);
            articleId = first.getBean(IngestionService.class)
                    .ingest(ArticleSubmission.of("Restart", "Ferries reached Carthage. Tunisia celebrated."))
                    .articleId();
        }

        try (ConfigurableApplicationContext second = start()) {
            ArticleQueries articles = second.getBean(ArticleQueries.class);
            assertThat(articles.count()).isEqualTo(2);
            ArticleDocument document = articles.document(articleId).orElseThrow();
            assertThat(document.article().title()).isEqualTo("Restart");
            assertThat(document.mentions()).hasSize(2);
            assertThat(second.getBean(PlaceQueries.class).mapPlaces())
                    .extracting(PlaceSummary::name).contains("Carthage", "Tunisia", "Tripoli");
        }
        assertThat(dataDir.resolve("newsatlas.mv.db")).exists();
    }
}
