package dev.cloudgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Tooling parses "cloudgate ready on port N" for the HTTP port; the HTTPS port follows in a parseable form. */
class ReadyLineTest {
    private static final Pattern READY = Pattern.compile("^cloudgate ready on port (\\d+)(?: \\(https (\\d+)\\))?: .*");

    @Test
    void readyLineNamesTheHttpPortFirstAndTheHttpsPortInParentheses() {
        String line = Main.Serve.readyLine(9399, 9398, "127.0.0.1", "embedded H2 in /data", 5);
        Matcher m = READY.matcher(line);
        assertThat(m.matches()).as(line).isTrue();
        assertThat(m.group(1)).isEqualTo("9399");
        assertThat(m.group(2)).isEqualTo("9398");
        assertThat(line).isEqualTo("cloudgate ready on port 9399 (https 9398): http://127.0.0.1:9399/api/ https://127.0.0.1:9398/api/"
                + " (store: embedded H2 in /data, started in 5 ms)");
    }

    @Test
    void withHttpsOffTheLineIsAsBefore() {
        assertThat(Main.Serve.readyLine(9399, -1, "127.0.0.1", "PostgreSQL", 7))
                .isEqualTo("cloudgate ready on port 9399: http://127.0.0.1:9399/api/ (store: PostgreSQL, started in 7 ms)");
    }

    @Test
    void withHttpOffTheHttpsPortIsTheOneNamed() {
        assertThat(Main.Serve.readyLine(-1, 9398, "0.0.0.0", "PostgreSQL", 7))
                .matches(READY.pattern())
                .startsWith("cloudgate ready on port 9398 (https 9398): https://0.0.0.0:9398/api/ (store:");
    }
}
