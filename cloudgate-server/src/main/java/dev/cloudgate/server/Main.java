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
        subcommands = {Main.Serve.class})
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
        @Option(names = "--port", description = "HTTP port (default 9399).")
        String port;
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
        @Option(names = "--session-timeout", description = "Idle timeout of logon sessions (default 15m).")
        String sessionTimeout;
        @Option(names = "--lenient-xml", arity = "0..1", fallbackValue = "true", description = "Accept XML bodies in any order and case.")
        String lenientXml;
        @Option(names = "--public-url", description = "Base URL for Hrefs, e.g. https://em.example.com:9398/api.")
        String publicUrl;

        @Override
        public Integer call() throws Exception {
            Config config = Config.defaults();
            if (configFile != null) {
                config = config.with(readFile(configFile));
            }
            config = config.with(fromEnvironment());
            Map<String, String> flags = new LinkedHashMap<>();
            flags.put("port", port);
            flags.put("bind", bind);
            flags.put("data", data);
            flags.put("seed", seed);
            flags.put("jdbc-url", jdbcUrl);
            flags.put("db-user", dbUser);
            flags.put("db-password", dbPassword);
            flags.put("task-delay", taskDelay);
            flags.put("task-work", taskWork);
            flags.put("task-lease", taskLease);
            flags.put("session-timeout", sessionTimeout);
            flags.put("lenient-xml", lenientXml);
            flags.put("public-url", publicUrl);
            config = config.with(flags);
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
            System.out.printf("cloudgate ready on port %d: http://%s:%d/api/ (store: %s, started in %d ms)%n", server.port(),
                    config.bind(), server.port(), server.storeDescription(), (System.nanoTime() - started) / 1_000_000);
            System.out.flush();
            stopped.await();
            return 0;
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
