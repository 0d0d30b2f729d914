package dev.cloudgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.RunningServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cloudgate plans …}, {@code cloudgate tenants compute …} and {@code cloudgate tenants subtenants …}
 * run as a process against a real server with the demo seed: every command, the output formats, and the
 * exit codes for not found, bad input and task failure. Subtenant passwords go in by stdin or environment
 * and never come out.
 */
class CliPlansAcceptanceTest {
    static final String SILVER = "91156f8d-8bd3-44af-bec3-b6ac2ea24288";
    static final String DS1 = "urn:VMware:Datastore:ed6ad5f1-671b-4875-9d81-72a431953aca.datastore-441";
    static final String DS2 = "urn:VMware:Datastore:ed6ad5f1-671b-4875-9d81-72a431953aca.datastore-442";
    static final String ESX = "urn:VMware:Host:b7f17482-2f34-446c-976c-924539a98b0b.host-438";
    static final String HV = "urn:HyperV:Host:849a937a-3416-4f03-8111-67b06393afcb.";
    static final String SECRET = "Str0ng-Pa55-sub";
    static final ObjectMapper JSON = new ObjectMapper();
    static RunningServer server;
    static CliProcess cli;

    @BeforeAll
    static void start(@TempDir Path home) {
        server = RunningServer.start();
        cli = new CliProcess(server.base(), home);
        CliProcess.Result login = cli.run("login", "--user", Api.ADMIN, "--password", Api.PASSWORD);
        assertThat(login.exit()).as(login.toString()).isZero();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void helpNamesEveryCommandAndThePasswordSources() {
        assertThat(cli.run("plans", "--help").out()).contains("list", "show", "create", "edit", "delete", "tenants");
        assertThat(cli.run("tenants", "--help").out()).contains("subtenants", "compute");
        assertThat(cli.run("tenants", "compute", "--help").out()).contains("list", "show", "subscribe", "unsubscribe");
        CliProcess.Result create = cli.run("tenants", "subtenants", "create", "--help");
        assertThat(create.out()).contains("--password-stdin", "--password-env", "--password-prompt", "--mb", "--unlimited", "--wait")
                .doesNotContain("--password ");
        assertThat(cli.run("plans").exit()).isEqualTo(2);
        assertThat(cli.run("tenants", "subtenants").exit()).isEqualTo(2);
        assertThat(cli.run("tenants", "compute").exit()).isEqualTo(2);
    }

    @Test
    void plansAreListedAndShownInEveryFormat() throws Exception {
        CliProcess.Result table = cli.run("plans", "list");
        assertThat(table.exit()).as(table.toString()).isZero();
        assertThat(table.out()).startsWith("ID ").containsPattern(
                SILVER + "\\s+VMware Silver\\s+VMware\\s+10000\\s+16384\\s+300\\s+1\\+1\\s+vbr01\\.tech\\.local\\s+Hardware plan for VMware VMs")
                .containsPattern("Hyper-V Silver\\s+HyperV\\s+unlimited\\s+unlimited\\s+300");
        JsonNode json = JSON.readTree(cli.run("plans", "list", "-o", "json").out());
        assertThat(json.path("CloudHardwarePlans").findValuesAsText("Name")).contains("VMware Silver", "Hyper-V Silver");
        assertThat(cli.run("plans", "list", "--output", "xml").out()).startsWith("<?xml").contains("<CloudHardwarePlans ");

        CliProcess.Result show = cli.run("plans", "show", "vmware silver");
        assertThat(show.exit()).as(show.toString()).isZero();
        assertThat(show.out()).contains("urn:veeam:CloudHardwarePlan:" + SILVER, "esx01.tech.local (HostSystem)", "10000 MHz", "16384 MB",
                "Cloud Replicas: 300 GB on " + DS1 + ", id 5df6b488-3a56-4dde-88d2-5e1c93280395").containsPattern("Datastore 1:\\s+Cloud");
        assertThat(cli.run("plans", "show", "Hyper-V Silver").out()).contains("Cloud Replicas: 300 GB on D:\\Replicas").containsPattern("Volume 1:");
        assertThat(JSON.readTree(cli.run("plans", "show", SILVER, "-o", "json").out()).path("Name").asText()).isEqualTo("VMware Silver");
        CliProcess.Result unknown = cli.run("plans", "show", "Platinum");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("No hardware plan is named 'Platinum'.");
    }

    @Test
    void aPlanIsCreatedEditedSubscribedToAndDeletedOnceFree() {
        CliProcess.Result create = cli.run("plans", "create", "--backup-server", "vbr01.tech.local", "--name", "CLI Gold", "--host", ESX,
                "--host-name", "esx01.tech.local", "--datastore", "Gold=" + DS1 + ":500", "--cpu-mhz", "20000", "--networks-with-internet", "1",
                "--description", "from the CLI", "--wait");
        assertThat(create.exit()).as(create.toString()).isZero();
        String planId = related(create.out(), "CreateCloudHardwarePlan: Success: Ok");
        CliProcess.Result shown = cli.run("plans", "show", planId);
        assertThat(shown.out()).contains("CLI Gold", "from the CLI", "20000 MHz").containsPattern("Memory:\\s+unlimited")
                .containsPattern("Networks with internet:\\s+1");
        String goldId = itemId(shown.out(), "Gold: 500 GB");

        CliProcess.Result edit = cli.run("plans", "edit", "CLI Gold", "--set-quota", "gold=700", "--add-datastore", "Gold 2=" + DS2 + ":50",
                "--memory-mb", "4096", "--wait");
        assertThat(edit.exit()).as(edit.toString()).isZero();
        assertThat(edit.out()).contains("EditCloudHardwarePlan: Success: Ok");
        CliProcess.Result edited = cli.run("plans", "show", "CLI Gold");
        assertThat(edited.out()).contains("Gold: 700 GB on " + DS1 + ", id " + goldId, "Gold 2: 50 GB on " + DS2, "4096 MB", "20000 MHz");
        CliProcess.Result removed = cli.run("plans", "edit", "CLI Gold", "--remove-storage", "Gold 2", "--wait");
        assertThat(removed.exit()).as(removed.toString()).isZero();
        assertThat(cli.run("plans", "show", "CLI Gold").out()).doesNotContain("Gold 2");

        // A tenant subscribes with a fixed-address appliance; the plan cannot go while it is subscribed.
        assertThat(cli.run(Map.of("TENANT_PW", SECRET), null, "tenants", "create", "--backup-server", Api.BS1, "--name", "CLI Plan Co",
                "--password-env", "TENANT_PW", "--wait").exit()).isZero();
        CliProcess.Result subscribe = cli.run("tenants", "compute", "subscribe", "CLI Plan Co", "--plan", "CLI Gold", "--appliance", "CLI Appliance",
                "--production-network", "VM Network", "--ip", "172.17.52.37", "--subnet-mask", "255.255.254.0", "--gateway", "172.17.52.1",
                "--wan-accelerator", "wan01.tech.local", "--wait");
        assertThat(subscribe.exit()).as(subscribe.toString()).isZero();
        assertThat(subscribe.out()).contains("CreateCloudTenantResource: Success: Ok");
        CliProcess.Result computes = cli.run("tenants", "compute", "list", "CLI Plan Co");
        assertThat(computes.out()).startsWith("ID ").containsPattern("CLI Gold\\s+VMware\\s+true\\s+0\\s+0\\s+34ebeeb4-75d0-4e71-b315-fbc16eb2975f");
        assertThat(cli.run("tenants", "compute", "list", "CLI Plan Co", "-o", "xml").out()).contains("<CloudTenantComputeResources ",
                "<CloudHardwarePlanUid>urn:veeam:CloudHardwarePlan:" + planId + "</CloudHardwarePlanUid>");
        CliProcess.Result compute = cli.run("tenants", "compute", "show", "CLI Plan Co", "CLI Gold");
        assertThat(compute.exit()).as(compute.toString()).isZero();
        assertThat(compute.out()).contains("CLI Appliance on VM Network, 172.17.52.37/255.255.254.0 via 172.17.52.1", "Gold: 0 of 700 GB used");
        assertThat(cli.run("plans", "tenants", "CLI Gold").out()).containsPattern("CLI Plan Co\\s+Standalone");

        CliProcess.Result refused = cli.run("plans", "delete", "CLI Gold", "--wait");
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(3);
        assertThat(refused.err()).contains(
                "DeleteCloudHardwarePlan failed: Hardware plan CLI Gold cannot be deleted while cloud tenants are subscribed to it (CLI Plan Co).");
        CliProcess.Result unsubscribe = cli.run("tenants", "compute", "unsubscribe", "CLI Plan Co", "CLI Gold", "--wait");
        assertThat(unsubscribe.exit()).as(unsubscribe.toString()).isZero();
        assertThat(unsubscribe.out()).contains("DeleteCloudTenantComputeResource: Success: Ok");
        assertThat(cli.run("tenants", "compute", "show", "CLI Plan Co", "CLI Gold").exit()).isEqualTo(1);
        CliProcess.Result delete = cli.run("plans", "delete", "CLI Gold", "--wait", "-o", "xml");
        assertThat(delete.exit()).as(delete.toString()).isZero();
        assertThat(delete.out()).contains("<Operation>DeleteCloudHardwarePlan</Operation>", "<Result Success=\"true\">");
        assertThat(cli.run("plans", "show", planId).exit()).isEqualTo(1);
        assertThat(cli.run("tenants", "delete", "CLI Plan Co", "--wait").exit()).isZero();
    }

    @Test
    void aHyperVPlanTakesVolumePathsWithTheirColons() {
        CliProcess.Result create = cli.run("plans", "create", "--backup-server", Api.BS1, "--name", "CLI Hyper-V", "--host", HV,
                "--volume", "Replicas=E:\\Replicas:100", "--wait");
        assertThat(create.exit()).as(create.toString()).isZero();
        assertThat(cli.run("plans", "show", "CLI Hyper-V").out()).contains("Replicas: 100 GB on E:\\Replicas").containsPattern("Platform:\\s+HyperV");
        CliProcess.Result wrongKind = cli.run("plans", "edit", "CLI Hyper-V", "--add-datastore", "D=" + DS1 + ":10");
        assertThat(wrongKind.exit()).isEqualTo(2);
        assertThat(wrongKind.err()).contains("Plan CLI Hyper-V is a HyperV plan: it holds volumes (--add-volume).");
        assertThat(cli.run("plans", "delete", "CLI Hyper-V", "--wait").exit()).isZero();
    }

    @Test
    void aSubtenantIsCreatedFromStdinEditedAndDeleted() throws Exception {
        CliProcess.Result seeded = cli.run("tenants", "subtenants", "list", "ABC Company");
        assertThat(seeded.exit()).as(seeded.toString()).isZero();
        assertThat(seeded.out()).startsWith("ID ").containsPattern("0eb0c130-d91a-4e05-9403-ac2ded0fc1ea\\s+ABC Company User 01\\s+true\\s+10240\\s+0\\s+Cloud Vol User 01");

        CliProcess.Result create = cli.run(Map.of(), SECRET + "\n", "tenants", "subtenants", "create", "ABC Company", "--name", "CLI User",
                "--password-stdin", "--mb", "2048", "--quota-name", "CLI quota", "--description", "from the CLI", "--wait");
        assertThat(create.exit()).as(create.toString()).isZero();
        assertThat(create.err()).contains("AddCloudSubtenant: Running", "AddCloudSubtenant: Finished");
        assertThat(create.out()).contains("AddCloudSubtenant: Success: Ok");
        assertThat(create.toString()).doesNotContain(SECRET);
        CliProcess.Result show = cli.run("tenants", "subtenants", "show", "ABC Company", "cli user");
        assertThat(show.exit()).as(show.toString()).isZero();
        assertThat(show.out()).contains("CLI quota: 2048 MB (0 used)", "from the CLI", "2fcc7f11-2a33-448d-a242-ba8f0618c97b")
                .containsPattern("Enabled:\\s+true").doesNotContain("Password");
        JsonNode entity = JSON.readTree(cli.run("tenants", "subtenants", "show", "ABC Company", "CLI User", "-o", "json").out());
        assertThat(entity.path("Name").asText()).isEqualTo("CLI User");
        assertThat(entity.has("Password")).isFalse();
        assertThat(JSON.readTree(cli.run("tenants", "subtenants", "list", "ABC Company", "-o", "json").out()).path("CloudSubtenants")).hasSize(2);

        CliProcess.Result password = cli.run(Map.of("NEW_SUB_PW", "N3w-" + SECRET), null, "tenants", "subtenants", "edit", "ABC Company", "CLI User",
                "--password-env", "NEW_SUB_PW", "--wait");
        assertThat(password.exit()).as(password.toString()).isZero();
        assertThat(password.out()).contains("EditCloudSubtenant: Success: Ok");
        assertThat(password.toString()).doesNotContain(SECRET);
        CliProcess.Result edit = cli.run("tenants", "subtenants", "edit", "ABC Company", "CLI User", "--no-enable", "--mb", "4096",
                "--description", "", "--wait");
        assertThat(edit.exit()).as(edit.toString()).isZero();
        assertThat(cli.run("tenants", "subtenants", "show", "ABC Company", "CLI User").out()).containsPattern("Enabled:\\s+false")
                .contains("CLI quota: 4096 MB").containsPattern("Description:\\s*\\n");

        CliProcess.Result twice = cli.run(Map.of(), "pw\n", "tenants", "subtenants", "create", "ABC Company", "--name", "abc company user 01",
                "--password-stdin", "--unlimited", "--wait");
        assertThat(twice.exit()).as(twice.toString()).isEqualTo(3);
        assertThat(twice.err()).contains("AddCloudSubtenant failed: Subtenant abc company user 01 already exists for cloud tenant ABC Company.");

        CliProcess.Result delete = cli.run("tenants", "subtenants", "delete", "ABC Company", "CLI User", "--wait");
        assertThat(delete.exit()).as(delete.toString()).isZero();
        assertThat(delete.out()).contains("DeleteCloudSubtenant: Success: Ok");
        CliProcess.Result gone = cli.run("tenants", "subtenants", "show", "ABC Company", "CLI User");
        assertThat(gone.exit()).isEqualTo(1);
        assertThat(gone.err()).contains("No subtenant of that tenant is named 'CLI User'.");
    }

    @Test
    void badInputEndsWithOneOrTwo() {
        CliProcess.Result neither = cli.run("plans", "create", "--backup-server", Api.BS1, "--name", "X", "--host", ESX);
        assertThat(neither.exit()).isEqualTo(2);
        assertThat(neither.err()).contains("Give --datastore (a VMware plan) or --volume (a Hyper-V plan)");
        CliProcess.Result noHostName = cli.run("plans", "create", "--backup-server", Api.BS1, "--name", "X", "--host", ESX, "--datastore", "D=" + DS1 + ":5");
        assertThat(noHostName.exit()).isEqualTo(2);
        assertThat(noHostName.err()).contains("A VMware plan needs --host-name");
        CliProcess.Result badItem = cli.run("plans", "create", "--backup-server", Api.BS1, "--name", "X", "--host", ESX, "--datastore", DS1);
        assertThat(badItem.exit()).isEqualTo(2);
        assertThat(badItem.err()).contains("is not NAME=REFERENCE:GB");
        CliProcess.Result zero = cli.run("plans", "create", "--backup-server", Api.BS1, "--name", "X", "--host", ESX, "--host-name", "esx01",
                "--datastore", "D=" + DS1 + ":0");
        assertThat(zero.exit()).as(zero.toString()).isEqualTo(1);
        assertThat(zero.err()).contains("cloudgate: QuotaGb must be at least 1. (HTTP 400)");
        CliProcess.Result nothing = cli.run("plans", "edit", "VMware Silver");
        assertThat(nothing.exit()).isEqualTo(2);
        assertThat(nothing.err()).contains("Nothing to change");
        CliProcess.Result noItem = cli.run("plans", "edit", "VMware Silver", "--set-quota", "Nowhere=5");
        assertThat(noItem.exit()).isEqualTo(1);
        assertThat(noItem.err()).contains("Plan VMware Silver has no datastore or volume 'Nowhere'.");

        CliProcess.Result noSize = cli.run(Map.of(), "pw\n", "tenants", "subtenants", "create", "ABC Company", "--name", "X", "--password-stdin");
        assertThat(noSize.exit()).isEqualTo(2);
        assertThat(noSize.err()).contains("Give either --mb or --unlimited.");
        CliProcess.Result noPassword = cli.run("tenants", "subtenants", "create", "ABC Company", "--name", "X", "--unlimited");
        assertThat(noPassword.exit()).isEqualTo(2);
        assertThat(noPassword.err()).contains("--password-stdin or --password-env");
        CliProcess.Result small = cli.run(Map.of(), "pw\n", "tenants", "subtenants", "create", "ABC Company", "--name", "X", "--password-stdin",
                "--mb", "10");
        assertThat(small.exit()).isEqualTo(1);
        assertThat(small.err()).contains("QuotaMb must be between 1024 and 2147483647. (HTTP 400)");
        CliProcess.Result ipAlone = cli.run("tenants", "compute", "subscribe", "ABC Company", "--plan", "VMware Silver", "--ip", "10.0.0.1");
        assertThat(ipAlone.exit()).isEqualTo(2);
        assertThat(ipAlone.err()).contains("--production-network and --ip go with --appliance.");
        CliProcess.Result noSubscription = cli.run("tenants", "compute", "unsubscribe", "ABC Company", "Hyper-V Silver");
        assertThat(noSubscription.exit()).isEqualTo(1);
        assertThat(noSubscription.err()).contains("The tenant has no subscription 'Hyper-V Silver' nor one to that hardware plan.");
    }

    /** The id in "… <line> (<id>)", the finished task's Related object. */
    private static String related(String out, String line) {
        Matcher m = Pattern.compile(Pattern.quote(line) + " \\(([0-9a-f-]{36})\\)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }

    /** The id a plan's "show" prints after a storage item's "<name>: <n> GB on <location>, id <id>". */
    private static String itemId(String out, String start) {
        Matcher m = Pattern.compile(Pattern.quote(start) + " on .*, id ([0-9a-f-]{36})").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }
}
