package org.newsatlas.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsatlas.ingestion.StandInGeoparser.Surroundings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionOperations;

@WithStandInGeoparser
class GeoparsingOutsideTheTransactionIT {

    @Autowired
    IngestionService ingestion;

    @Autowired
    StandInGeoparser geoparser;

    @Autowired
    TransactionOperations transactions;

    @Test
    void the_geoparser_runs_with_no_transaction_open_and_no_connection_held() {
        IngestionResult result = ingestion.ingest(ArticleSubmission.of("Outside", "Goodtown opened a library."));

        assertThat(result.duplicate()).isFalse();
        assertThat(geoparser.lastRun()).isEqualTo(new Surroundings(false, false));
    }

    @Test
    void the_probe_sees_the_transaction_and_its_connection_when_the_geoparser_runs_inside_one() {
        transactions.executeWithoutResult(status -> geoparser.parse("Goodtown inside a transaction."));

        assertThat(geoparser.lastRun()).isEqualTo(new Surroundings(true, true));
    }
}
