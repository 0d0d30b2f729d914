package dev.cloudgate.acceptance;

import dev.cloudgate.server.CloudgateServer;
import dev.cloudgate.server.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A real cloudgate on a free loopback port with a fresh embedded store; tasks complete at once. */
public final class RunningServer implements AutoCloseable {
    private final CloudgateServer server;
    private final Path dataDir;

    private RunningServer(CloudgateServer server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    public static RunningServer start() {
        return start(Map.of());
    }

    public static RunningServer start(Map<String, String> settings) {
        try {
            Path data = Files.createTempDirectory("cloudgate-test");
            Config config = Config.defaults()
                    .with(Map.of("port", "0", "https-port", "off", "data", data.toString(), "task-delay", "0", "task-poll", "50ms"))
                    .with(settings);
            return new RunningServer(CloudgateServer.start(config), data);
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

    @Override
    public void close() throws Exception {
        server.close();
    }
}
