package dev.cloudgate.server;

import dev.cloudgate.auth.Accounts;
import dev.cloudgate.auth.LogonThrottle;
import dev.cloudgate.auth.SessionService;
import dev.cloudgate.cloud.GatewayOperations;
import dev.cloudgate.cloud.GatewayService;
import dev.cloudgate.console.Console;
import dev.cloudgate.console.ConsoleHandler;
import dev.cloudgate.control.Faults;
import dev.cloudgate.control.InventoryControl;
import dev.cloudgate.control.Journal;
import dev.cloudgate.control.StateControl;
import dev.cloudgate.control.TaskFaults;
import dev.cloudgate.cloud.PoolOperations;
import dev.cloudgate.cloud.PoolService;
import dev.cloudgate.http.ApiHandler;
import dev.cloudgate.http.ApiRoutes;
import dev.cloudgate.http.RequestObserver;
import dev.cloudgate.http.ResponseCache;
import dev.cloudgate.http.control.ControlApi;
import dev.cloudgate.http.control.ControlHandler;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.query.QueryService;
import dev.cloudgate.seed.Seed;
import dev.cloudgate.seed.SeedExport;
import dev.cloudgate.http.HealthHandler;
import dev.cloudgate.http.MetricsHandler;
import dev.cloudgate.metrics.Metrics;
import dev.cloudgate.seed.SeedLoader;
import dev.cloudgate.store.Database;
import dev.cloudgate.store.DiskGuard;
import dev.cloudgate.store.IdSource;
import dev.cloudgate.store.Transactor;
import dev.cloudgate.store.jdbc.JdbcAccountStore;
import dev.cloudgate.store.jdbc.JdbcGatewayStore;
import dev.cloudgate.store.jdbc.JdbcInfrastructureStore;
import dev.cloudgate.store.jdbc.JdbcPoolStore;
import dev.cloudgate.store.jdbc.JdbcCloudInventoryStore;
import dev.cloudgate.store.jdbc.JdbcHardwarePlanStore;
import dev.cloudgate.store.jdbc.JdbcTenantStore;
import dev.cloudgate.store.jdbc.JdbcSessionStore;
import dev.cloudgate.store.jdbc.JdbcStateStore;
import dev.cloudgate.store.jdbc.JdbcTaskStore;
import dev.cloudgate.tasks.TaskCommand;
import dev.cloudgate.tasks.TaskInterceptor;
import dev.cloudgate.tasks.TaskRegistry;
import dev.cloudgate.tenants.CloudInventory;
import dev.cloudgate.tenants.PlanOperations;
import dev.cloudgate.tenants.PlanService;
import dev.cloudgate.tenants.TenantOperations;
import dev.cloudgate.tenants.VlanOperations;
import dev.cloudgate.tenants.VlanService;
import dev.cloudgate.tenants.TenantService;
import dev.cloudgate.tasks.TaskRunner;
import dev.cloudgate.tasks.TaskService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
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
    /** A health probe answers within this even when the store hangs (docs/operations.md). */
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);
    /** How often the data directory's free space is looked at, to notice a full disk and its recovery. */
    private static final Duration DISK_CHECK_EVERY = Duration.ofSeconds(1);
    /** How often the embedded store is compacted while running: chunks under this fill rate, this much each time. */
    private static final Duration COMPACT_EVERY = Duration.ofSeconds(2);
    private static final int COMPACT_FILL_RATE = 80;
    private static final int COMPACT_MAX_BYTES = 4 * 1024 * 1024;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CloudgateServer.class);
    private final Config config;
    private final Database database;
    private final TaskRunner runner;
    private final Listener listener;
    private final ScheduledExecutorService housekeeping;
    private final String adminToken;
    private final Controls controls;

    /**
     * What the control API does, for a test in the same JVM (the JUnit 5 extension): the same objects
     * {@code /_cloudgate} drives, without a request in between.
     */
    public record Controls(StateControl state, Faults faults, Journal journal) {
    }

    private CloudgateServer(Config config, Database database, TaskRunner runner, Listener listener, ScheduledExecutorService housekeeping,
            String adminToken, Controls controls) {
        this.config = config;
        this.controls = controls;
        this.adminToken = adminToken;
        this.database = database;
        this.runner = runner;
        this.listener = listener;
        this.housekeeping = housekeeping;
    }

    private static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    public static CloudgateServer start(Config config) throws Exception {
        return start(config, Clock.systemUTC(), IdSource.RANDOM);
    }

    /**
     * @param clock the time of sessions, tasks and lockouts: tests pass one they can move instead of waiting
     * @param ids the ids of new sessions, gateways and pools
     */
    public static CloudgateServer start(Config config, Clock clock, IdSource ids) throws Exception {
        if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
            // Jetty pads its hot counters against false sharing by this many references; left unset, it reads
            // the JVM's compressed-oops flag through the platform MBean server, whose start is ~40 ms of every
            // server start. 16 is right with compressed references (a 64-byte line) and only pads more without.
            System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, "16");
        }
        if (config.embedded()) {
            PrivateFiles.createDirectory(config.dataDir());
        }
        // The store opens on a thread of its own while this one binds the listener: on a laptop or in CI the two
        // together are most of a start-up (docs/benchmarks.md). Requests that come in between wait (RootHandler).
        CompletableFuture<Database> opening = Database.openInBackground(config.effectiveJdbcUrl(), config.dbUser(), config.dbPassword(),
                config.dbPoolSize());
        RootHandler root = new RootHandler();
        Listener listener;
        try {
            listener = Listener.start(config, root);
        } catch (Exception | Error e) {
            root.fail(e);
            try {
                opened(opening).close();
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        Database database;
        try {
            database = opened(opening);
        } catch (RuntimeException | Error e) {
            root.fail(e);
            stopQuietly(listener, e);
            throw e;
        }
        try {
            if (config.embedded()) {
                PrivateFiles.secure(config.dataDir());
            }
            return start(config, database, clock, ids, listener, root);
        } catch (Exception | Error e) {
            root.fail(e);
            stopQuietly(listener, e);
            database.close();
            throw e;
        }
    }

    private static void stopQuietly(Listener listener, Throwable failure) {
        try {
            listener.stop();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    /** The store {@link Database#openInBackground} opened, or what stopped it, as {@link Database#open} would throw it. */
    private static Database opened(CompletableFuture<Database> opening) {
        try {
            return opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Selector threads per connector. Cached GETs are answered on them (RootHandler), so a machine gets two
     * per core (at most 8), as an event-loop server would: Jetty's default, half the cores, leaves a 2-core
     * machine one thread for every cached answer (docs/benchmarks.md, fifth round).
     */
    static int networkThreads() {
        return Math.min(8, 2 * Runtime.getRuntime().availableProcessors());
    }

    /**
     * Handshakes the kernel may complete and queue before the server accepts them (the kernel caps it at
     * net.core.somaxconn). Left at Jetty's 0, the JDK asks for 50: wrk opening 1,000 connections at once overflowed
     * it (3,206 dropped handshakes in 8 s, and timeouts), and each dropped client waits a second before it tries
     * again. A queued handshake costs the kernel a few hundred bytes; 2048 is what the bench's Netty ceiling asks for.
     */
    static final int ACCEPT_QUEUE = 2048;

    /** Jetty with its connectors, started before the routes exist: {@link RootHandler} holds requests until they do. */
    private record Listener(Server jetty, ServerConnector http, ServerConnector https) {
        static Listener start(Config config, RootHandler root) throws Exception {
            QueuedThreadPool threads = new QueuedThreadPool(200, 8);
            threads.setName("cloudgate-http");
            Server jetty = new Server(threads);
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            http.setSendDateHeader(true);
            // Jetty's parser keeps a cache of header fields per connection; walking a thousand cold caches cost
            // more than it saved (16% of the samples at 1,000 connections, 6% at 64). Without it, 1,000
            // connections serve 25% more; 64 serve the same (docs/benchmarks.md, sixth round).
            http.setHeaderCacheSize(0);
            ServerConnector connector = null;
            if (config.httpEnabled()) {
                connector = new ServerConnector(jetty, -1, networkThreads(), new HttpConnectionFactory(http));
                connector.setHost(config.bind());
                connector.setPort(config.port());
                connector.setAcceptQueueSize(ACCEPT_QUEUE);
                jetty.addConnector(connector);
            }
            ServerConnector httpsConnector = null;
            if (config.httpsEnabled()) {
                httpsConnector = HttpsConnector.create(jetty, http, HttpsIdentity.resolve(config.keystore(), config.keystorePassword(),
                        config.dataDir(), config.bind()));
                httpsConnector.setHost(config.bind());
                httpsConnector.setPort(config.httpsPort());
                httpsConnector.setAcceptQueueSize(ACCEPT_QUEUE);
                jetty.addConnector(httpsConnector);
            }
            if (connector == null && httpsConnector == null) {
                throw new IllegalArgumentException("both HTTP (port) and HTTPS (https-port) are off; turn one on");
            }
            jetty.setHandler(root);
            jetty.setErrorHandler(new XmlErrorHandler());
            jetty.setStopTimeout(2000);
            try {
                jetty.start();
            } catch (Exception | Error e) {
                jetty.stop();
                throw e;
            }
            return new Listener(jetty, connector, httpsConnector);
        }

        /**
         * Jetty stops its connectors and handlers even when the graceful wait for open exchanges runs out, and only
         * then reports the timeout: the server is down either way, so that timeout must not keep the store open.
         */
        void stop() throws Exception {
            try {
                jetty.stop();
            } catch (java.util.concurrent.TimeoutException e) {
                LOG.info("open connections did not finish within {} ms of the stop; they were closed", jetty.getStopTimeout());
            }
        }
    }

    private static CloudgateServer start(Config config, Database database, Clock clock, IdSource ids, Listener listener, RootHandler root)
            throws Exception {
        DiskGuard disk = config.embedded() ? DiskGuard.of(config.dataDir(), database::reopen) : DiskGuard.NONE;
        Transactor tx = new Transactor(database.dataSource(), disk);
        JdbcInfrastructureStore infrastructureStore = new JdbcInfrastructureStore(tx);
        JdbcAccountStore accountStore = new JdbcAccountStore(tx);
        JdbcSessionStore sessionStore = new JdbcSessionStore(tx);
        JdbcGatewayStore gatewayStore = new JdbcGatewayStore(tx);
        JdbcTaskStore taskStore = new JdbcTaskStore(tx);
        JdbcPoolStore poolStore = new JdbcPoolStore(tx);
        JdbcCloudInventoryStore cloudInventoryStore = new JdbcCloudInventoryStore(tx);
        JdbcTenantStore tenantStore = new JdbcTenantStore(tx);
        JdbcHardwarePlanStore planStore = new JdbcHardwarePlanStore(tx);

        Infrastructure infrastructure = new Infrastructure(tx, infrastructureStore);
        Accounts accounts = new Accounts(tx, accountStore,
                new LogonThrottle(config.logonLockoutFailures(), config.logonLockout(), clock));
        GatewayOperations gatewayOperations = new GatewayOperations(infrastructureStore, gatewayStore, ids);

        // Each feature registers its own family of task commands; the runner only looks them up.
        TaskRegistry commands = new TaskRegistry();
        gatewayOperations.registerIn(commands);
        new PoolOperations(infrastructureStore, gatewayStore, poolStore, ids).registerIn(commands);
        new TenantOperations(infrastructureStore, cloudInventoryStore, tenantStore, planStore, poolStore, ids).registerIn(commands);
        new PlanOperations(infrastructureStore, cloudInventoryStore, planStore, tenantStore, ids).registerIn(commands);
        new VlanOperations(cloudInventoryStore).registerIn(commands);
        Faults faults = new Faults();
        Journal journal = new Journal(config.journalSize());
        // task-work exists for crash tests: the line tells them a task is now mid-work, the moment to stop the server.
        TaskInterceptor work = config.taskWork().isZero() ? TaskInterceptor.NONE : (operation, command) -> {
            LOG.info("task-work: {} is claimed and works for {} ms", operation, config.taskWork().toMillis());
            Thread.sleep(config.taskWork().toMillis());
        };
        Metrics metrics = new Metrics(() -> poolUsage(database, config), accounts::passwordCheckFigures, tx::committedWrites);
        TaskFaults taskFaults = new TaskFaults(faults, tx, infrastructureStore, gatewayStore);
        TaskInterceptor interceptor = new TaskInterceptor() {
            @Override
            public void beforeApply(String operation, TaskCommand command) throws InterruptedException {
                taskFaults.beforeApply(operation, command);
                work.beforeApply(operation, command);
            }

            @Override
            public boolean passesThrough() {
                return taskFaults.passesThrough() && work.passesThrough();
            }
        };
        TaskRunner runner = new TaskRunner(tx, taskStore, commands, interceptor, clock, config.taskLease(), config.taskPoll(), 3,
                !database.dialect().shared(), metrics::taskFinished);
        TaskService tasks = new TaskService(tx, taskStore, commands, sessionStore::nextTaskNumber, clock, config.taskDelay(), runner::wake,
                session -> tx.inTransaction(() -> sessionStore.find(session)).map(s -> s.userName()).orElse(null));
        SessionService sessions = new SessionService(tx, sessionStore, accounts, clock, config.sessionIdleTimeout(), tasks::forgetSession,
                !database.dialect().shared(), ids);
        GatewayService gateways = new GatewayService(tx, gatewayStore, infrastructure, tasks);
        PoolService pools = new PoolService(tx, poolStore, gatewayStore, infrastructure, tasks);
        TenantService tenants = new TenantService(tx, tenantStore, planStore, cloudInventoryStore, infrastructureStore, infrastructure, tasks,
                clock);

        JdbcStateStore stateStore = new JdbcStateStore(tx);
        SeedLoader seedLoader = new SeedLoader(infrastructureStore, accountStore, gatewayStore, poolStore, cloudInventoryStore,
                tenantStore, planStore);
        StateControl state = new StateControl(tx, stateStore, infrastructureStore, seedLoader,
                new SeedExport(infrastructureStore, accountStore, gatewayStore, poolStore, cloudInventoryStore, tenantStore, planStore), () -> {
                    accounts.invalidate();
                    sessions.forgetCached();
                }, faults, journal, () -> readSeed(config));
        InventoryControl inventory = new InventoryControl(tx, infrastructureStore, gatewayStore, stateStore, seedLoader,
                cloudInventoryStore, tenantStore);
        state.seedIfEmpty();
        if (!database.dialect().shared()) {
            // Nobody else shares an embedded store: leases left by a previous run of this process are void.
            tx.inTransaction(taskStore::releaseAllLeases);
        }
        runner.start();

        ApiHandler api = new ApiHandler(ApiRoutes.build(sessions, infrastructure, gateways, tasks, config.supportedVersions(),
                pools, new QueryService(tx),
                database.dialect().shared() ? ResponseCache.NONE : new ResponseCache(tx::writeCount, tx::anyWriteCount), tenants,
                new CloudInventory(tx, cloudInventoryStore),
                new PlanService(tx, planStore, tenantStore, cloudInventoryStore, infrastructureStore, infrastructure, tasks),
                new VlanService(tx, cloudInventoryStore, tasks)),
                sessions, config.publicBaseUrl(), !config.lenientXml(), config.maxBodyBytes(),
                RequestObserver.all(ControlApi.journalObserver(journal, clock),
                        (method, path, route, status, nanos, user) -> metrics.requestAnswered(method, route, status, nanos)), ControlApi.requestFaults(faults));
        String adminToken = config.adminToken() != null ? config.adminToken() : newAdminToken();
        ControlHandler control = ControlApi.handler(adminToken, state, inventory, faults, journal);
        ConsoleHandler console = Console.handler(tx, sessions, infrastructureStore, gatewayStore, poolStore, control,
                ControlHandler.PREFIX, adminToken);
        console.setServer(listener.jetty());
        listener.jetty().addBean(console);
        Map<String, Handler> beside = new LinkedHashMap<>();
        beside.put(ControlHandler.PREFIX, control);
        beside.put(ConsoleHandler.PREFIX, console);
        beside.put("/metrics", new MetricsHandler(metrics));
        beside.put("/health", new HealthHandler(database::ping, HEALTH_TIMEOUT));
        root.open(api, beside);

        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform()
                .name("cloudgate-housekeeping").daemon().unstarted(r));
        housekeeping.scheduleWithFixedDelay(sessions::expireIdle, 1, 1, TimeUnit.MINUTES);
        if (config.embedded()) {
            housekeeping.scheduleWithFixedDelay(() -> PrivateFiles.secure(config.dataDir()), 0, 10, TimeUnit.SECONDS);
            // Keeps the file within a small multiple of its live data while running (issue 16, finding 8).
            housekeeping.scheduleWithFixedDelay(() -> compactQuietly(database, disk), COMPACT_EVERY.toMillis(), COMPACT_EVERY.toMillis(),
                    TimeUnit.MILLISECONDS);
            // A full disk refuses writes until space returns; this notices both (issue 16, finding 8).
            housekeeping.scheduleWithFixedDelay(disk::check, DISK_CHECK_EVERY.toMillis(), DISK_CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
        return new CloudgateServer(config, database, runner, listener, housekeeping, adminToken,
                new Controls(state, faults, journal));
    }

    private static void compactQuietly(Database database, DiskGuard disk) {
        if (disk.full()) {
            // Compaction writes; on a full disk a failed write would make H2 close the database.
            return;
        }
        try {
            database.compact(COMPACT_FILL_RATE, COMPACT_MAX_BYTES);
        } catch (RuntimeException e) {
            disk.classify(e);
            // Retried on the next pass; a full disk is reported by the store's own state, not once per pass.
            LOG.debug("compacting the store failed: {}", e.toString());
        }
    }

    private static Seed readSeed(Config config) {
        try {
            return SeedLoader.read(config.seed());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("seed " + config.seed() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Metrics.PoolUsage poolUsage(Database database, Config config) {
        int[] usage = database.poolUsage();
        return new Metrics.PoolUsage(usage[0], usage[1], usage[2], config.dbPoolSize());
    }

    /** 256 random bits: the control API can replace every account, so its token must not be guessable. */
    private static String newAdminToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The HTTP port, or -1 when HTTP is off. */
    public int port() {
        return listener.http() == null ? -1 : listener.http().getLocalPort();
    }

    /** The HTTPS port, or -1 when HTTPS is off. */
    public int httpsPort() {
        return listener.https() == null ? -1 : listener.https().getLocalPort();
    }

    /** The keystore the HTTPS listener uses (the generated one lives in the data directory); null when HTTPS is off. */
    public java.nio.file.Path httpsKeystore() {
        return listener.https() == null ? null
                : config.keystore() != null ? config.keystore() : config.dataDir().resolve(HttpsIdentity.GENERATED_FILE);
    }

    /** The control API's operations, in process. */
    public Controls controls() {
        return controls;
    }

    /** The control API's token: the configured one, or the one made up at start-up. */
    public String adminToken() {
        return adminToken;
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
        listener.stop();
        runner.close();
        database.close();
        if (config.embedded()) {
            PrivateFiles.secure(config.dataDir());
        }
    }
}
