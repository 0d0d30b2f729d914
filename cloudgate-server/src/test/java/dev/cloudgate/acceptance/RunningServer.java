package dev.cloudgate.acceptance;

import dev.cloudgate.server.CloudgateServer;
import dev.cloudgate.server.Config;
import dev.cloudgate.store.IdSource;
import dev.cloudgate.store.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * A real cloudgate on a free loopback port with a fresh store; tasks complete at once. The store
 * is a fresh embedded H2, or a fresh PostgreSQL schema with {@link #startOnPostgres} — or for every
 * server when {@code CLOUDGATE_TEST_STORE=postgresql} (and {@code CLOUDGATE_TEST_PG_URL}) is set,
 * which runs the whole acceptance suite against PostgreSQL (except tests of the embedded store's
 * files, which name a data directory).
 */
public final class RunningServer implements AutoCloseable {
    private final CloudgateServer server;
    private final Path dataDir;
    private final TestPostgres.Schema schema;

    private RunningServer(CloudgateServer server, Path dataDir, TestPostgres.Schema schema) {
        this.server = server;
        this.dataDir = dataDir;
        this.schema = schema;
    }

    public static RunningServer start() {
        return start(Map.of());
    }

    /** On the embedded store with a clock the test moves (see {@link TestClock}). */
    public static RunningServer start(Map<String, String> settings, Clock clock) {
        return start(settings, null, clock);
    }

    public static RunningServer start(Map<String, String> settings) {
        // A test that names a data directory is about the embedded store (restarts on the same files): it stays there.
        boolean onPostgres = "postgresql".equalsIgnoreCase(System.getenv("CLOUDGATE_TEST_STORE")) && !settings.containsKey("data");
        return onPostgres ? startOnPostgres(settings) : start(settings, null, Clock.systemUTC());
    }

    /** On a schema of its own in the test PostgreSQL (see {@link TestPostgres}), dropped on close. */
    public static RunningServer startOnPostgres(Map<String, String> settings) {
        TestPostgres.Schema schema = TestPostgres.freshSchema();
        Map<String, String> onPostgres = new HashMap<>(settings);
        onPostgres.put("jdbc-url", schema.jdbcUrl());
        onPostgres.put("db-user", TestPostgres.user());
        onPostgres.put("db-password", TestPostgres.password());
        try {
            return start(onPostgres, schema, Clock.systemUTC());
        } catch (RuntimeException e) {
            schema.close();
            throw e;
        }
    }

    private static RunningServer start(Map<String, String> settings, TestPostgres.Schema schema, Clock clock) {
        try {
            Path data = Files.createTempDirectory("cloudgate-test");
            Config config = Config.defaults()
                    .with(Map.of("port", "0", "https-port", "off", "data", data.toString(), "task-delay", "0", "task-poll", "50ms"))
                    .with(settings);
            return new RunningServer(CloudgateServer.start(config, clock, IdSource.RANDOM), data, schema);
        } catch (Exception e) {
            throw new IllegalStateException("cloudgate did not start", e);
        }
    }

    /** The HTTP port, or -1 when HTTP is off. */
    public int port() {
        return server.port();
    }

    public String base() {
        return "http://127.0.0.1:" + port() + "/api";
    }

    /** The HTTPS port; start with {@code https-port: 0} to have one. */
    public int httpsPort() {
        return server.httpsPort();
    }

    public String httpsBase() {
        return "https://127.0.0.1:" + httpsPort() + "/api";
    }

    /** The keystore of the HTTPS listener (the generated one lives in the data directory). */
    public Path httpsKeystore() {
        return server.httpsKeystore();
    }

    public CloudgateServer server() {
        return server;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Api api() {
        return new Api(base());
    }

    public String adminToken() {
        return server.adminToken();
    }

    /** A client of the control API under /_cloudgate that sends the admin token. */
    public Control control() {
        return new Control("http://127.0.0.1:" + port() + "/_cloudgate", adminToken());
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            if (schema != null) {
                schema.close();
            }
        }
    }
}
