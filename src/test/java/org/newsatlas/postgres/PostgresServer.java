package org.newsatlas.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server the tests may use, named by environment variables ({@code .ci/run} sets
 * them): {@value #URL} (a database the user can connect to; the user must be allowed to create
 * databases), {@value #USER} and {@value #PASSWORD}. Every test database is a new database of its
 * own on that server, so that test runs and test contexts never see each other's rows.
 */
public final class PostgresServer {

    public static final String URL = "NEWSATLAS_TEST_POSTGRES_URL";
    public static final String USER = "NEWSATLAS_TEST_POSTGRES_USER";
    public static final String PASSWORD = "NEWSATLAS_TEST_POSTGRES_PASSWORD";

    /** {@code jdbc:postgresql://host:port/} + database + optional {@code ?parameters}. */
    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/]*/)([^?]*)(\\?.*)?");

    private final String url;
    private final String user;
    private final String password;

    private PostgresServer(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The server the environment names; fails with what is missing when it names none. */
    public static PostgresServer fromEnvironment() {
        String url = System.getenv(URL);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(URL + " is not set: no PostgreSQL server to test against");
        }
        return of(url, System.getenv().getOrDefault(USER, ""), System.getenv().getOrDefault(PASSWORD, ""));
    }

    static PostgresServer of(String url, String user, String password) {
        return new PostgresServer(url, user, password);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A new, empty database; its name. */
    public String createDatabase() {
        String name = "newsatlas_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
        return name;
    }

    /** Drops the database even while connections to it are still open (PostgreSQL 13 and later). */
    public void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** The JDBC URL of one database on this server, with the parameters of the configured URL. */
    public String urlOf(String database) {
        Matcher parts = JDBC_URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException(URL + " is not a jdbc:postgresql://host[:port]/database URL: " + url);
        }
        return parts.group(1) + database + (parts.group(3) == null ? "" : parts.group(3));
    }

    private void execute(String sql) {
        if (!sql.toLowerCase(Locale.ROOT).matches("[a-z0-9_ ()']+")) {
            throw new IllegalArgumentException(sql);
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + url + ": " + e.getMessage(), e);
        }
    }
}
