package dev.cloudgate.server;

import dev.cloudgate.auth.Accounts;
import dev.cloudgate.auth.LogonThrottle;
import dev.cloudgate.auth.SessionService;
import dev.cloudgate.cloud.GatewayOperations;
import dev.cloudgate.cloud.GatewayService;
import dev.cloudgate.http.ApiHandler;
import dev.cloudgate.http.ApiRoutes;
import dev.cloudgate.http.RequestObserver;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.seed.Seed;
import dev.cloudgate.seed.SeedLoader;
import dev.cloudgate.store.Database;
import dev.cloudgate.store.Transactor;
import dev.cloudgate.store.jdbc.JdbcAccountStore;
import dev.cloudgate.store.jdbc.JdbcGatewayStore;
import dev.cloudgate.store.jdbc.JdbcInfrastructureStore;
import dev.cloudgate.store.jdbc.JdbcSessionStore;
import dev.cloudgate.store.jdbc.JdbcTaskStore;
import dev.cloudgate.tasks.TaskInterceptor;
import dev.cloudgate.tasks.TaskRunner;
import dev.cloudgate.tasks.TaskService;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The composition root: the only place that knows concrete classes. Wires the stores, features
 * and HTTP layer by hand (no container, no scanning) and starts Jetty.
 */
public final class CloudgateServer implements AutoCloseable {
    private final Config config;
    private final Database database;
    private final TaskRunner runner;
    private final Server jetty;
    private final ScheduledExecutorService housekeeping;
    private final ServerConnector connector;
    private final ServerConnector httpsConnector;

    private CloudgateServer(Config config, Database database, TaskRunner runner, Server jetty, ServerConnector connector,
            ServerConnector httpsConnector, ScheduledExecutorService housekeeping) {
        this.config = config;
        this.database = database;
        this.runner = runner;
        this.jetty = jetty;
        this.connector = connector;
        this.httpsConnector = httpsConnector;
        this.housekeeping = housekeeping;
    }

    public static CloudgateServer start(Config config) throws Exception {
        if (config.embedded()) {
            Files.createDirectories(config.dataDir());
        }
        Database database = Database.open(config.effectiveJdbcUrl(), config.dbUser(), config.dbPassword(), config.dbPoolSize());
        try {
            return start(config, database);
        } catch (Exception | Error e) {
            database.close();
            throw e;
        }
    }

    private static CloudgateServer start(Config config, Database database) throws Exception {
        Clock clock = Clock.systemUTC();
        Transactor tx = new Transactor(database.dataSource());
        JdbcInfrastructureStore infrastructureStore = new JdbcInfrastructureStore(tx);
        JdbcAccountStore accountStore = new JdbcAccountStore(tx);
        JdbcSessionStore sessionStore = new JdbcSessionStore(tx);
        JdbcGatewayStore gatewayStore = new JdbcGatewayStore(tx);
        JdbcTaskStore taskStore = new JdbcTaskStore(tx);

        Infrastructure infrastructure = new Infrastructure(tx, infrastructureStore);
        Accounts accounts = new Accounts(tx, accountStore,
                new LogonThrottle(config.logonLockoutFailures(), config.logonLockout(), clock));
        GatewayOperations gatewayOperations = new GatewayOperations(infrastructureStore, gatewayStore);

        Map<String, dev.cloudgate.tasks.TaskHandler> handlers = new HashMap<>(gatewayOperations.handlers());
        TaskInterceptor work = config.taskWork().isZero() ? TaskInterceptor.NONE
                : (operation, payload) -> Thread.sleep(config.taskWork().toMillis());
        TaskRunner runner = new TaskRunner(tx, taskStore, handlers, work, clock, config.taskLease(), config.taskPoll(), 3,
                TaskRunner.TaskListener.NONE);
        TaskService tasks = new TaskService(tx, taskStore, sessionStore::nextTaskNumber, clock, config.taskDelay(), runner::wake,
                session -> tx.inTransaction(() -> sessionStore.find(session)).map(s -> s.userName()).orElse(null));
        SessionService sessions = new SessionService(tx, sessionStore, accounts, clock, config.sessionIdleTimeout(), tasks::forgetSession);
        GatewayService gateways = new GatewayService(tx, gatewayStore, infrastructure, tasks);

        seedIfEmpty(config, tx, infrastructureStore, new SeedLoader(infrastructureStore, accountStore, gatewayStore));
        if (!database.dialect().shared()) {
            // Nobody else shares an embedded store: leases left by a previous run of this process are void.
            tx.inTransaction(taskStore::releaseAllLeases);
        }
        runner.start();

        ApiHandler api = new ApiHandler(ApiRoutes.build(sessions, infrastructure, gateways, tasks, config.supportedVersions()),
                sessions, config.publicBaseUrl(), !config.lenientXml(), config.maxBodyBytes(), RequestObserver.NONE);
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("cloudgate-http");
        Server jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(true);
        ServerConnector connector = null;
        if (config.httpEnabled()) {
            connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
            connector.setHost(config.bind());
            connector.setPort(config.port());
            jetty.addConnector(connector);
        }
        ServerConnector httpsConnector = null;
        if (config.httpsEnabled()) {
            httpsConnector = HttpsConnector.create(jetty, http, HttpsIdentity.resolve(config.keystore(), config.keystorePassword(),
                    config.dataDir(), config.bind()));
            httpsConnector.setHost(config.bind());
            httpsConnector.setPort(config.httpsPort());
            jetty.addConnector(httpsConnector);
        }
        if (connector == null && httpsConnector == null) {
            throw new IllegalArgumentException("both HTTP (port) and HTTPS (https-port) are off; turn one on");
        }
        jetty.setHandler(new RootHandler(api));
        jetty.setErrorHandler(new XmlErrorHandler());
        jetty.setStopTimeout(2000);
        jetty.start();

        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform()
                .name("cloudgate-housekeeping").daemon().unstarted(r));
        housekeeping.scheduleWithFixedDelay(sessions::expireIdle, 1, 1, TimeUnit.MINUTES);
        return new CloudgateServer(config, database, runner, jetty, connector, httpsConnector, housekeeping);
    }

    private static void seedIfEmpty(Config config, Transactor tx, JdbcInfrastructureStore infrastructure, SeedLoader loader)
            throws IOException {
        Seed seed = SeedLoader.read(config.seed());
        tx.run(() -> {
            if (infrastructure.isEmpty()) {
                loader.apply(seed);
            }
        });
    }

    /** The HTTP port, or -1 when HTTP is off. */
    public int port() {
        return connector == null ? -1 : connector.getLocalPort();
    }

    /** The HTTPS port, or -1 when HTTPS is off. */
    public int httpsPort() {
        return httpsConnector == null ? -1 : httpsConnector.getLocalPort();
    }

    /** The keystore the HTTPS listener uses (the generated one lives in the data directory); null when HTTPS is off. */
    public java.nio.file.Path httpsKeystore() {
        return httpsConnector == null ? null
                : config.keystore() != null ? config.keystore() : config.dataDir().resolve(HttpsIdentity.GENERATED_FILE);
    }

    public Config config() {
        return config;
    }

    public String storeDescription() {
        return config.embedded() ? "embedded H2 in " + config.dataDir().toAbsolutePath() : "PostgreSQL";
    }

    @Override
    public void close() throws Exception {
        housekeeping.shutdownNow();
        jetty.stop();
        runner.close();
        database.close();
    }
}
