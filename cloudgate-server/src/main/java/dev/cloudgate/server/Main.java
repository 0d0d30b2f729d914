package dev.cloudgate.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
        @Option(names = "--config", description = "YAML file of settings (keys as the long options below).")
        Path configFile;
        @Option(names = {"--port", "--http-port"}, description = "HTTP port (default 9399; off turns HTTP off).")
        String port;
        @Option(names = "--https-port", description = "HTTPS port (default 9398, or a free one when --port is 0; off turns HTTPS off).")
        String httpsPort;
        @Option(names = "--keystore", description = "PKCS#12 keystore for HTTPS (default: a self-signed one made in the data directory).")
        String keystore;
        @Option(names = "--keystore-password", description = "Password of --keystore (prefer CLOUDGATE_KEYSTORE_PASSWORD).")
        String keystorePassword;
        @Option(names = "--bind", description = "Address to listen on (default 127.0.0.1).")
        String bind;
        @Option(names = "--data", description = "Data directory of the embedded store (default ./data).")
        String data;
        @Option(names = "--seed", description = "Seed file loaded into an empty store (default: the demo seed).")
        String seed;
        @Option(names = "--jdbc-url", description = "Use this database instead of the embedded one, e.g. jdbc:postgresql://localhost/cloudgate.")
        String jdbcUrl;
        @Option(names = "--db-user", description = "Database user.")
        String dbUser;
        @Option(names = "--db-password", description = "Database password.")
        String dbPassword;
        @Option(names = "--task-delay", description = "Time a task stays Running before it is applied (default 1s; 0 in tests).")
        String taskDelay;
        @Option(names = "--task-work", description = "Simulated deployment time inside a claimed task (default 0).")
        String taskWork;
        @Option(names = "--task-lease", description = "How long a node holds a claimed task before another may take it over (default 30s).")
        String taskLease;
        @Option(names = "--task-poll", description = "How often a node looks for tasks other nodes submitted (default 250ms).")
        String taskPoll;
        @Option(names = "--session-timeout", description = "Idle timeout of logon sessions (default 15m).")
        String sessionTimeout;
        @Option(names = "--lenient-xml", arity = "0..1", fallbackValue = "true", description = "Accept XML bodies in any order and case.")
        String lenientXml;
        @Option(names = "--public-url", description = "Base URL for Hrefs, e.g. https://em.example.com:9398/api.")
        String publicUrl;
        @Option(names = "--admin-token", description = "Token of the control API under /_cloudgate (default: a random one, printed at start).")
        String adminToken;
        @Option(names = "--journal-size", description = "How many requests the control API's journal keeps (default 1000).")
        String journalSize;
        @Option(names = "--max-body-bytes", description = "Larger request bodies get 413 (default 1048576).")
        String maxBodyBytes;
        @Option(names = "--supported-versions", description = "API versions offered and accepted at logon (default v1_5,v1_6,v1_7).")
        String supportedVersions;
        @Option(names = "--db-pool-size", description = "Store connection pool size (default 16).")
        String dbPoolSize;
        @Option(names = "--logon-lockout-failures", description = "Failed logons in a row that lock an account (default 5).")
        String logonLockoutFailures;
        @Option(names = "--logon-lockout", description = "How long such a lock lasts (default 60s).")
        String logonLockout;

        /** Defaults, then the --config file, then CLOUDGATE_* variables, then flags (docs/configuration.md). */
        Config config() throws java.io.IOException {
            Config config = Config.defaults();
            if (configFile != null) {
                config = config.with(readFile(configFile));
            }
            config = config.with(fromEnvironment());
            Map<String, String> flags = new LinkedHashMap<>();
            flags.put("port", port);
            flags.put("https-port", httpsPort);
            flags.put("keystore", keystore);
            flags.put("keystore-password", keystorePassword);
            flags.put("bind", bind);
            flags.put("data", data);
            flags.put("seed", seed);
            flags.put("jdbc-url", jdbcUrl);
            flags.put("db-user", dbUser);
            flags.put("db-password", dbPassword);
            flags.put("task-delay", taskDelay);
            flags.put("task-work", taskWork);
            flags.put("task-lease", taskLease);
            flags.put("task-poll", taskPoll);
            flags.put("session-timeout", sessionTimeout);
            flags.put("lenient-xml", lenientXml);
            flags.put("public-url", publicUrl);
            flags.put("admin-token", adminToken);
            flags.put("journal-size", journalSize);
            flags.put("max-body-bytes", maxBodyBytes);
            flags.put("supported-versions", supportedVersions);
            flags.put("db-pool-size", dbPoolSize);
            flags.put("logon-lockout-failures", logonLockoutFailures);
            flags.put("logon-lockout", logonLockout);
            return config.with(flags);
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
