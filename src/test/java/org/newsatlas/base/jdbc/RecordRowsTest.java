package org.newsatlas.base.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordRowsTest {

    record Mention(long articleId, String surfaceName, double confidence, int startOffset, OffsetDateTime seenAt,
                   Long placeId) {
    }

    record Missing(long articleId, String nowhere) {
    }

    private Connection db;

    @BeforeEach
    void table() throws SQLException {
        db = DriverManager.getConnection("jdbc:h2:mem:record-rows");
        try (Statement sql = db.createStatement()) {
            sql.execute("""
                    CREATE TABLE mention (article_id BIGINT, surface_name VARCHAR(50), confidence DOUBLE PRECISION,
                                          start_offset INTEGER, seen_at TIMESTAMP WITH TIME ZONE, place_id BIGINT)""");
            sql.execute("INSERT INTO mention VALUES (7, 'Sirte', 0.9, 12, TIMESTAMP WITH TIME ZONE "
                    + "'2020-01-02 03:04:05+00', NULL), (8, 'Tripoli', 0.5, 0, NULL, 3)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("DROP ALL OBJECTS");
        }
        db.close();
    }

    @Test
    void each_component_takes_the_column_of_its_name_in_snake_case() throws SQLException {
        List<Mention> rows = map("SELECT * FROM mention ORDER BY article_id", Mention.class);

        assertThat(rows).containsExactly(
                new Mention(7, "Sirte", 0.9, 12, OffsetDateTime.parse("2020-01-02T03:04:05Z"), null),
                new Mention(8, "Tripoli", 0.5, 0, null, 3L));
    }

    @Test
    void columns_are_found_in_the_metadata_never_by_asking_the_driver_for_a_name() throws SQLException {
        List<Mention> rows = map("SELECT place_id, seen_at, start_offset, confidence, surface_name, article_id "
                + "FROM mention ORDER BY article_id", Mention.class);

        assertThat(rows).extracting(Mention::surfaceName).containsExactly("Sirte", "Tripoli");
    }

    @Test
    void a_component_without_a_column_is_named_in_the_error() {
        assertThatThrownBy(() -> map("SELECT article_id FROM mention", Missing.class))
                .hasMessageContaining("Missing.nowhere");
    }

    /** Maps every row, through a result set that fails the test if a column is looked up by name. */
    private <R extends Record> List<R> map(String query, Class<R> type) throws SQLException {
        RecordRows<R> rows = RecordRows.of(type);
        List<R> mapped = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            ResultSet byIndexOnly = (ResultSet) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ResultSet.class}, (proxy, method, args) -> {
                        if (args != null && args.length > 0 && args[0] instanceof String) {
                            throw new AssertionError("looked up by name: " + method.getName() + "(" + args[0] + ")");
                        }
                        return method.invoke(rs, args);
                    });
            while (rs.next()) {
                mapped.add(rows.mapRow(byIndexOnly, mapped.size()));
            }
        }
        return mapped;
    }
}
