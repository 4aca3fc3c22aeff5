package org.newsatlas.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.geoparser.Geoparser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Gives a new installation something to look at: the bundled sample, when there are no articles
 * (unless {@code newsatlas.ingestion.sample-article=false}).
 */
@Component
class SampleArticleLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleArticleLoader.class);
    static final String SAMPLE = "sample/libya-talks.txt";

    private final ArticleQueries articles;
    private final IngestionService ingestion;
    private final IngestionProperties properties;
    private final Geoparser geoparser;

    SampleArticleLoader(ArticleQueries articles, IngestionService ingestion, IngestionProperties properties,
                        Geoparser geoparser) {
        this.articles = articles;
        this.ingestion = ingestion;
        this.properties = properties;
        this.geoparser = geoparser;
    }

    @Override
    public void run(ApplicationArguments args) {
        // after start-up the geoparser loads in the background: the sample follows it there
        geoparser.whenReady(this::loadSample);
    }

    void loadSample() {
        if (!properties.sampleArticle() || articles.count() > 0) {
            return;
        }
        try {
            String text;
            try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            IngestionResult result = ingestion.ingest(new ArticleSubmission(null, text, null, "bundled sample"));
            log.info("Loaded the sample article '{}' with {} place mentions", result.title(), result.mentionCount());
        } catch (IOException | RuntimeException e) {
            // the app is still useful without its sample; people can upload their own articles
            log.warn("Could not load the sample article", e);
        }
    }
}
