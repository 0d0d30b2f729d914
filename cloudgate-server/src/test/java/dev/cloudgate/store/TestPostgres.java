package dev.cloudgate.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL the tests may use, named by {@code CLOUDGATE_TEST_PG_URL} (with
 * {@code CLOUDGATE_TEST_PG_USER} and {@code CLOUDGATE_TEST_PG_PASSWORD}); .ci/run provides one.
 * Every user of it gets a schema of its own, dropped on close, so tests never see each other's rows.
 */
public final class TestPostgres {
    public static final String URL_VARIABLE = "CLOUDGATE_TEST_PG_URL";
    public static final String SKIPPED = URL_VARIABLE + " is not set: PostgreSQL tests skipped (.ci/run starts a PostgreSQL for them)";

    private TestPostgres() {
    }

    public static boolean available() {
        String url = System.getenv(URL_VARIABLE);
        return url != null && !url.isBlank();
    }

    public static String user() {
        return System.getenv().getOrDefault("CLOUDGATE_TEST_PG_USER", "");
    }

    public static String password() {
        return System.getenv().getOrDefault("CLOUDGATE_TEST_PG_PASSWORD", "");
    }

    /** A new, empty schema; its JDBC URL makes it the connection's current schema, where Flyway migrates. */
    public static Schema freshSchema() {
        if (!available()) {
            throw new IllegalStateException(SKIPPED);
        }
        String base = System.getenv(URL_VARIABLE);
        String name = "t_" + UUID.randomUUID().toString().replace("-", "");
        execute(base, "create schema " + name);
        return new Schema(base, name, base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name);
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, user(), password()); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + url, e);
        }
    }

    /** A schema of one test (class); {@code jdbcUrl} is what a server or Database is given. */
    public record Schema(String baseUrl, String name, String jdbcUrl) implements AutoCloseable {
        public Database open() {
            return Database.open(jdbcUrl, user(), password(), 20);
        }

        @Override
        public void close() {
            execute(baseUrl, "drop schema if exists " + name + " cascade");
        }
    }
}
