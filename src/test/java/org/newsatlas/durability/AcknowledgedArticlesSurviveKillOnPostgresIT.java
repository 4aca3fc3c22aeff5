package org.newsatlas.durability;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.newsatlas.postgres.NeedsPostgres;
import org.newsatlas.postgres.PostgresServer;

/**
 * {@link AcknowledgedArticlesSurviveKillIT} with the app on PostgreSQL: the app process is killed,
 * not the server, so this shows that an article is answered 201 only after its transaction has
 * committed (PostgreSQL's {@code synchronous_commit=on}, its default, makes a commit durable
 * before it returns).
 */
@NeedsPostgres
class AcknowledgedArticlesSurviveKillOnPostgresIT extends AcknowledgedArticlesSurviveKillIT {

    private PostgresServer server;
    private String database;

    @BeforeEach
    void createDatabase() {
        server = PostgresServer.fromEnvironment();
        database = server.createDatabase();
    }

    @AfterEach
    void dropDatabase() {
        server.dropDatabase(database);
    }

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.datasource.url=" + server.urlOf(database),
                "--spring.datasource.username=" + server.user(),
                "--spring.datasource.password=" + server.password());
    }
}
