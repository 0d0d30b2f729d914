package dev.cloudgate.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cloudgate serve}: starts the server in the foreground until it is stopped. */
@Command(name = "cloudgate", mixinStandardHelpOptions = true, version = "cloudgate 0.1.0",
        description = "Wire-compatible stand-in for the Veeam Enterprise Manager REST API (Cloud Connect gateways).",
        subcommands = {Main.Serve.class, HashPassword.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 2;
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Start the server on its store (embedded H2 by default) with the demo or a given seed.")
    public static final class Serve implements Callable<Integer> {
        /** Settings given as flags, by their key in {@link Config#KEYS}: picocli's option methods and {@link #plain} fill it. */
        private final Map<String, String> flags = new LinkedHashMap<>();
        private Path configFile;

        @Option(names = "--config", description = "YAML file of settings (keys as the long options below).")
        void configFile(Path file) {
            configFile = file;
        }

        @Option(names = {"--port", "--http-port"}, description = "HTTP port (default 9399; off turns HTTP off).")
        void port(String value) {
            flags.put("port", value);
        }

        @Option(names = "--https-port", description = "HTTPS port (default 9398, or a free one when --port is 0; off turns HTTPS off).")
        void httpsPort(String value) {
            flags.put("https-port", value);
        }

        @Option(names = "--keystore", description = "PKCS#12 keystore for HTTPS (default: a self-signed one made in the data directory).")
        void keystore(String value) {
            flags.put("keystore", value);
        }

        @Option(names = "--keystore-password", description = "Password of --keystore (prefer CLOUDGATE_KEYSTORE_PASSWORD).")
        void keystorePassword(String value) {
            flags.put("keystore-password", value);
        }

        @Option(names = "--bind", description = "Address to listen on (default 127.0.0.1).")
        void bind(String value) {
            flags.put("bind", value);
        }

        @Option(names = "--data", description = "Data directory of the embedded store (default ./data).")
        void data(String value) {
            flags.put("data", value);
        }

        @Option(names = "--seed", description = "Seed file loaded into an empty store (default: the demo seed).")
        void seed(String value) {
            flags.put("seed", value);
        }

        @Option(names = "--jdbc-url", description = "Use this database instead of the embedded one, e.g. jdbc:postgresql://localhost/cloudgate.")
        void jdbcUrl(String value) {
            flags.put("jdbc-url", value);
        }

        @Option(names = "--db-user", description = "Database user.")
        void dbUser(String value) {
            flags.put("db-user", value);
        }

        @Option(names = "--db-password", description = "Database password.")
        void dbPassword(String value) {
            flags.put("db-password", value);
        }

        @Option(names = "--task-delay", description = "Time a task stays Running before it is applied (default 1s; 0 in tests).")
        void taskDelay(String value) {
            flags.put("task-delay", value);
        }

        @Option(names = "--task-work", description = "Simulated deployment time inside a claimed task (default 0).")
        void taskWork(String value) {
            flags.put("task-work", value);
        }

        @Option(names = "--task-lease", description = "How long a node holds a claimed task before another may take it over (default 30s).")
        void taskLease(String value) {
            flags.put("task-lease", value);
        }

        @Option(names = "--task-poll", description = "How often a node looks for tasks other nodes submitted (default 250ms).")
        void taskPoll(String value) {
            flags.put("task-poll", value);
        }

        @Option(names = "--session-timeout", description = "Idle timeout of logon sessions (default 15m).")
        void sessionTimeout(String value) {
            flags.put("session-timeout", value);
        }

        @Option(names = "--lenient-xml", arity = "0..1", fallbackValue = "true", description = "Accept XML bodies in any order and case.")
        void lenientXml(String value) {
            flags.put("lenient-xml", value);
        }

        @Option(names = "--public-url", description = "Base URL for Hrefs, e.g. https://em.example.com:9398/api.")
        void publicUrl(String value) {
            flags.put("public-url", value);
        }

        @Option(names = "--admin-token", description = "Token of the control API under /_cloudgate (default: a random one, printed at start).")
        void adminToken(String value) {
            flags.put("admin-token", value);
        }

        @Option(names = "--journal-size", description = "How many requests the control API's journal keeps (default 1000).")
        void journalSize(String value) {
            flags.put("journal-size", value);
        }

        @Option(names = "--max-body-bytes", description = "Larger request bodies get 413 (default 1048576).")
        void maxBodyBytes(String value) {
            flags.put("max-body-bytes", value);
        }

        @Option(names = "--supported-versions", description = "API versions offered and accepted at logon (default v1_5,v1_6,v1_7).")
        void supportedVersions(String value) {
            flags.put("supported-versions", value);
        }

        @Option(names = "--db-pool-size", description = "Store connection pool size (default 16).")
        void dbPoolSize(String value) {
            flags.put("db-pool-size", value);
        }

        @Option(names = "--logon-lockout-failures", description = "Failed logons in a row that lock an account (default 5).")
        void logonLockoutFailures(String value) {
            flags.put("logon-lockout-failures", value);
        }

        @Option(names = "--logon-lockout", description = "How long such a lock lasts (default 60s).")
        void logonLockout(String value) {
            flags.put("logon-lockout", value);
        }

        /** Defaults, then the --config file, then CLOUDGATE_* variables, then flags (docs/configuration.md). */
        Config config() throws java.io.IOException {
            Config config = Config.defaults();
            if (configFile != null) {
                config = config.with(readFile(configFile));
            }
            return config.with(fromEnvironment()).with(flags);
        }

        /**
         * The command when every argument is a plain {@code --key value} or {@code --key=value} of a known
         * setting, each given once; empty for anything else (help, version, an unknown or repeated option, a
         * missing value, an {@code @file}), which picocli then parses and reports exactly as before. picocli's
         * classes are compiled for Java 5, which the JDK's class-data archives cannot hold: loading and running
         * them cost a server start ~150 ms before it opened its store (docs/benchmarks.md), for arguments that
         * a start from a script or a test nearly always gives in this form. ServeFlagsTest keeps both readings equal.
         */
        public static Optional<Serve> plain(String[] args) {
            Serve serve = new Serve();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("--")) {
                    return Optional.empty();
                }
                int equals = arg.indexOf('=');
                String key = arg.substring(2, equals < 0 ? arg.length() : equals);
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (key.equals("lenient-xml") || i + 1 == args.length || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")) {
                    // An optional value, a missing one, or one picocli might read as an option: picocli decides.
                    return Optional.empty();
                } else {
                    value = args[++i];
                }
                if (key.equals("config")) {
                    if (serve.configFile != null) {
                        return Optional.empty();
                    }
                    try {
                        serve.configFile = Path.of(value);
                    } catch (java.nio.file.InvalidPathException e) {
                        return Optional.empty();
                    }
                    continue;
                }
                String setting = key.equals("http-port") ? "port" : key;
                if (!Config.KEYS.contains(key) || serve.flags.containsKey(setting)) {
                    return Optional.empty();
                }
                serve.flags.put(setting, value);
            }
            return Optional.of(serve);
        }

        @Override
        public Integer call() throws Exception {
            Config config = config();
            long started = System.nanoTime();
            CloudgateServer server = CloudgateServer.start(config);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (Exception ignored) {
                    // shutting down anyway
                } finally {
                    stopped.countDown();
                }
            }));
            System.out.println(readyLine(server.port(), server.httpsPort(), config.bind(), server.storeDescription(),
                    (System.nanoTime() - started) / 1_000_000));
            // A configured token is the operator's secret and is not echoed; a made-up one must be, or nobody could use it.
            System.out.printf("control API: %s://%s:%d/_cloudgate/ (admin token: %s)%n", server.port() >= 0 ? "http" : "https",
                    config.bind(), server.port() >= 0 ? server.port() : server.httpsPort(),
                    config.adminToken() == null ? server.adminToken() : "as configured");
            System.out.flush();
            stopped.await();
            return 0;
        }

        /**
         * "cloudgate ready on port N" names the HTTP port, as tooling parses it; the HTTPS port follows in
         * parentheses. With HTTP off the line names the HTTPS port in both places.
         */
        static String readyLine(int http, int https, String bind, String store, long millis) {
            String urls = (http >= 0 ? "http://" + bind + ":" + http + "/api/" : "")
                    + (http >= 0 && https >= 0 ? " " : "")
                    + (https >= 0 ? "https://" + bind + ":" + https + "/api/" : "");
            return "cloudgate ready on port " + (http >= 0 ? http : https) + (https >= 0 ? " (https " + https + ")" : "") + ": " + urls
                    + " (store: " + store + ", started in " + millis + " ms)";
        }

        private static Map<String, String> fromEnvironment() {
            Map<String, String> settings = new LinkedHashMap<>();
            for (String key : Config.KEYS) {
                String value = System.getenv("CLOUDGATE_" + key.toUpperCase(Locale.ROOT).replace('-', '_'));
                if (value != null) {
                    settings.put(key, value);
                }
            }
            return settings;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, String> readFile(Path file) throws java.io.IOException {
            Map<String, Object> raw = new ObjectMapper(new YAMLFactory()).readValue(Files.readString(file), Map.class);
            Map<String, String> settings = new LinkedHashMap<>();
            raw.forEach((k, v) -> settings.put(k, v == null ? null : String.valueOf(v)));
            return settings;
        }
    }
}
