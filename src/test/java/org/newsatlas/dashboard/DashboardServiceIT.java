package org.newsatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsatlas.NewsAtlasTest;
import org.newsatlas.ingestion.ArticleSubmission;
import org.newsatlas.ingestion.IngestionResult;
import org.newsatlas.ingestion.IngestionService;
import org.springframework.beans.factory.annotation.Autowired;

@NewsAtlasTest
class DashboardServiceIT {

    @Autowired
    IngestionService ingestion;

    @Autowired
    DashboardService dashboard;

    @Test
    void an_article_is_on_the_dashboard_as_soon_as_it_is_stored() {
        long before = dashboard.totals(DashboardFilter.NONE).articles();
        IngestionResult added = ingestion.ingest(new ArticleSubmission("Dashboard test",
                "Fighting near Tripoli and Sirte continued on Sunday, zyxquartz reported.",
                Instant.parse("2021-06-06T08:00:00Z"), "Dashboard Wire"));

        assertThat(dashboard.totals(DashboardFilter.NONE).articles()).isEqualTo(before + 1);
        DashboardFilter byWord = new FilterBuilder().query("zyxquartz").build();
        assertThat(dashboard.articles(byWord, 0, 10).items()).singleElement()
                .satisfies(row -> {
                    assertThat(row.id()).isEqualTo(added.articleId());
                    assertThat(row.source()).isEqualTo("Dashboard Wire");
                    assertThat(row.day()).hasToString("2021-06-06");
                });
        assertThat(dashboard.places(byWord)).extracting(p -> p.place().name()).containsExactlyInAnyOrder("Tripoli", "Sirte");
        assertThat(dashboard.countries(byWord)).singleElement()
                .satisfies(country -> assertThat(country.name()).isEqualTo("Libya"));
        assertThat(dashboard.sources()).containsKey("Dashboard Wire");
    }

    @Test
    void a_filter_that_matches_nothing_counts_nothing() {
        DashboardFilter nowhere = new FilterBuilder().countries(Set.of("AQ")).build();
        assertThat(dashboard.totals(nowhere)).isEqualTo(new Totals(0, 0, 0));
        assertThat(dashboard.places(nowhere)).isEmpty();
    }
}
