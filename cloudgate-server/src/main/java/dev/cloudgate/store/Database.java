package dev.cloudgate.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The store's database: an embedded H2 file (the default) or PostgreSQL, chosen by JDBC URL.
 * Migrations run at start-up on both, from the same versioned files; PostgreSQL adds a callback
 * that puts every text column in the "C" collation (docs/decisions.md), so that text orders and
 * compares by code point on both databases.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Dialect dialect;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /**
     * {@link #open} on a thread of its own, so that the server binds its listener meanwhile: the two are most of a
     * start-up (docs/benchmarks.md).
     */
    public static CompletableFuture<Database> openInBackground(String jdbcUrl, String user, String password, int poolSize) {
        CompletableFuture<Database> opened = new CompletableFuture<>();
        Thread.ofPlatform().name("cloudgate-store-open").daemon().start(() -> {
            try {
                opened.complete(open(jdbcUrl, user, password, poolSize));
            } catch (Throwable e) {
                opened.completeExceptionally(e);
            }
        });
        return opened;
    }

    public static Database open(String jdbcUrl, String user, String password, int poolSize) {
        EmbeddedRecovery.beforeOpening(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        config.setPoolName("cloudgate-store");
        config.setAutoCommit(true);
        HikariDataSource dataSource = new HikariDataSource(config);
        Dialect dialect = Dialect.of(jdbcUrl);
        try {
            if (dialect == Dialect.POSTGRESQL || !atLatestMigration(dataSource)) {
                migrate(dataSource, dialect);
            }
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, dialect);
    }

    /**
     * Brings a database to the current schema. Public so that suites which open their own
     * connections (one schema per test) get exactly the server's schema, collation included.
     * On PostgreSQL, several nodes starting at once are safe: Flyway serialises them with a lock.
     */
    public static void migrate(DataSource dataSource, Dialect dialect) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(dialect.migrationLocations())
                .load()
                .migrate();
    }

    /**
     * The newest migration in {@code db/migration}; DatabaseMigrationsTest keeps it in step with the files.
     * An embedded store already there opens without Flyway, whose start (loading, scanning the migrations,
     * validating them) was a tenth of a server's start-up (docs/benchmarks.md).
     */
    static final String LATEST_MIGRATION = "12";

    /** Whether the store's last applied migration is {@link #LATEST_MIGRATION}; false for a new store. */
    static boolean atLatestMigration(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                java.sql.ResultSet last = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                        + " ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return last.next() && LATEST_MIGRATION.equals(last.getString(1)) && last.getBoolean(2);
        } catch (SQLException e) {
            // No history table: a new store, which Flyway creates.
            return false;
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Compacts an embedded H2 file while the server runs: rewrites chunks less than {@code fillRate} % live,
     * at most {@code maxBytes} per call, so that their space is freed and reused (or cut off the file's end)
     * after the retention time. H2 itself compacts only in its background writer, which WRITE_DELAY=0 turns
     * off, and on a clean stop, which a kill -9 never reaches (docs/operations.md). Does nothing on PostgreSQL.
     *
     * <p>Not {@code MVStore.compactFile}: it sets the retention time to 0 for good, after which a chunk the
     * file's header still leads to may be overwritten at once, and a kill -9 during that write loses
     * commits that were already answered (EmbeddedStoreKillTest).
     */
    public void compact(int fillRate, int maxBytes) {
        if (dialect != Dialect.H2) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            org.h2.engine.Session session = connection.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
            if (session instanceof org.h2.engine.SessionLocal local && local.getDatabase().getStore() != null) {
                local.getDatabase().getStore().getMvStore().compact(fillRate, maxBytes);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * Retires every pooled connection (in-use ones when returned), so that the next ones open the database
     * anew: H2 closes an embedded database after a failed file write, and only a new connection reopens it.
     */
    public void reopen() {
        var pool = dataSource.getHikariPoolMXBean();
        if (pool != null) {
            pool.softEvictConnections();
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Pool figures for metrics and health: active, idle, total connections. */
    public int[] poolUsage() {
        var pool = dataSource.getHikariPoolMXBean();
        return pool == null ? new int[3] : new int[] {pool.getActiveConnections(), pool.getIdleConnections(), pool.getTotalConnections()};
    }

    /** Runs a trivial query on a pooled connection; throws {@link StoreException} when the store cannot answer it. */
    public void ping() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            statement.execute("select 1");
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** What differs between the two databases; everything else is the same SQL. */
    public enum Dialect {
        H2, POSTGRESQL;

        public static Dialect of(String jdbcUrl) {
            return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
        }

        String[] migrationLocations() {
            return this == POSTGRESQL ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                    : new String[] {"classpath:db/migration"};
        }

        /** Whether several nodes may share this database (and so must compete for tasks). */
        public boolean shared() {
            return this == POSTGRESQL;
        }
    }
}
