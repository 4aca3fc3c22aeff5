package org.newsatlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which database the benchmark ran on and how large it is: the embedded H2 file in the data
 * directory, or a PostgreSQL database (run with {@code --spring.profiles.active=postgres}), whose
 * size only the server knows.
 */
record BenchmarkDatabase(String product, long bytes) {

    static BenchmarkDatabase of(ApplicationContext app, Path dataDir) {
        DataSource dataSource = app.getBean(DataSource.class);
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ask the database what it is", e);
        }
        long bytes = product.startsWith("PostgreSQL")
                ? JdbcClient.create(dataSource).sql("SELECT pg_database_size(current_database())")
                        .query(Long.class).single()
                : size(dataDir.resolve("newsatlas.mv.db"));
        return new BenchmarkDatabase(product, bytes);
    }

    static long size(Path path) {
        if (!Files.exists(path)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
