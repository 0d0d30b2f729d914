package dev.cloudgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's recipe for a throw-away server, {@code cloudgate serve --port 0 --task-delay 0 --data "$(mktemp -d)"},
 * run twice at the same moment (parallel test forks): with HTTP on port 0, HTTPS takes a free port too, so
 * neither dies on a port the other holds.
 */
class ParallelServeTest {
    private static final Pattern READY = Pattern.compile("cloudgate ready on port (\\d+) \\(https (\\d+)\\)");

    @Test
    void twoThrowAwayServersStartedAtOnceBothComeUp() throws Exception {
        List<Process> processes = new ArrayList<>();
        try {
            List<CompletableFuture<int[]>> ready = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx256m",
                        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                        "serve", "--port", "0", "--task-delay", "0", "--data", Files.createTempDirectory("cloudgate-parallel").toString())
                        .redirectErrorStream(true);
                builder.environment().keySet().removeIf(k -> k.startsWith("CLOUDGATE_"));
                Process process = builder.start();
                processes.add(process);
                ready.add(CompletableFuture.supplyAsync(() -> readyPorts(process)));
            }
            int[] first = ready.get(0).get(90, TimeUnit.SECONDS);
            int[] second = ready.get(1).get(90, TimeUnit.SECONDS);
            assertThat(first[1]).isNotEqualTo(9398).isNotEqualTo(second[1]);
            assertThat(second[1]).isNotEqualTo(9398);
            assertThat(first[0]).isNotEqualTo(second[0]);
            HttpClient http = HttpClient.newHttpClient();
            for (int[] ports : List.of(first, second)) {
                HttpResponse<String> entry = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports[0] + "/api/")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(entry.statusCode()).isEqualTo(200);
                assertThat(processes.stream().allMatch(Process::isAlive)).isTrue();
            }
        } finally {
            for (Process process : processes) {
                process.destroy();
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    /** The HTTP and HTTPS ports of the ready line; what the process printed if it ended before. */
    private static int[] readyPorts(Process process) {
        StringBuilder output = new StringBuilder();
        // Not closed here: once ready, the rest of the output is drained until the process ends.
        BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.append(line).append('\n');
                Matcher m = READY.matcher(line);
                if (m.find()) {
                    // Keep draining so that the server never blocks on a full pipe.
                    Thread.ofVirtual().start(() -> drain(in));
                    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("the server ended before it was ready:\n" + output);
    }

    private static void drain(BufferedReader in) {
        try {
            while (in.readLine() != null) {
                // discard
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }
}
