package org.newsatlas.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.geoparser.GeoparsedText;
import org.newsatlas.geoparser.Geoparser;
import org.newsatlas.geoparser.ResolvedToponym;
import org.newsatlas.geoparser.RealGeoparserUnloaded;
import org.newsatlas.places.PlaceQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:newsatlas-atomic;DB_CLOSE_DELAY=-1")
@Import({RealGeoparserUnloaded.class, IngestionIsAtomicIT.BrokenSecondPlace.class})
class IngestionIsAtomicIT {

    /** Resolves two names; the second to a place the database cannot take (it has no name). */
    @TestConfiguration(proxyBeanMethods = false)
    static class BrokenSecondPlace {

        @Bean
        @Primary
        Geoparser brokenGeoparser() {
            return text -> {
                GazetteerEntry good = new GazetteerEntry(9_000_001, "Goodtown", "Goodtown", List.of(), 1, 1, "P", "PPL",
                        "LY", "", "", 10);
                GazetteerEntry broken = new GazetteerEntry(9_000_002, null, null, List.of(), 2, 2, "P", "PPL",
                        "LY", "", "", 10);
                return new GeoparsedText(text, List.of(new GeoparsedText.TextSpan(0, text.length())), List.of(
                        new ResolvedToponym(0, 8, "Goodtown", good, 1, 0, text.length(), List.of()),
                        new ResolvedToponym(13, 21, "Badplace", broken, 1, 0, text.length(), List.of())));
            };
        }
    }

    @Autowired
    IngestionService ingestion;

    @Autowired
    ArticleQueries articles;

    @Autowired
    PlaceQueries places;

    @Test
    void a_failure_while_storing_places_leaves_no_article_and_no_place_behind() {
        long articlesBefore = articles.count();

        assertThatThrownBy(() -> ingestion.ingest(ArticleSubmission.of("Half", "Goodtown and Badplace met.")))
                .isInstanceOf(RuntimeException.class);

        assertThat(articles.count()).isEqualTo(articlesBefore);
        assertThat(places.mapPlaces()).extracting(p -> p.name()).doesNotContain("Goodtown");
    }
}
