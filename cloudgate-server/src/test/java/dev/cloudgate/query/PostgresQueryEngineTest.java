package dev.cloudgate.query;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The query engine on a real PostgreSQL, named by {@code CLOUDGATE_TEST_POSTGRES_URL} (a JDBC URL
 * with user and password). Each run migrates into a schema of its own and drops it afterwards, so
 * the database may be shared. Skipped, saying so, when the variable is not set.
 */
@EnabledIfEnvironmentVariable(named = "CLOUDGATE_TEST_POSTGRES_URL", matches = ".+",
        disabledReason = "CLOUDGATE_TEST_POSTGRES_URL is not set: PostgreSQL query tests skipped")
class PostgresQueryEngineTest extends QueryEngineContract {

    private static final String URL = System.getenv("CLOUDGATE_TEST_POSTGRES_URL");

    private final String schema = "query_test_" + UUID.randomUUID().toString().replace("-", "");
    private Connection connection;

    @BeforeAll
    void createSchema() throws SQLException {
        Flyway.configure().dataSource(URL, null, null).schemas(schema).createSchemas(true)
                // The PostgreSQL-only callbacks give text columns the "C" collation, as on a real store.
                .locations("classpath:db/migration", "classpath:db/postgresql").load().migrate();
        connection = DriverManager.getConnection(URL);
        connection.setSchema(schema);
        new QueryFixture(connection).insertAll();
    }

    @AfterAll
    void dropSchema() throws SQLException {
        if (connection == null) {
            return;
        }
        try (var statement = connection.createStatement()) {
            statement.execute("drop schema " + schema + " cascade");
        }
        connection.close();
    }

    @Override
    Connection connection() {
        return connection;
    }
}
