package dev.cloudgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.RunningServer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Tooling parses "cloudgate ready on port N" for the HTTP port; the HTTPS port follows in a parseable form. */
class ReadyLineTest {
    private static final Pattern READY = Pattern.compile("^cloudgate ready on port (\\d+)(?: \\(https (\\d+)\\))?: .*");

    @Test
    void readyLineNamesTheHttpPortFirstAndTheHttpsPortInParentheses() throws Exception {
        try (RunningServer server = RunningServer.start(Map.of("https-port", "0"))) {
            String line = Main.Serve.readyLine(serverOf(server), "127.0.0.1", 5);
            Matcher m = READY.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(server.port());
            assertThat(Integer.parseInt(m.group(2))).isEqualTo(server.httpsPort());
            assertThat(line).contains("http://127.0.0.1:" + server.port() + "/api/", "https://127.0.0.1:" + server.httpsPort() + "/api/");
        }
    }

    @Test
    void withHttpsOffTheLineIsAsBefore() throws Exception {
        try (RunningServer server = RunningServer.start(Map.of())) {
            String line = Main.Serve.readyLine(serverOf(server), "127.0.0.1", 5);
            assertThat(line).startsWith("cloudgate ready on port " + server.port() + ": http://127.0.0.1:" + server.port() + "/api/ (store:");
        }
    }

    private static CloudgateServer serverOf(RunningServer server) {
        return server.server();
    }
}
