package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Gateways, sessions and tasks survive a restart of the server on the same store (issue 2 point 8, SPEC §8 B1). */
class RestartAcceptanceTest {

    @Test
    void aClientsTokenGatewaysAndTasksOutliveARestart() throws Exception {
        Path data = Files.createTempDirectory("cloudgate-restart");
        String token;
        String taskHref;
        String gatewayId;
        try (RunningServer first = RunningServer.start(Map.of("data", data.toString()))) {
            Api api = first.api().logon();
            token = api.token();
            Api.Response accepted = api.post("/cloud/gateways", Api.JSON,
                    "{\"ServerHostName\":\"gw02.tech.local\",\"NetworkType\":\"Direct\",\"BackupServerUid\":\"" + Api.BS1 + "\"}");
            taskHref = accepted.header("Location").substring(first.base().length());
            gatewayId = api.awaitTask(accepted.header("Location")).find("/cloud/gateways/([0-9a-f-]{36})");
        }
        try (RunningServer second = RunningServer.start(Map.of("data", data.toString()))) {
            Api api = second.api().token(token);
            assertThat(api.get("/cloud/gateways/" + gatewayId + "?format=Entity").body()).contains("Name=\"gw02.tech.local\"");
            assertThat(api.get(taskHref).body()).contains("<State>Finished</State>", "Success=\"true\"");
        }
    }

    @Test
    void aDelayedTaskKeepsItsScheduleAcrossARestart() throws Exception {
        Path data = Files.createTempDirectory("cloudgate-restart");
        String token;
        String taskHref;
        try (RunningServer first = RunningServer.start(Map.of("data", data.toString(), "task-delay", "1h"))) {
            Api api = first.api().logon();
            token = api.token();
            Api.Response accepted = api.post("/cloud/gateways", Api.JSON,
                    "{\"ServerHostName\":\"gw03.tech.local\",\"NetworkType\":\"Direct\",\"BackupServerUid\":\"" + Api.BS1 + "\"}");
            taskHref = accepted.header("Location").substring(first.base().length());
            assertThat(api.get(taskHref).body()).contains("<State>Running</State>");
        }
        try (RunningServer second = RunningServer.start(Map.of("data", data.toString()))) {
            Api api = second.api().token(token);
            // The delay was part of the accepted task; a restart does not cut it short, so the task is still Running.
            assertThat(api.get(taskHref).body()).contains("<State>Running</State>");
            assertThat(api.get("/cloud/gateways").body()).doesNotContain("gw03.tech.local");
        }
    }

    @Test
    void aTaskInterruptedMidWorkByShutdownIsFinishedAfterRestart() throws Exception {
        Path data = Files.createTempDirectory("cloudgate-restart");
        String token;
        String taskHref;
        try (LogCapture log = new LogCapture();
                RunningServer first = RunningServer.start(Map.of("data", data.toString(), "task-work", "3s"))) {
            Api api = first.api().logon();
            token = api.token();
            Api.Response accepted = api.post("/cloud/gateways", Api.JSON,
                    "{\"ServerHostName\":\"gw01.tech.local\",\"NetworkType\":\"Direct\",\"BackupServerUid\":\"" + Api.BS1 + "\"}");
            taskHref = accepted.header("Location").substring(first.base().length());
            // Stopped once the runner has claimed the task and is inside its 3 s of work, and the task is still Running:
            // otherwise the restart below would prove nothing.
            log.await(line -> line.contains("task-work: "));
            assertThat(api.get(taskHref).body()).as("the task at shutdown").contains("<State>Running</State>");
        }
        try (RunningServer second = RunningServer.start(Map.of("data", data.toString()))) {
            Api api = second.api().token(token);
            Api.Response done = api.awaitTask(taskHref);
            assertThat(done.body()).contains("Success=\"true\"");
            // One gw01 gateway besides the seeded one on gw04: the resumed task did not create it twice.
            assertThat(api.get("/cloud/gateways").body()).containsOnlyOnce("Name=\"gw01.tech.local\" UID=");
        }
    }
}
