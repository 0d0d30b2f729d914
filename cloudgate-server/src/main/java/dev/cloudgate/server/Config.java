package dev.cloudgate.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * cloudgate's whole configuration, immutable. Built from defaults, then a config file, then
 * environment variables ({@code CLOUDGATE_<KEY>}), then command-line flags; see docs/configuration.md.
 */
public record Config(
        String bind,
        int port,
        Path dataDir,
        Path seed,
        String jdbcUrl,
        String dbUser,
        String dbPassword,
        Duration taskDelay,
        Duration taskWork,
        Duration taskLease,
        Duration taskPoll,
        Duration sessionIdleTimeout,
        boolean lenientXml,
        String publicBaseUrl,
        int maxBodyBytes,
        List<String> supportedVersions,
        int dbPoolSize,
        String adminToken,
        int journalSize,
        int httpsPort,
        Path keystore,
        String keystorePassword,
        int logonLockoutFailures,
        Duration logonLockout) {

    /** A port setting of {@code off} (kept as this value) turns that listener off. */
    public static final int OFF = -1;

    /**
     * The HTTPS port when none is given: follows the HTTP port ({@link #httpsPort()}), so that
     * {@code --port 0} starts a throw-away server that claims no fixed port at all.
     */
    static final int FOLLOW_HTTP = -2;
    static final int DEFAULT_HTTPS_PORT = 9398;

    public static final List<String> KEYS = List.of("bind", "port", "data", "seed", "jdbc-url", "db-user", "db-password",
            "task-delay", "task-work", "task-lease", "task-poll", "session-timeout", "lenient-xml", "public-url", "max-body-bytes",
            "supported-versions", "db-pool-size", "http-port", "https-port", "keystore", "keystore-password", "logon-lockout-failures",
            "logon-lockout", "admin-token", "journal-size");

    public static Config defaults() {
        return new Builder().build();
    }

    /** A copy with the given settings applied; unknown keys and bad values fail fast, naming the key. */
    public Config with(Map<String, String> settings) {
        Builder builder = new Builder(this);
        settings.forEach((key, value) -> {
            if (value != null) {
                builder.set(key, value);
            }
        });
        return builder.build();
    }

    public Config with(String key, String value) {
        return with(Map.of(key, value));
    }

    /** Collects settings by their documented key; the only mutable piece of configuration. */
    static final class Builder {
        private String bind = "127.0.0.1";
        private int port = 9399;
        private Path dataDir = Path.of("data");
        private Path seed;
        private String jdbcUrl;
        private String dbUser = "sa";
        private String dbPassword = "";
        private Duration taskDelay = Duration.ofSeconds(1);
        private Duration taskWork = Duration.ZERO;
        private Duration taskLease = Duration.ofSeconds(30);
        private Duration taskPoll = Duration.ofMillis(250);
        private Duration sessionIdleTimeout = Duration.ofMinutes(15);
        private boolean lenientXml;
        private String publicBaseUrl;
        private int maxBodyBytes = 1 << 20;
        private List<String> supportedVersions = List.of("v1_5", "v1_6", "v1_7");
        private int dbPoolSize = 16;
        private String adminToken;
        private int journalSize = 1000;
        private int httpsPort = FOLLOW_HTTP;
        private Path keystore;
        private String keystorePassword;
        private int logonLockoutFailures = 5;
        private Duration logonLockout = Duration.ofSeconds(60);

        Builder() {
        }

        Builder(Config c) {
            bind = c.bind;
            port = c.port;
            dataDir = c.dataDir;
            seed = c.seed;
            jdbcUrl = c.jdbcUrl;
            dbUser = c.dbUser;
            dbPassword = c.dbPassword;
            taskDelay = c.taskDelay;
            taskWork = c.taskWork;
            taskLease = c.taskLease;
            taskPoll = c.taskPoll;
            sessionIdleTimeout = c.sessionIdleTimeout;
            lenientXml = c.lenientXml;
            publicBaseUrl = c.publicBaseUrl;
            maxBodyBytes = c.maxBodyBytes;
            supportedVersions = c.supportedVersions;
            dbPoolSize = c.dbPoolSize;
            adminToken = c.adminToken;
            journalSize = c.journalSize;
            httpsPort = c.httpsPort;
            keystore = c.keystore;
            keystorePassword = c.keystorePassword;
            logonLockoutFailures = c.logonLockoutFailures;
            logonLockout = c.logonLockout;
        }

        void set(String key, String value) {
            try {
                switch (key.toLowerCase(Locale.ROOT)) {
                    case "bind" -> bind = value;
                    case "port", "http-port" -> port = port(value);
                    case "data" -> dataDir = Path.of(value);
                    case "seed" -> seed = value.isBlank() ? null : Path.of(value);
                    case "jdbc-url" -> jdbcUrl = value.isBlank() ? null : value;
                    case "db-user" -> dbUser = value;
                    case "db-password" -> dbPassword = value;
                    case "task-delay" -> taskDelay = duration(value);
                    case "task-work" -> taskWork = duration(value);
                    case "task-lease" -> taskLease = duration(value);
                    case "task-poll" -> taskPoll = duration(value);
                    case "session-timeout" -> sessionIdleTimeout = duration(value);
                    case "lenient-xml" -> lenientXml = bool(value);
                    case "public-url" -> publicBaseUrl = value.isBlank() ? null : value.replaceAll("/+$", "");
                    case "max-body-bytes" -> maxBodyBytes = Integer.parseInt(value.trim());
                    case "supported-versions" -> supportedVersions = List.of(value.trim().split("\\s*,\\s*"));
                    case "db-pool-size" -> dbPoolSize = Integer.parseInt(value.trim());
                    case "admin-token" -> adminToken = value.isBlank() ? null : value.trim();
                    case "journal-size" -> journalSize = nonNegative(Integer.parseInt(value.trim()));
                    case "https-port" -> httpsPort = port(value);
                    case "keystore" -> keystore = value.isBlank() ? null : Path.of(value);
                    case "keystore-password" -> keystorePassword = value;
                    case "logon-lockout-failures" -> logonLockoutFailures = Integer.parseInt(value.trim());
                    case "logon-lockout" -> logonLockout = duration(value);
                    default -> throw new UnknownSetting(key);
                }
            } catch (UnknownSetting e) {
                throw new IllegalArgumentException("unknown setting '" + key + "'; known: " + String.join(", ", KEYS));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("setting '" + key + "' has a bad value '" + value + "': " + e.getMessage(), e);
            }
        }

        Config build() {
            return new Config(bind, port, dataDir, seed, jdbcUrl, dbUser, dbPassword, taskDelay, taskWork, taskLease, taskPoll,
                    sessionIdleTimeout, lenientXml, publicBaseUrl, maxBodyBytes, supportedVersions, dbPoolSize, adminToken, journalSize,
                    httpsPort, keystore,
                    keystorePassword, logonLockoutFailures, logonLockout);
        }
    }

    private static final class UnknownSetting extends RuntimeException {
        UnknownSetting(String key) {
            super(key, null, false, false);
        }
    }

    /** The JDBC URL in effect: the configured one, or the embedded H2 file under the data directory. */
    public String effectiveJdbcUrl() {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        // WRITE_DELAY=0: a commit reaches the file before the call returns, so kill -9 loses nothing.
        // QUERY_CACHE_SIZE: parsed statements kept per connection; H2's 8 is fewer than one create runs, so every
        // statement was parsed again (a third of the task runner's samples in the create benchmark, issue 11).
        // COMPRESS=TRUE: each commit writes a chunk of whole 4 KiB blocks; compressed pages fit a logon's or a
        // logout's chunk in one block instead of two. RETENTION_TIME=1000: freed space is reused after 1 s, not
        // H2's 45 s, so the file holds about a second of writes beyond its live data (issue 16, finding 8); that
        // reuse is safe on kill -9 only with the full scan of EmbeddedRecovery before opening (docs/operations.md).
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("cloudgate")
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256;COMPRESS=TRUE;RETENTION_TIME=1000";
    }

    public boolean embedded() {
        return effectiveJdbcUrl().startsWith("jdbc:h2:");
    }

    /** Durations as ISO-8601 ({@code PT1S}) or with a unit: {@code 250ms}, {@code 2s}, {@code 15m}, {@code 1h}; a bare number is ms. */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("pt") || t.startsWith("p")) {
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        }
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
        }
        if (t.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1).trim()) * 1000));
        }
        if (t.endsWith("m")) {
            return Duration.ofSeconds(Math.round(Double.parseDouble(t.substring(0, t.length() - 1).trim()) * 60));
        }
        if (t.endsWith("h")) {
            return Duration.ofMinutes(Math.round(Double.parseDouble(t.substring(0, t.length() - 1).trim()) * 60));
        }
        return Duration.ofMillis(Long.parseLong(t));
    }

    private static int nonNegative(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        return value;
    }

    /** A TCP port, 0 for any free one, or {@code off}. */
    private static int port(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("off") || t.equals("false") || t.equals("none")) {
            return OFF;
        }
        int port = Integer.parseInt(t);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("expected 0-65535 or off");
        }
        return port;
    }

    public boolean httpEnabled() {
        return port != OFF;
    }

    public boolean httpsEnabled() {
        return httpsPort != OFF;
    }

    /**
     * The HTTPS port: the configured one, or, when none was configured, 9398 beside a fixed HTTP port
     * and a free one (0) beside HTTP port 0, so that parallel throw-away servers never collide.
     */
    public int httpsPort() {
        return httpsPort != FOLLOW_HTTP ? httpsPort : port == 0 ? 0 : DEFAULT_HTTPS_PORT;
    }

    private static boolean bool(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }
}
