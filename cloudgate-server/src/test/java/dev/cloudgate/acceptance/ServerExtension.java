package dev.cloudgate.acceptance;

import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real server per test class: {@code @RegisterExtension static final ServerExtension server = new ServerExtension();}
 */
public final class ServerExtension implements BeforeAllCallback, AfterAllCallback {
    private final Map<String, String> settings;
    private RunningServer server;

    public ServerExtension() {
        this(Map.of());
    }

    public ServerExtension(Map<String, String> settings) {
        this.settings = settings;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = RunningServer.start(settings);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server.close();
    }

    public RunningServer server() {
        return server;
    }

    /** A new client without a session. */
    public Api api() {
        return server.api();
    }

    /** A new client logged on as the demo administrator. */
    public Api admin() {
        return server.api().logon();
    }

    public String base() {
        return server.base();
    }

    public int port() {
        return server.port();
    }
}
