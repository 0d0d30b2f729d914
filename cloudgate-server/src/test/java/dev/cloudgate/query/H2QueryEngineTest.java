package dev.cloudgate.query;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The query engine on an in-memory H2, migrated with the project's own migrations. */
class H2QueryEngineTest extends QueryEngineContract {

    private static final String URL = "jdbc:h2:mem:query-engine;DB_CLOSE_DELAY=-1";

    private Connection connection;

    @BeforeAll
    void createDatabase() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        connection = DriverManager.getConnection(URL, "sa", "");
        new QueryFixture(connection).insertAll();
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("drop all objects");
        }
        connection.close();
    }

    @Override
    Connection connection() {
        return connection;
    }
}
