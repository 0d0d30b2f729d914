package dev.cloudgate.query;

import dev.cloudgate.store.RequiresPostgres;
import dev.cloudgate.store.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The query engine on a real PostgreSQL, the one every PostgreSQL suite uses ({@link TestPostgres}:
 * {@code CLOUDGATE_TEST_PG_URL}, {@code _USER}, {@code _PASSWORD}). Each run migrates into a schema of its
 * own and drops it afterwards, so the database may be shared.
 */
@RequiresPostgres
class PostgresQueryEngineTest extends QueryEngineContract {

    private final String schema = "query_test_" + UUID.randomUUID().toString().replace("-", "");
    private Connection connection;

    @BeforeAll
    void createSchema() throws SQLException {
        String url = System.getenv(TestPostgres.URL_VARIABLE);
        Flyway.configure().dataSource(url, TestPostgres.user(), TestPostgres.password()).schemas(schema).createSchemas(true)
                // The PostgreSQL-only callbacks give text columns the "C" collation, as on a real store.
                .locations("classpath:db/migration", "classpath:db/postgresql").load().migrate();
        connection = DriverManager.getConnection(url, TestPostgres.user(), TestPostgres.password());
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
