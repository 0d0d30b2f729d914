package dev.cloudgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.ServerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code cloudgate} run as a process against a real server: output and the exit codes scripts rely on. */
class CliAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static CliProcess loggedOn;

    @BeforeAll
    static void start(@TempDir Path home) {
        loggedOn = CliProcess.loggedOn(server.base(), home);
    }

    @Test
    void helpIsOfferedOnEveryLevelAndEndsWithZero() {
        CliProcess.Result root = loggedOn.run("--help");
        assertThat(root.exit()).isZero();
        assertThat(root.out()).contains("serve", "login", "gateways", "pools", "tasks", "infra", "reset", "Exit codes");
        CliProcess.Result create = loggedOn.run("gateways", "create", "--help");
        assertThat(create.exit()).isZero();
        assertThat(create.out()).contains("--wait", "--timeout", "--backup-server", "--output");
        // serve is built on its own (a shorter start-up); its usage still names it as the full command.
        assertThat(loggedOn.run("serve", "--help").out()).contains("Usage: cloudgate serve", "--port", "--seed");
    }

    @Test
    void aCommandWithoutItsSubcommandOrOptionsIsAUsageError() {
        assertThat(loggedOn.run().exit()).isEqualTo(2);
        assertThat(loggedOn.run("gateways").exit()).isEqualTo(2);
        CliProcess.Result missing = loggedOn.run("gateways", "create", "--host", "gw03.tech.local");
        assertThat(missing.exit()).as(missing.toString()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required option: '--backup-server=SERVER'");
        CliProcess.Result badMode = loggedOn.run("gateways", "create", "--backup-server", "vbr01.tech.local", "--host", "x", "--mode", "Bridge");
        assertThat(badMode.exit()).isEqualTo(2);
        assertThat(badMode.err()).contains("'Bridge' is not a network mode");
    }

    @Test
    void loginKeepsAPrivateSessionFileAndWithoutOneCommandsSaySo(@TempDir Path home) throws Exception {
        CliProcess fresh = new CliProcess(server.base(), home);
        CliProcess.Result refused = fresh.run("gateways", "list");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("Not logged on to " + server.base(), "cloudgate login");

        CliProcess.Result login = fresh.run("login", "--user", Api.PORTAL_USER, "--password", Api.PASSWORD);
        assertThat(login.exit()).as(login.toString()).isZero();
        assertThat(login.out()).contains("as TECH\\portal.user");
        Path file = home.resolve("session");
        assertThat(Files.readString(file)).contains("token=").doesNotContain(Api.PASSWORD);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        assertThat(fresh.run("infra", "backup-servers").out()).contains("vbr01.tech.local", "13.0.1.1071");
        CliProcess.Result logout = fresh.run("logout");
        assertThat(logout.exit()).isZero();
        assertThat(file).doesNotExist();
    }

    @Test
    void createWaitsShowingProgressThenTheGatewayIsListedAndShown() throws Exception {
        CliProcess.Result create = loggedOn.run("gateways", "create", "--backup-server", "vbr01.tech.local", "--host", "gw01.tech.local",
                "--mode", "nat", "--external-ip", "203.0.113.10", "--description", "from the CLI", "--wait");
        assertThat(create.exit()).as(create.toString()).isZero();
        assertThat(create.out()).contains("CreateCloudGateway: Success: Ok");
        assertThat(create.err()).contains("CreateCloudGateway: Running", "CreateCloudGateway: Finished");

        CliProcess.Result list = loggedOn.run("gateways", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).startsWith("ID ").containsPattern("gw01\\.tech\\.local\\s+true\\s+NAT\\s+203\\.0\\.113\\.10:6180");

        CliProcess.Result show = loggedOn.run("gateways", "show", "gw01.tech.local", "--output", "json");
        assertThat(show.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(show.out());
        assertThat(json.path("Name").asText()).isEqualTo("gw01.tech.local");
        assertThat(json.path("Description").asText()).isEqualTo("from the CLI");

        CliProcess.Result xml = loggedOn.run("gateways", "show", json.path("UID").asText(), "-o", "xml");
        assertThat(xml.out()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>").contains("<ExternalIP>203.0.113.10</ExternalIP>");
    }

    @Test
    void aTaskThatFinishesUnsuccessfullyEndsWithThree() {
        CliProcess.Result create = loggedOn.run("gateways", "create", "--backup-server", "vbr01.tech.local", "--host", "lnx01.tech.local", "--wait");
        assertThat(create.exit()).as(create.toString()).isEqualTo(3);
        assertThat(create.err()).contains("CreateCloudGateway failed: Server lnx01.tech.local is not a Microsoft Windows server.");
    }

    @Test
    void aRefusalEndsWithOneAndPrintsTheServersMessage() {
        CliProcess.Result nat = loggedOn.run("gateways", "create", "--backup-server", "vbr01.tech.local", "--host", "gw02.tech.local", "--mode", "NAT");
        assertThat(nat.exit()).as(nat.toString()).isEqualTo(1);
        assertThat(nat.err()).contains("cloudgate: ExternalIp must be specified when the network mode is NAT. (HTTP 400)");

        CliProcess.Result unknown = loggedOn.run("gateways", "show", "00000000-0000-4000-8000-000000000000");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("Cloud gateway [00000000-0000-4000-8000-000000000000] was not found. (HTTP 404)");

        CliProcess.Result badLogon = loggedOn.run("infra", "backup-servers", "--user", Api.ADMIN, "--password", "wrong");
        assertThat(badLogon.exit()).isEqualTo(1);
        assertThat(badLogon.err()).contains("(HTTP 401)");
    }

    @Test
    void tasksOfTheSavedSessionCanBeFollowedAcrossInvocations(@TempDir Path home) {
        CliProcess cli = CliProcess.loggedOn(server.base(), home);
        CliProcess.Result create = cli.run("gateways", "create", "--backup-server", Api.BS1, "--host", "gw03.tech.local");
        assertThat(create.exit()).as(create.toString()).isZero();
        assertThat(create.out()).contains("task-1 CreateCloudGateway: Running");

        CliProcess.Result wait = cli.run("tasks", "wait", "task-1");
        assertThat(wait.exit()).as(wait.toString()).isZero();
        assertThat(wait.out()).contains("task-1 CreateCloudGateway: Success: Ok");
        assertThat(cli.run("tasks", "list").out()).containsPattern("task-1\\s+CreateCloudGateway\\s+Finished\\s+Success: Ok");

        CliProcess.Result delete = cli.run("gateways", "delete", "gw03.tech.local", "--wait", "-o", "json");
        assertThat(delete.exit()).as(delete.toString()).isZero();
        assertThat(delete.out()).contains("\"Operation\" : \"DeleteCloudGateway\"", "\"Success\" : true");
    }

    @Test
    void anUnreachableServerEndsWithFour(@TempDir Path home) {
        CliProcess.Result r = new CliProcess("http://127.0.0.1:1/api", home).run("gateways", "list", "--user", Api.ADMIN, "--password", Api.PASSWORD);
        assertThat(r.exit()).as(r.toString()).isEqualTo(4);
        assertThat(r.err()).contains("Cannot reach http://127.0.0.1:1/api");
    }

    @Test
    void resetWithoutAControlApiSaysSoClearly() {
        CliProcess.Result noToken = loggedOn.run("reset");
        assertThat(noToken.exit()).isEqualTo(2);
        assertThat(noToken.err()).contains("--admin-token");
        CliProcess.Result r = loggedOn.run("reset", "--admin-token", "not-the-token");
        // Every server has the control API (a random token unless one is configured): a wrong token is 403.
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("(HTTP 403)").doesNotContain("has no control API");
    }
}
