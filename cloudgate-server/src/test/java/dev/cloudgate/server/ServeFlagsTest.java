package dev.cloudgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * docs/configuration.md says every setting is also a flag {@code --<key>}: this walks its settings table and
 * starts {@code serve}'s configuration with each key given as a flag, checking the value reached the server.
 */
class ServeFlagsTest {
    private static final Pattern ROW = Pattern.compile("^\\| (`[^|]+`) \\|");
    private static final Pattern KEY = Pattern.compile("`([a-z-]+)`");

    @Test
    void everySettingInTheTableIsAFlagThatReachesARunningServer(@TempDir Path dir) throws Exception {
        List<String> documented = documentedKeys();
        assertThat(new LinkedHashSet<>(documented)).as("keys in docs/configuration.md's table").isEqualTo(new LinkedHashSet<>(Config.KEYS));

        Path seed = dir.resolve("seed.yaml");
        Files.writeString(seed, """
                backupServers:
                  - id: 8ea5406b-a6e9-42d9-bca5-44b6a5d94af1
                    name: vbr01.flags.local
                users:
                  - { name: 'LAB\\admin', role: Portal Administrator, password: 'Flags' }
                """);
        Path keystore = keystore(dir, "changeit");
        // A value unlike the default for each key, and how the started server's configuration shows it.
        Map<String, Sample> samples = new LinkedHashMap<>();
        samples.put("port", new Sample("0", c -> c.port() == 0));
        samples.put("http-port", new Sample("0", c -> c.port() == 0));
        samples.put("bind", new Sample("localhost", c -> c.bind().equals("localhost")));
        samples.put("data", new Sample(dir.resolve("other-data").toString(), c -> c.dataDir().equals(dir.resolve("other-data"))));
        samples.put("seed", new Sample(seed.toString(), c -> seed.equals(c.seed())));
        String h2 = "jdbc:h2:file:" + dir.resolve("by-url/cloudgate") + ";WRITE_DELAY=0";
        samples.put("jdbc-url", new Sample(h2, c -> h2.equals(c.jdbcUrl())));
        samples.put("db-user", new Sample("owner", c -> c.dbUser().equals("owner")));
        samples.put("db-password", new Sample("pw", c -> c.dbPassword().equals("pw")));
        samples.put("db-pool-size", new Sample("4", c -> c.dbPoolSize() == 4));
        samples.put("task-delay", new Sample("2s", c -> c.taskDelay().equals(Duration.ofSeconds(2))));
        samples.put("task-work", new Sample("10ms", c -> c.taskWork().equals(Duration.ofMillis(10))));
        samples.put("task-lease", new Sample("45s", c -> c.taskLease().equals(Duration.ofSeconds(45))));
        samples.put("task-poll", new Sample("100ms", c -> c.taskPoll().equals(Duration.ofMillis(100))));
        samples.put("session-timeout", new Sample("20m", c -> c.sessionIdleTimeout().equals(Duration.ofMinutes(20))));
        samples.put("lenient-xml", new Sample("true", Config::lenientXml));
        samples.put("public-url", new Sample("https://em.example.com:9398/api", c -> "https://em.example.com:9398/api".equals(c.publicBaseUrl())));
        samples.put("max-body-bytes", new Sample("2048", c -> c.maxBodyBytes() == 2048));
        samples.put("supported-versions", new Sample("v1_6,v1_7", c -> c.supportedVersions().equals(List.of("v1_6", "v1_7"))));
        samples.put("admin-token", new Sample("flag-token", c -> "flag-token".equals(c.adminToken())));
        samples.put("journal-size", new Sample("5", c -> c.journalSize() == 5));
        samples.put("https-port", new Sample("0", c -> c.httpsPort() == 0));
        samples.put("keystore", new Sample(keystore.toString(), c -> keystore.equals(c.keystore())));
        samples.put("keystore-password", new Sample("changeit", c -> "changeit".equals(c.keystorePassword())));
        samples.put("logon-lockout-failures", new Sample("3", c -> c.logonLockoutFailures() == 3));
        samples.put("logon-lockout", new Sample("5s", c -> c.logonLockout().equals(Duration.ofSeconds(5))));
        assertThat(samples.keySet()).as("a sample value for every documented key").containsAll(documented);

        for (String key : documented) {
            Map<String, String> flags = new LinkedHashMap<>();
            flags.put(key.equals("http-port") ? "http-port" : "port", "0"); // --http-port is --port under its other name
            flags.put("https-port", "off");
            flags.put("data", dir.resolve("data-" + key).toString());
            flags.put("task-delay", "0");
            // The keystore and its password only make sense together, and only with HTTPS on.
            if (key.equals("keystore") || key.equals("keystore-password")) {
                flags.putAll(Map.of("https-port", "0", "keystore", keystore.toString(), "keystore-password", "changeit"));
            }
            flags.put(key, samples.get(key).value());
            List<String> args = new ArrayList<>();
            flags.forEach((k, v) -> args.addAll(List.of("--" + k, v)));
            Main.Serve serve = new Main.Serve();
            new CommandLine(serve).parseArgs(args.toArray(String[]::new));
            Config config = serve.config();
            if (key.equals("lenient-xml")) {
                // Its value is optional, so "--lenient-xml true" is left to picocli.
                assertThat(Main.Serve.plain(args.toArray(String[]::new))).as("serve's own reading of %s", args).isEmpty();
            } else {
                assertThat(Main.Serve.plain(args.toArray(String[]::new))).as("serve's own reading of %s", args).get()
                        .satisfies(plain -> assertThat(plain.config()).isEqualTo(config));
            }
            try (CloudgateServer server = CloudgateServer.start(config)) {
                assertThat(samples.get(key).reached().test(server.config())).as("--%s %s reached the server", key, samples.get(key).value())
                        .isTrue();
            }
        }
    }

    @Test
    void serveReadsPlainOptionsAsPicocliDoesAndLeavesTheRestToIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.yaml");
        Files.writeString(file, "port: 0\ntask-delay: 5s\n");
        List<List<String>> plain = List.of(List.of(), List.of("--port", "0"), List.of("--port=0", "--data", "d", "--task-delay=0"),
                List.of("--http-port", "9401"), List.of("--db-password=", "--seed", "s.yaml"), List.of("--lenient-xml=true"),
                List.of("--config", file.toString(), "--task-delay", "1s"), List.of("--admin-token", "a=b", "--public-url=http://h/api?x=1"));
        for (List<String> args : plain) {
            Main.Serve parsed = new Main.Serve();
            new CommandLine(parsed).parseArgs(args.toArray(String[]::new));
            assertThat(Main.Serve.plain(args.toArray(String[]::new))).as("%s", args).get()
                    .satisfies(read -> assertThat(read.config()).isEqualTo(parsed.config()));
        }
        // Help, version, usage errors and picocli's own forms are picocli's to answer.
        List<List<String>> others = List.of(List.of("--help"), List.of("-h"), List.of("--version"), List.of("--port"), List.of("--port", "1", "--port", "2"),
                List.of("--port", "1", "--http-port", "2"), List.of("--nope", "1"), List.of("@" + file), List.of("--lenient-xml"),
                List.of("--lenient-xml", "false"), List.of("--db-password", "-x"), List.of("extra"), List.of("--"), List.of("--config", "a", "--config", "b"));
        for (List<String> args : others) {
            assertThat(Main.Serve.plain(args.toArray(String[]::new))).as("%s", args).isEmpty();
        }
    }

    private static List<String> documentedKeys() throws Exception {
        Set<String> keys = new LinkedHashSet<>();
        for (String line : Files.readAllLines(Path.of("..", "docs", "configuration.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                Matcher key = KEY.matcher(row.group(1));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            }
        }
        return List.copyOf(keys);
    }

    /** A PKCS#12 keystore made with the JDK's keytool, as a user would make one. */
    private static Path keystore(Path dir, String password) throws Exception {
        Path file = dir.resolve("own.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "cloudgate", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", password, "-keypass", password).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        return file;
    }

    private record Sample(String value, Predicate<Config> reached) {
    }
}
