package org.newsatlas.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@WithStandInGeoparser
class IngestionIsAtomicIT {

    @Autowired
    IngestionService ingestion;

    @Autowired
    JdbcClient jdbc;

    @Test
    void when_the_database_refuses_a_place_nothing_of_the_article_is_left_behind() {
        // Goodtown's place and mention are stored first; then the nameless place behind Badplace breaks NOT NULL
        assertThatThrownBy(() -> ingestion.ingest(ArticleSubmission.of("Half", "Goodtown and Badplace met.")))
                .isInstanceOf(DataIntegrityViolationException.class)
                // H2 says column "NAME", PostgreSQL column "name"
                .satisfies(refused -> assertThat(refused.getMessage()).containsIgnoringCase("column \"name\""));

        assertThat(articlesTitled("Half")).isZero();
        assertThat(placesWithGeonameId(StandInGeoparser.GOODTOWN.geonameId())).isZero();
        assertThat(mentionsNamed("Goodtown")).isZero();
    }

    @Test
    void when_the_database_takes_every_place_the_article_its_place_and_its_mention_are_stored() {
        IngestionResult result = ingestion.ingest(ArticleSubmission.of("Whole", "Fineville held a fair."));

        assertThat(result.mentionCount()).isEqualTo(1);
        assertThat(articlesTitled("Whole")).isOne();
        assertThat(placesWithGeonameId(StandInGeoparser.FINEVILLE.geonameId())).isOne();
        assertThat(mentionsNamed("Fineville")).isOne();
    }

    private long articlesTitled(String title) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE title = ?").param(title).query(Long.class).single();
    }

    private long placesWithGeonameId(long geonameId) {
        return jdbc.sql("SELECT COUNT(*) FROM place WHERE geoname_id = ?").param(geonameId).query(Long.class).single();
    }

    private long mentionsNamed(String surfaceName) {
        return jdbc.sql("SELECT COUNT(*) FROM mention WHERE surface_name = ?").param(surfaceName).query(Long.class).single();
    }
}
