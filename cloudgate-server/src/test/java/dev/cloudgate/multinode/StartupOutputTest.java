package dev.cloudgate.multinode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Control;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README, "Getting started": what {@code cloudgate serve} prints, as a user reads it: the ready line, then the control API line with its token. */
class StartupOutputTest {
    private static final Pattern CONTROL = Pattern.compile("^control API: (http://127\\.0\\.0\\.1:(\\d+)/_cloudgate/) \\(admin token: (\\S+)\\)$");

    @Test
    void theReadyLineNamesThePortsAndTheNextLineTheControlApiWithItsToken() throws Exception {
        Path data = Files.createTempDirectory("cloudgate-startup");
        try (NodeProcess node = NodeProcess.start("startup", "--data", data.toString(), "--task-delay", "0")) {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!node.output().contains("control API: ") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            // Log lines (stderr) may come in between; the two lines of standard output are in this order.
            List<String> printed = node.output().lines().filter(l -> l.startsWith("cloudgate ready") || l.startsWith("control API")).toList();
            assertThat(printed).hasSize(2);
            assertThat(printed.get(0)).startsWith("cloudgate ready on port " + node.port() + ": http://127.0.0.1:" + node.port() + "/api/")
                    .doesNotContain("token");
            Matcher control = CONTROL.matcher(printed.get(1));
            assertThat(control.matches()).as(printed.get(1)).isTrue();
            assertThat(Integer.parseInt(control.group(2))).isEqualTo(node.port());
            // The printed token is the one the control API takes.
            assertThat(new Control(control.group(1).replaceAll("/$", ""), control.group(3)).get("/state").status()).isEqualTo(200);
        }
    }
}
