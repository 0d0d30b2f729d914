package dev.cloudgate.cli;

import static dev.cloudgate.acceptance.DemoSeed.TENANT_ABC;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.ServerExtension;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cloudgate tenants …} run as a process against a real server with the demo seed: every
 * command, the three output formats, and the exit codes for not found, bad input and task failure.
 * Passwords go in by stdin or environment and never come out.
 */
class CliTenantsAcceptanceTest {
    static final String SECRET = "Str0ng-Pa55-cli";
    static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static CliProcess cli;

    @BeforeAll
    static void start(@TempDir Path home) {
        cli = CliProcess.loggedOn(server.base(), home);
    }

    @Test
    void helpNamesEveryTenantCommandAndThePasswordSources() {
        CliProcess.Result tenants = cli.run("tenants", "--help");
        assertThat(tenants.exit()).isZero();
        assertThat(tenants.out()).contains("list", "show", "create", "edit", "delete", "quota");
        assertThat(cli.run("tenants", "quota", "--help").out()).contains("list", "add", "remove");
        CliProcess.Result create = cli.run("tenants", "create", "--help");
        assertThat(create.out()).contains("--password-stdin", "--password-env", "--password-prompt", "--quota", "--pool", "--wait", "--output");
        assertThat(cli.run("tenants").exit()).isEqualTo(2);
        assertThat(cli.run("tenants", "quota").exit()).isEqualTo(2);
    }

    @Test
    void listAndShowInEveryFormat() throws Exception {
        CliProcess.Result table = cli.run("tenants", "list");
        assertThat(table.exit()).as(table.toString()).isZero();
        assertThat(table.out()).startsWith("ID ").containsPattern(
                TENANT_ABC + "\\s+ABC Company\\s+Standalone\\s+true\\s+until 2027-12-31T00:00:00Z\\s+1\\s+\\d+\\s+vbr01\\.tech\\.local");
        assertThat(table.out()).contains("XYZ Corporation", "Second Site Tenant");

        JsonNode json = JSON.readTree(cli.run("tenants", "list", "-o", "json").out());
        assertThat(json.path("CloudTenants").findValuesAsText("Name")).contains("ABC Company", "XYZ Corporation");
        CliProcess.Result xml = cli.run("tenants", "list", "--output", "xml");
        assertThat(xml.out()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>").contains("<CloudTenants ", "Name=\"ABC Company\"");

        CliProcess.Result show = cli.run("tenants", "show", "abc company");
        assertThat(show.exit()).as(show.toString()).isZero();
        assertThat(show.out()).contains("UID:", "urn:veeam:CloudTenant:" + TENANT_ABC, "Lease:", "until 2027-12-31T00:00:00Z", "Throttling:", "10 MBps",
                "Cloud Repository 01: 307200 MB (20609 used) on repository a0f35f34-8d58-4470-b52d-071e1417732a, id 2fcc7f11-2a33-448d-a242-ba8f0618c97b")
                .containsPattern("Quota 1:\\s+Cloud").doesNotContain("Password");
        JsonNode entity = JSON.readTree(cli.run("tenants", "show", TENANT_ABC, "-o", "json").out());
        assertThat(entity.path("Name").asText()).isEqualTo("ABC Company");
        assertThat(entity.has("Password")).isFalse();
        assertThat(cli.run("tenants", "show", "urn:veeam:CloudTenant:" + TENANT_ABC, "-o", "xml").out()).contains("<Password />", "<MaxConcurrentTasks>2</MaxConcurrentTasks>");
    }

    @Test
    void unknownTenantsEndWithOne() {
        CliProcess.Result byId = cli.run("tenants", "show", "00000000-0000-4000-8000-000000000000");
        assertThat(byId.exit()).isEqualTo(1);
        assertThat(byId.err()).contains("cloudgate: Cloud tenant [00000000-0000-4000-8000-000000000000] was not found. (HTTP 404)");
        CliProcess.Result byName = cli.run("tenants", "delete", "Nobody Inc");
        assertThat(byName.exit()).isEqualTo(1);
        assertThat(byName.err()).contains("No cloud tenant is named 'Nobody Inc'.");
        CliProcess.Result quotas = cli.run("tenants", "quota", "list", "Nobody Inc");
        assertThat(quotas.exit()).isEqualTo(1);
    }

    @Test
    void aTenantIsCreatedWithAQuotaAndAPoolFromStdinEditedAndDeleted() throws Exception {
        assertThat(cli.run("gateways", "create", "--backup-server", "vbr01.tech.local", "--host", "gw01.tech.local", "--wait").exit()).isZero();
        CliProcess.Result pool = cli.run("pools", "create", "--backup-server", "vbr01.tech.local", "--name", "CLI pool", "--gateway", "gw01.tech.local", "--wait");
        assertThat(pool.exit()).as(pool.toString()).isZero();

        CliProcess.Result create = cli.run(Map.of(), SECRET + "\n", "tenants", "create", "--backup-server", "vbr01.tech.local", "--name", "CLI Company",
                "--password-stdin", "--description", "from the CLI", "--quota", "Cloud Repository 01=102400", "--pool", "CLI pool", "--failover",
                "--lease-until", "2099-12-31", "--throttling", "20", "--throttling-unit", "Mbps", "--max-concurrent-tasks", "3", "--wait");
        assertThat(create.exit()).as(create.toString()).isZero();
        assertThat(create.err()).contains("CreateCloudTenant: Running", "CreateCloudTenant: Finished");
        String id = create.related("CreateCloudTenant: Success: Ok");
        assertThat(create.toString()).doesNotContain(SECRET);

        CliProcess.Result show = cli.run("tenants", "show", "CLI Company");
        assertThat(show.exit()).as(show.toString()).isZero();
        assertThat(show.out()).contains("ID:", id, "from the CLI", "until 2099-12-31T00:00:00Z", "20 Mbps", "urn:veeam:CloudGatewayPool:",
                "Cloud Repository 01: 102400 MB (0 used)").containsPattern("Max concurrent tasks:\\s+3").containsPattern("Failover to other gateways:\\s+true");

        // Quotas: add, list in every format, remove by repository name.
        CliProcess.Result add = cli.run("tenants", "quota", "add", "CLI Company", "--repository", "Cloud Repository 02", "--mb", "2048", "--name", "Extra", "--wait");
        assertThat(add.exit()).as(add.toString()).isZero();
        String quotaId = add.related("CreateCloudTenantResource: Success: Ok");
        CliProcess.Result quotas = cli.run("tenants", "quota", "list", id);
        assertThat(quotas.out()).startsWith("ID ").containsPattern(quotaId + "\\s+Extra\\s+0a9c15f5-bc17-4848-a14b-b2ec3f9919ea\\s+2048\\s+0")
                .contains("Cloud Repository 01");
        assertThat(JSON.readTree(cli.run("tenants", "quota", "list", id, "-o", "json").out()).path("CloudTenantResources")).hasSize(2);
        assertThat(cli.run("tenants", "quota", "list", id, "-o", "xml").out()).contains("<CloudTenantResources ", "<DisplayName>Extra</DisplayName>");
        CliProcess.Result remove = cli.run("tenants", "quota", "remove", "CLI Company", "Cloud Repository 02", "--wait");
        assertThat(remove.exit()).as(remove.toString()).isZero();
        assertThat(remove.out()).contains("DeleteCloudTenantResource: Success: Ok");
        assertThat(cli.run("tenants", "quota", "list", id).out()).doesNotContain(quotaId);
        CliProcess.Result cloudRepo = cli.run("tenants", "quota", "add", id, "--repository", "Object Storage 01", "--mb", "2048", "--wait");
        assertThat(cloudRepo.exit()).as(cloudRepo.toString()).isEqualTo(3);
        assertThat(cloudRepo.err()).contains("CreateCloudTenantResource failed: Repository Object Storage 01 cannot hold tenant quotas.");
        CliProcess.Result noSuchQuota = cli.run("tenants", "quota", "remove", id, "Cloud Repository 02");
        assertThat(noSuchQuota.exit()).isEqualTo(1);

        // Edits: disable alone, a password from the environment alone, merged settings.
        CliProcess.Result disable = cli.run("tenants", "edit", "CLI Company", "--no-enable", "--wait");
        assertThat(disable.exit()).as(disable.toString()).isZero();
        assertThat(disable.out()).contains("EditCloudTenant: Success: Ok");
        assertThat(cli.run("tenants", "show", id).out()).containsPattern("Enabled:\\s+false").contains("20 Mbps");
        CliProcess.Result password = cli.run(Map.of("NEW_TENANT_PASSWORD", "N3w-" + SECRET), null, "tenants", "edit", id,
                "--password-env", "NEW_TENANT_PASSWORD", "--wait", "-o", "json");
        assertThat(password.exit()).as(password.toString()).isZero();
        assertThat(JSON.readTree(password.out()).path("Result").path("Success").asBoolean()).isTrue();
        assertThat(password.toString()).doesNotContain(SECRET);
        CliProcess.Result edit = cli.run("tenants", "edit", id, "--enable", "--no-lease", "--no-throttling", "--no-pools", "--description", "", "--wait");
        assertThat(edit.exit()).as(edit.toString()).isZero();
        CliProcess.Result after = cli.run("tenants", "show", id);
        assertThat(after.out()).containsPattern("Enabled:\\s+true").containsPattern("Lease:\\s+none").containsPattern("Throttling:\\s+off")
                .containsPattern("Pools:\\s*\\n");

        CliProcess.Result delete = cli.run("tenants", "delete", "CLI Company", "--include-backups", "--wait", "-o", "xml");
        assertThat(delete.exit()).as(delete.toString()).isZero();
        assertThat(delete.out()).contains("<Operation>DeleteCloudTenant</Operation>", "<Result Success=\"true\">");
        assertThat(cli.run("tenants", "show", id).exit()).isEqualTo(1);
    }

    @Test
    void withoutWaitingTheTaskIsPrintedAndCanBeFollowed() {
        CliProcess.Result create = cli.run(Map.of("TENANT_PW", SECRET), null, "tenants", "create", "--backup-server", Api.BS1, "--name", "Later Ltd",
                "--password-env", "TENANT_PW");
        assertThat(create.exit()).as(create.toString()).isZero();
        Matcher task = Pattern.compile("(task-\\d+) CreateCloudTenant: Running").matcher(create.out());
        assertThat(task.find()).as(create.out()).isTrue();
        CliProcess.Result wait = cli.run("tasks", "wait", task.group(1));
        assertThat(wait.exit()).as(wait.toString()).isZero();
        assertThat(wait.out()).contains("CreateCloudTenant: Success: Ok");
        assertThat(cli.run("tenants", "list").out()).contains("Later Ltd");
        assertThat(cli.run("tenants", "delete", "Later Ltd", "--wait").exit()).isZero();
    }

    @Test
    void badInputEndsWithOneOrTwoAndATaskFailureWithThree() {
        CliProcess.Result noPassword = cli.run("tenants", "create", "--backup-server", Api.BS1, "--name", "No Password Ltd");
        assertThat(noPassword.exit()).as(noPassword.toString()).isEqualTo(2);
        assertThat(noPassword.err()).contains("--password-stdin or --password-env");
        CliProcess.Result unsetEnv = cli.run("tenants", "create", "--backup-server", Api.BS1, "--name", "X", "--password-env", "NOT_SET_ANYWHERE");
        assertThat(unsetEnv.exit()).isEqualTo(2);
        assertThat(unsetEnv.err()).contains("NOT_SET_ANYWHERE");
        CliProcess.Result unit = cli.run(Map.of(), "pw\n", "tenants", "create", "--backup-server", Api.BS1, "--name", "X", "--password-stdin",
                "--throttling", "5", "--throttling-unit", "mbps");
        assertThat(unit.exit()).isEqualTo(2);
        assertThat(unit.err()).contains("'mbps' is not a throttling unit");
        CliProcess.Result date = cli.run("tenants", "edit", TENANT_ABC, "--lease-until", "next year");
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).contains("'next year' is not a date");
        CliProcess.Result nothing = cli.run("tenants", "edit", TENANT_ABC);
        assertThat(nothing.exit()).isEqualTo(2);
        assertThat(nothing.err()).contains("Nothing to change");
        CliProcess.Result both = cli.run("tenants", "edit", TENANT_ABC, "--lease-until", "2099-01-01", "--no-lease");
        assertThat(both.exit()).isEqualTo(2);

        CliProcess.Result tinyQuota = cli.run(Map.of(), "pw\n", "tenants", "create", "--backup-server", Api.BS1, "--name", "Tiny Ltd", "--password-stdin",
                "--quota", "Cloud Repository 01=10");
        assertThat(tinyQuota.exit()).as(tinyQuota.toString()).isEqualTo(1);
        assertThat(tinyQuota.err()).contains("cloudgate: QuotaMb must be between 1024 and 2147483647. (HTTP 400)");
        CliProcess.Result tasks = cli.run("tenants", "edit", TENANT_ABC, "--max-concurrent-tasks", "0");
        assertThat(tasks.exit()).isEqualTo(1);
        assertThat(tasks.err()).contains("MaxConcurrentTasks must be between 1 and 10000. (HTTP 400)");
        CliProcess.Result noRepo = cli.run(Map.of(), "pw\n", "tenants", "create", "--backup-server", Api.BS1, "--name", "X", "--password-stdin",
                "--quota", "Site B Repository=2048");
        assertThat(noRepo.exit()).isEqualTo(1);
        assertThat(noRepo.err()).contains("No repository on that backup server is named 'Site B Repository'.");

        CliProcess.Result twice = cli.run(Map.of(), "pw\n", "tenants", "create", "--backup-server", "vbr01.tech.local", "--name", "ABC Company",
                "--password-stdin", "--wait");
        assertThat(twice.exit()).as(twice.toString()).isEqualTo(3);
        assertThat(twice.err()).contains("CreateCloudTenant failed: Cloud tenant ABC Company already exists on backup server vbr01.tech.local.");
    }

    @Test
    void vcdAndActiveDirectoryTenantsNeedWhatTheirTypeNeedsAndNoPassword() {
        String org = "urn:vCloud:Organization:7b8c3fa3-b664-43d6-8a59-19803997ce48.urn:vcloud:org:49c8966b-260a-4d3b-9bca-d0cc6349a9a6";
        CliProcess.Result noOrg = cli.run("tenants", "create", "--backup-server", Api.BS1, "--name", "TechCompanyOrg", "--type", "vcd");
        assertThat(noOrg.exit()).isEqualTo(2);
        assertThat(noOrg.err()).contains("A vCD tenant needs --organization.");
        CliProcess.Result withPassword = cli.run(Map.of(), "pw\n", "tenants", "create", "--backup-server", Api.BS1, "--name", "TechCompanyOrg",
                "--type", "vCD", "--organization", org, "--password-stdin");
        assertThat(withPassword.exit()).isEqualTo(2);
        assertThat(withPassword.err()).contains("Only a standalone tenant has a password.");
        CliProcess.Result vcd = cli.run("tenants", "create", "--backup-server", Api.BS1, "--name", "TechCompanyOrg", "--type", "VCD",
                "--organization", org, "--wait");
        assertThat(vcd.exit()).as(vcd.toString()).isZero();
        assertThat(cli.run("tenants", "show", "TechCompanyOrg").out()).containsPattern("Type:\\s+vCD");
        CliProcess.Result ad = cli.run("tenants", "create", "--backup-server", Api.BS1, "--name", "TECH\\nobody", "--type", "activedirectory",
                "--domain", "tech.local", "--domain-account", "TECH\\administrator", "--wait");
        assertThat(ad.exit()).as(ad.toString()).isEqualTo(3);
        assertThat(ad.err()).contains("CreateCloudTenant failed: Account TECH\\nobody was not found in domain tech.local.");
        CliProcess.Result badType = cli.run("tenants", "create", "--backup-server", Api.BS1, "--name", "X", "--type", "Cloud");
        assertThat(badType.exit()).isEqualTo(2);
        assertThat(badType.err()).contains("'Cloud' is not a tenant type");
    }

    @Test
    void repositoriesAndWanAcceleratorsAreListed() {
        CliProcess.Result repos = cli.run("infra", "repositories", "--backup-server", "vbr01.tech.local");
        assertThat(repos.exit()).as(repos.toString()).isZero();
        assertThat(repos.out()).containsPattern("a0f35f34-8d58-4470-b52d-071e1417732a\\s+Cloud Repository 01\\s+WindowsLocal\\s+1005\\s+821")
                .doesNotContain("Site B Repository");
        assertThat(cli.run("infra", "wan-accelerators").out()).containsPattern("wan01\\.tech\\.local\\s+100\\s+6165");
    }
}
