package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * /health turns 503 when the store stops answering. The store is an in-memory H2 database that this
 * test creates and then shuts down; IFEXISTS keeps the server's pool from quietly creating a new one.
 */
class HealthDownAcceptanceTest {
    static Connection owner;
    @RegisterExtension
    static final ServerExtension server = new ServerExtension(HealthDownAcceptanceTest::settings);

    static Map<String, String> settings() throws Exception {
        String name = "health-" + UUID.randomUUID();
        owner = DriverManager.getConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        return Map.of("jdbc-url", "jdbc:h2:mem:" + name + ";IFEXISTS=TRUE");
    }

    @AfterAll
    static void stop() throws Exception {
        owner.close();
    }

    @Test
    void healthIsUnavailableWhenTheStoreIsGone() throws Exception {
        Api ops = new Api("http://127.0.0.1:" + server.port());
        assertThat(ops.get("/health").status()).isEqualTo(200);
        try (Statement statement = owner.createStatement()) {
            statement.execute("shutdown");
        }

        Api.Response r = ops.get("/health");

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(r.body()).startsWith("{\"status\":\"DOWN\",\"store\":\"DOWN\",\"reason\":\"the store");
    }
}
