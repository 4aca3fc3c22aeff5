package org.newsatlas.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void a_test_database_is_on_the_configured_server_with_its_parameters() {
        PostgresServer server = PostgresServer.of("jdbc:postgresql://db.local:5433/newsatlas?sslmode=disable", "u", "p");

        assertThat(server.urlOf("newsatlas_test_1")).isEqualTo("jdbc:postgresql://db.local:5433/newsatlas_test_1?sslmode=disable");
    }

    @Test
    void a_url_without_parameters_names_only_the_other_database() {
        PostgresServer server = PostgresServer.of("jdbc:postgresql://localhost/postgres", "u", "p");

        assertThat(server.urlOf("newsatlas_test_2")).isEqualTo("jdbc:postgresql://localhost/newsatlas_test_2");
    }

    @Test
    void a_url_that_is_not_postgresql_is_refused_with_what_is_wanted() {
        PostgresServer server = PostgresServer.of("jdbc:h2:mem:x", "u", "p");

        assertThatThrownBy(() -> server.urlOf("newsatlas_test_3"))
                .hasMessageContaining("jdbc:postgresql://host[:port]/database");
    }
}
