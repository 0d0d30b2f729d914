package dev.cloudgate.multinode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.TestSeeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** kill -9 of a server on the embedded store in the middle of a task, then a restart on the same data. */
class EmbeddedCrashRecoveryTest {

    @Test
    void taskInterruptedByKillCompletesAfterRestartAndNothingIsHalfMade() throws Exception {
        Path data = Files.createTempDirectory("cloudgate-crash");
        Path seed = TestSeeds.withHosts(3);
        String host = TestSeeds.host(1);
        String token;
        try (NodeProcess first = node("before-crash", data, seed)) {
            Api api = first.api().logon();
            token = api.token();
            assertThat(api.post("/cloud/gateways", Api.JSON, TestSeeds.createGateway(host)).status()).isEqualTo(202);
            // Killed once the runner has claimed the task and is inside its 3 s of work: the crash this test is about.
            awaitOutput(first, "task-work: ");
            assertThat(api.get("/tasks/task-1").body()).contains("<State>Running</State>");
            first.kill();
        }

        try (NodeProcess second = node("after-crash", data, seed)) {
            Api api = second.api().token(token);
            Api.Response done = api.awaitTask("/tasks/task-1");
            assertThat(done.body()).contains("<Result Success=\"true\">", "<Message>Ok</Message>");
            Api.Response gateways = api.get("/cloud/gateways?format=Entity");
            assertThat(Pattern.compile("<CloudGateway [^>]*Name=\"" + host + "\"").matcher(gateways.body()).results().count())
                    .isEqualTo(1);
            assertThat(Pattern.compile("<CloudGateway ").matcher(gateways.body()).results().count()).isEqualTo(1);
            assertThat(api.get("/tasks").body()).contains("task-1").doesNotContain("task-2");
            // The store takes new work as usual.
            Api.Response next = api.post("/cloud/gateways", Api.JSON, TestSeeds.createGateway(TestSeeds.host(2)));
            assertThat(api.awaitTask(next.header("Location")).body()).contains("<Result Success=\"true\">");
        }
    }

    private static void awaitOutput(NodeProcess node, String text) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (!node.output().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' in the node's output:\n" + node.output());
            }
            Thread.sleep(20);
        }
    }

    private static NodeProcess node(String name, Path data, Path seed) throws Exception {
        return NodeProcess.start(name, "--data", data.toString(), "--seed", seed.toString(), "--task-delay", "0",
                "--task-poll", "50ms", "--task-work", "3s", "--task-lease", "2s");
    }
}
