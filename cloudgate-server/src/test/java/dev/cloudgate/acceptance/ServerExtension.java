package dev.cloudgate.acceptance;

import dev.cloudgate.server.CloudgateServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The shared fixture of server-starting tests: one real server per test class, started before the
 * class's own {@code @BeforeAll} methods and closed after its {@code @AfterAll} ones.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ServerExtension server = new ServerExtension();                          // the defaults
 * static final ServerExtension server = new ServerExtension(Map.of("task-delay", "1s")); // settings of its own
 * static final ServerExtension server = new ServerExtension(Map.of(...), CLOCK);         // a TestClock, embedded store
 * static final ServerExtension server = new ServerExtension(MyTest::settings);           // settings made at class start
 * static final ServerExtension server = ServerExtension.onPostgres(Map.of());           // a schema of the test PostgreSQL
 * }</pre>
 *
 * It answers what {@link RunningServer} answers, so a test reads the same either way; a test that
 * starts a second server or restarts one on the same files still uses {@link RunningServer} for that.
 */
public final class ServerExtension implements BeforeAllCallback, AfterAllCallback {
    private final Settings settings;
    private final Clock clock;
    private final boolean onPostgres;
    private RunningServer server;

    public ServerExtension() {
        this(Map.of());
    }

    public ServerExtension(Map<String, String> settings) {
        this(settings, null);
    }

    /** On the embedded store with a clock the test moves (see {@link TestClock}). */
    public ServerExtension(Map<String, String> settings, Clock clock) {
        this(() -> settings, clock);
    }

    /** Settings made when the class starts (a seed file written, a database created), before the server. */
    public ServerExtension(Settings settings) {
        this(settings, null);
    }

    public ServerExtension(Settings settings, Clock clock) {
        this(settings, clock, false);
    }

    private ServerExtension(Settings settings, Clock clock, boolean onPostgres) {
        this.settings = settings;
        this.clock = clock;
        this.onPostgres = onPostgres;
    }

    /**
     * On a schema of its own in the test PostgreSQL ({@link RunningServer#startOnPostgres}) whatever
     * {@code CLOUDGATE_TEST_STORE} says: for the class of a suite run on each store whose PostgreSQL half
     * carries {@code @RequiresPostgres}.
     */
    public static ServerExtension onPostgres(Map<String, String> settings) {
        return onPostgres(() -> settings);
    }

    public static ServerExtension onPostgres(Settings settings) {
        return new ServerExtension(settings, null, true);
    }

    /** Settings that need work first; may throw. */
    @FunctionalInterface
    public interface Settings {
        Map<String, String> make() throws Exception;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Map<String, String> made = settings.make();
        server = onPostgres ? RunningServer.startOnPostgres(made) : clock == null ? RunningServer.start(made) : RunningServer.start(made, clock);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The running server, e.g. to hand to a helper that takes one. */
    public RunningServer running() {
        if (server == null) {
            throw new IllegalStateException("the server runs only while the test class does");
        }
        return server;
    }

    public CloudgateServer server() {
        return running().server();
    }

    /** A new client without a session. */
    public Api api() {
        return running().api();
    }

    /** A new client logged on as the demo administrator. */
    public Api admin() {
        return running().api().logon();
    }

    public Control control() {
        return running().control();
    }

    public String adminToken() {
        return running().adminToken();
    }

    public String base() {
        return running().base();
    }

    public int port() {
        return running().port();
    }

    public int httpsPort() {
        return running().httpsPort();
    }

    public String httpsBase() {
        return running().httpsBase();
    }

    public Path httpsKeystore() {
        return running().httpsKeystore();
    }

    public Path dataDir() {
        return running().dataDir();
    }
}
