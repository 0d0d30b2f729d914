package dev.cloudgate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script itself ({@code ./cloudgate serve}), run after the jar is packaged: the JVM flags
 * it picks are part of the product (docs/configuration.md, "JVM options").
 */
class LauncherIT {
    private static final Pattern READY = Pattern.compile("cloudgate ready on port (\\d+)");

    private static Path launcher() {
        String path = System.getProperty("cloudgate.launcher");
        assumeTrue(path != null, "declared: runs in the integration-test phase, after the jar the launcher starts is packaged");
        return Path.of(path);
    }

    @Test
    void anUnknownCompilerChoiceIsRefusedBeforeAJvmStarts() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(launcher().toString(), "serve").redirectErrorStream(true);
        builder.environment().put("CLOUDGATE_JIT", "fastest");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("CLOUDGATE_JIT is quick or full, not 'fastest'");
    }

    @Test
    void byDefaultTheServerRunsBothCompilersWithTheFullJitsAotCache(@TempDir Path work) throws Exception {
        Path launcher = launcher();
        Path fullCache = launcher.getParent().resolve("cloudgate-cli/target/cloudgate-serve-full.aot");
        Files.deleteIfExists(fullCache);
        Path log = work.resolve("server.log");
        // The launcher execs the JVM: the process it started is the server, with the flags it chose.
        whileServing(work, Map.of(), log, server -> assertThat(commandLine(server)).contains("-XX:TieredStopAtLevel=4")
                .contains("cloudgate-serve-full.aot").doesNotContain("-XX:TieredStopAtLevel=1"));
        if (Runtime.version().feature() >= 25) {
            // Written as the JVM exits (a child JVM assembles it).
            assertThat(fullCache).as(() -> "the launcher's output:\n" + read(log)).isRegularFile();
        }
    }

    @Test
    void quickRunsC1OnlyWithAnAotCacheOfItsOwn(@TempDir Path work) throws Exception {
        Path log = work.resolve("server.log");
        whileServing(work, Map.of("CLOUDGATE_JIT", "quick"), log, server -> assertThat(commandLine(server))
                .contains("-XX:TieredStopAtLevel=1").contains("cloudgate-serve.aot").doesNotContain("cloudgate-serve-full.aot"));
    }

    /**
     * {@code ./cloudgate serve} on free ports with HTTPS off, with {@code environment} set and any other
     * {@code CLOUDGATE_JIT} and {@code CLOUDGATE_JAVA_OPTS} removed; {@code --https-port=off} also takes the
     * {@code --key=value} form through the launcher.
     */
    private static Process serve(Path work, Map<String, String> environment, Path log) throws java.io.IOException {
        ProcessBuilder builder = new ProcessBuilder(launcher().toString(), "serve", "--port", "0", "--https-port=off",
                "--data", work.resolve("data").toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("CLOUDGATE_JIT");
        builder.environment().remove("CLOUDGATE_JAVA_OPTS");
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Something to check on a running server. */
    @FunctionalInterface
    private interface ServerCheck {
        void check(Process server) throws Exception;
    }

    /** {@link #serve}, then, once the entry point answers 200, {@code check} while it runs; stopped in the end. */
    private static void whileServing(Path work, Map<String, String> environment, Path log, ServerCheck check) throws Exception {
        Process server = serve(work, environment, log);
        try {
            assertThat(entryPoint(portFrom(log, server))).isEqualTo(200);
            check.check(server);
        } finally {
            server.destroy();
            assertThat(server.waitFor(120, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static String commandLine(Process server) throws java.io.IOException {
        return Files.readString(Path.of("/proc", String.valueOf(server.pid()), "cmdline")).replace('\0', ' ');
    }

    private static int entryPoint(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aServerStartedWithPlainOptionsLoadsNoPicocliClass(@TempDir Path work) throws Exception {
        Path classes = work.resolve("classes.log");
        Path log = work.resolve("server.log");
        // Read while the server runs: the JVM that writes an AOT cache at exit may log its own classes there.
        // picocli's Java 5 classes stay out of the JDK's class-data archives: a start that loads them is ~150 ms slower.
        whileServing(work, Map.of("CLOUDGATE_JAVA_OPTS", "-Xlog:class+load:file=" + classes), log, server ->
                assertThat(Files.readString(classes)).contains("dev.cloudgate.server.CloudgateServer").doesNotContain(" picocli."));
    }

    private static int portFrom(Path log, Process server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Matcher ready = READY.matcher(read(log));
            if (ready.find()) {
                return Integer.parseInt(ready.group(1));
            }
            assertThat(server.isAlive()).as(() -> "the server exited before it was ready:\n" + read(log)).isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("the server was not ready in 120 s:\n" + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
