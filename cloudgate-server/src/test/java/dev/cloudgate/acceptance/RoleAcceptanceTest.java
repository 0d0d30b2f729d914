package dev.cloudgate.acceptance;

import static dev.cloudgate.acceptance.DemoSeed.ABC_RESOURCE;
import static dev.cloudgate.acceptance.DemoSeed.ABC_USER_01;
import static dev.cloudgate.acceptance.DemoSeed.REPO_01;
import static dev.cloudgate.acceptance.DemoSeed.REPO_01_UID;
import static dev.cloudgate.acceptance.DemoSeed.SILVER;
import static dev.cloudgate.acceptance.DemoSeed.TENANT_ABC;
import static dev.cloudgate.acceptance.DemoSeed.VLAN;
import static dev.cloudgate.acceptance.DemoSeed.WAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SPEC §2.5 and §7 A34/A40/A41 as a table: each row is a call and the status each role gets
 * (Portal Administrator, Portal User, Restore Operator, no session). A refusal is 403 with the
 * "Access denied." Error body, and comes before body validation (§8 B21) and object lookup (A41).
 */
class RoleAcceptanceTest {
    static final String GW_HOST = "gw01.tech.local";
    static final String MISSING = "0b9e2a3c-1111-4222-8333-944455556666";
    static final String MANAGED = "a5352877-3b99-4e2a-8700-400cb3eefb56";
    static final String BAD_CREATE = "<CreateCloudGatewaySpec xmlns=\"http://www.veeam.com/ent/v1.0\"><Nope/></CreateCloudGatewaySpec>";
    static final String BAD_TENANT = "<CreateCloudTenantSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><Nope/></CreateCloudTenantSpec>";
    static final String BAD_TENANT_EDIT = "<CloudTenant xmlns=\"http://www.veeam.com/ent/v1.0\"><MaxConcurrentTasks>0</MaxConcurrentTasks></CloudTenant>";
    static final String BAD_QUOTA = "<CreateCloudTenantResourceSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><Name/>"
            + "<RepositoryUid>" + REPO_01_UID + "</RepositoryUid><QuotaMb>1</QuotaMb>"
            + "</CreateCloudTenantResourceSpec>";
    static final String BAD_PLAN = "<CloudHardwarePlanCreateSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><Nope/></CloudHardwarePlanCreateSpec>";
    static final String BAD_PLAN_EDIT = "<CloudHardwarePlan xmlns=\"http://www.veeam.com/ent/v1.0\"><MemoryUsageLimitMb>0</MemoryUsageLimitMb></CloudHardwarePlan>";
    static final String BAD_SUBSCRIPTION = "<CloudTenantComputeResourceCreateSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><Nope/>"
            + "</CloudTenantComputeResourceCreateSpec>";
    static final String BAD_SUBTENANT = "<CloudSubtenantCreateSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><Nope/></CloudSubtenantCreateSpec>";
    static final String BAD_SUBTENANT_EDIT = "<CloudSubtenant xmlns=\"http://www.veeam.com/ent/v1.0\"><Description>" + "d".repeat(1025)
            + "</Description></CloudSubtenant>";
    static final String BAD_VLAN_EDIT = "<VlanConfiguration xmlns=\"http://www.veeam.com/ent/v1.0\"><VlanIdsWithInternetLeftBound>0"
            + "</VlanIdsWithInternetLeftBound></VlanConfiguration>";
    static final String BAD_EDIT = "<CloudGateway xmlns=\"http://www.veeam.com/ent/v1.0\"><ExternalPort>99999</ExternalPort></CloudGateway>";

    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static Map<String, Api> callers;
    static String gateway;

    @BeforeAll
    static void start() {
        callers = Map.of(
                "admin", server.api().logon(Api.ADMIN, Api.PASSWORD),
                "user", server.api().logon(Api.PORTAL_USER, Api.PASSWORD),
                "restore", server.api().logon(Api.RESTORE_OPERATOR, Api.PASSWORD),
                "none", server.api());
        Api admin = callers.get("admin");
        Api.Response created = admin.post("/cloud/gateways", Api.XML, createBody(GW_HOST));
        assertThat(created.status()).isEqualTo(202);
        assertThat(admin.awaitTask(created.header("Location")).body()).contains("Success=\"true\"");
        gateway = admin.get("/cloud/gateways").find("/cloud/gateways/([0-9a-f-]{36})");
        assertThat(gateway).isNotNull();
    }

    static String createBody(String host) {
        return "<CreateCloudGatewaySpec xmlns=\"http://www.veeam.com/ent/v1.0\"><ServerHostName>" + host + "</ServerHostName>"
                + "<NetworkType>Direct</NetworkType><BackupServerUid>urn:veeam:BackupServer:" + Api.BS1
                + "</BackupServerUid></CreateCloudGatewaySpec>";
    }

    /** method, path ({gw} = an existing gateway), body, then admin / portal user / restore operator / no session. */
    static Stream<Arguments> table() {
        Object[][] rows = {
            {"GET", "/", null, 200, 200, 200, 200},
            {"GET", "/logonSessions", null, 200, 200, 200, 401},
            {"GET", "/logonSessions/" + MISSING, null, 404, 404, 404, 401},
            {"DELETE", "/logonSessions/" + MISSING, null, 404, 404, 404, 401},
            {"GET", "/backupServers", null, 200, 200, 403, 401},
            {"GET", "/backupServers/" + Api.BS1, null, 200, 200, 403, 401},
            {"GET", "/backupServers/not-a-uuid", null, 404, 404, 403, 401},
            {"GET", "/backupServers/" + Api.BS1 + "/managedServers", null, 200, 200, 403, 401},
            {"GET", "/managedServers", null, 200, 200, 403, 401},
            {"GET", "/managedServers/" + MANAGED, null, 200, 200, 403, 401},
            {"POST", "/backupServers?action=create", null, 501, 403, 403, 401},
            {"PUT", "/backupServers/" + Api.BS1, null, 501, 403, 403, 401},
            {"DELETE", "/backupServers/" + Api.BS1, null, 501, 403, 403, 401},
            {"POST", "/backupServers/" + Api.BS1 + "?action=veeamzip", null, 501, 501, 403, 401},
            {"POST", "/backupServers/" + Api.BS1 + "?action=quickbackup", null, 501, 501, 403, 401},
            {"GET", "/backupServers/" + Api.BS1 + "/jobs", null, 501, 501, 403, 401},
            {"GET", "/cloud", null, 200, 200, 403, 401},
            {"GET", "/cloud/gateways", null, 200, 200, 403, 401},
            {"GET", "/cloud/gateways?format=Entity", null, 200, 200, 403, 401},
            {"GET", "/cloud/gateways/{gw}", null, 200, 200, 403, 401},
            {"GET", "/cloud/gateways/" + MISSING, null, 404, 404, 403, 401},
            {"POST", "/cloud/gateways", BAD_CREATE, 400, 400, 403, 401},
            {"PUT", "/cloud/gateways/{gw}", BAD_EDIT, 400, 400, 403, 401},
            {"PUT", "/cloud/gateways/" + MISSING, BAD_EDIT, 404, 404, 403, 401},
            {"DELETE", "/cloud/gateways/" + MISSING, null, 404, 404, 403, 401},
            {"PATCH", "/cloud/gateways", null, 405, 405, 405, 401},
            {"GET", "/cloud/publicIpAddresses", null, 501, 501, 403, 401},
            {"GET", "/hierarchyRoots", null, 501, 501, 403, 401},
            {"GET", "/lookupSvc", null, 501, 501, 403, 401},
            {"GET", "/jobs", null, 501, 501, 501, 401},
            // SPEC-tenants §9: tenants, their quotas, repositories and WAN accelerators.
            {"GET", "/cloud/tenants", null, 200, 200, 403, 401},
            {"GET", "/cloud/tenants?format=Entity", null, 200, 200, 403, 401},
            {"GET", "/cloud/tenants/" + TENANT_ABC + "?format=Entity", null, 200, 200, 403, 401},
            {"GET", "/cloud/tenants/" + MISSING, null, 404, 404, 403, 401},
            {"POST", "/cloud/tenants", BAD_TENANT, 400, 400, 403, 401},
            {"PUT", "/cloud/tenants/" + TENANT_ABC, BAD_TENANT_EDIT, 400, 400, 403, 401},
            {"PUT", "/cloud/tenants/" + MISSING, BAD_TENANT_EDIT, 404, 404, 403, 401},
            {"DELETE", "/cloud/tenants/" + MISSING, null, 404, 404, 403, 401},
            {"DELETE", "/cloud/tenants/" + TENANT_ABC + "?includeBackups=perhaps", null, 400, 400, 403, 401},
            {"GET", "/cloud/tenants/" + TENANT_ABC + "/gatewayPools?format=Entity", null, 200, 200, 403, 401},
            {"GET", "/cloud/tenants/" + TENANT_ABC + "/resources", null, 200, 200, 403, 401},
            {"GET", "/cloud/tenants/" + TENANT_ABC + "/resources/" + ABC_RESOURCE, null, 200, 200, 403, 401},
            {"GET", "/cloud/tenants/" + TENANT_ABC + "/resources/" + MISSING, null, 404, 404, 403, 401},
            {"POST", "/cloud/tenants/" + TENANT_ABC + "/resources", BAD_QUOTA, 400, 400, 403, 401},
            {"DELETE", "/cloud/tenants/" + TENANT_ABC + "/resources/" + MISSING, null, 404, 404, 403, 401},
            {"PUT", "/cloud/tenants/" + TENANT_ABC + "/resources/" + ABC_RESOURCE, null, 405, 405, 405, 401},
            // SPEC-tenants §9, part 2: plans, subscriptions, subtenants, counters, VDCs, VLANs and their query types.
            {"GET", "/cloud/hardwarePlans", null, 200, 200, 403, 401},
            {"GET", "/cloud/hardwarePlans?format=Entity", null, 200, 200, 403, 401},
            {"GET", "/cloud/hardwarePlans/" + SILVER + "?format=Entity", null, 200, 200, 403, 401},
            {"GET", "/cloud/hardwarePlans/" + SILVER + "/tenants", null, 200, 200, 403, 401},
            {"GET", "/cloud/hardwarePlans/" + MISSING, null, 404, 404, 403, 401},
            {"POST", "/cloud/hardwarePlans", BAD_PLAN, 400, 400, 403, 401},
            {"PUT", "/cloud/hardwarePlans/" + SILVER, BAD_PLAN_EDIT, 400, 400, 403, 401},
            {"DELETE", "/cloud/hardwarePlans/" + MISSING, null, 404, 404, 403, 401},
            {"POST", "/cloud/hardwarePlans/" + SILVER + "/tenants", null, 405, 405, 405, 401},
            {"GET", "/cloud/tenants/" + TENANT_ABC + "/computeResources", null, 200, 200, 403, 401},
            {"GET", "/cloud/tenants/" + TENANT_ABC + "/computeResources/" + MISSING, null, 404, 404, 403, 401},
            {"POST", "/cloud/tenants/" + TENANT_ABC + "/computeResources", BAD_SUBSCRIPTION, 400, 400, 403, 401},
            {"DELETE", "/cloud/tenants/" + TENANT_ABC + "/computeResources/" + MISSING, null, 404, 404, 403, 401},
            {"GET", "/cloud/tenants/" + TENANT_ABC + "/vCloudComputeResources", null, 200, 200, 403, 401},
            {"POST", "/cloud/tenants/" + TENANT_ABC + "/vCloudComputeResources", null, 501, 501, 403, 401},
            {"DELETE", "/cloud/tenants/" + TENANT_ABC + "/vCloudComputeResources/" + MISSING, null, 501, 501, 403, 401},
            {"GET", "/cloud/tenants/" + TENANT_ABC + "/subtenants", null, 200, 200, 403, 401},
            {"GET", "/cloud/tenants/" + TENANT_ABC + "/subtenants/" + ABC_USER_01, null, 200, 200, 403, 401},
            {"POST", "/cloud/tenants/" + TENANT_ABC + "/subtenants", BAD_SUBTENANT, 400, 400, 403, 401},
            {"PUT", "/cloud/tenants/" + TENANT_ABC + "/subtenants/" + ABC_USER_01, BAD_SUBTENANT_EDIT, 400, 400, 403, 401},
            {"DELETE", "/cloud/tenants/" + TENANT_ABC + "/subtenants/" + MISSING, null, 404, 404, 403, 401},
            {"GET", "/cloud/tenants/" + TENANT_ABC + "/freelicenseCounters", null, 200, 200, 403, 401},
            {"GET", "/cloud/vlans", null, 200, 200, 403, 401},
            {"GET", "/cloud/vlans/" + VLAN + "?format=Entity", null, 200, 200, 403, 401},
            {"PUT", "/cloud/vlans/" + VLAN, BAD_VLAN_EDIT, 400, 400, 403, 401},
            {"DELETE", "/cloud/vlans/" + MISSING, null, 404, 404, 403, 401},
            {"POST", "/cloud/vlans", null, 405, 405, 405, 401},
            {"GET", "/query?type=CloudHardwarePlan", null, 200, 200, 403, 401},
            {"GET", "/query?type=CloudSubtenant", null, 200, 200, 403, 401},
            {"GET", "/query?type=VlanConfiguration", null, 200, 403, 403, 401},
            {"GET", "/repositories", null, 200, 200, 403, 401},
            {"GET", "/repositories?format=Entity", null, 200, 200, 403, 401},
            {"GET", "/repositories/" + REPO_01, null, 200, 200, 403, 401},
            {"GET", "/repositories/" + MISSING, null, 404, 404, 403, 401},
            {"GET", "/backupServers/" + Api.BS1 + "/repositories", null, 200, 200, 403, 401},
            {"GET", "/wanAccelerators", null, 200, 200, 403, 401},
            {"GET", "/wanAccelerators/" + WAN + "?format=Entity", null, 200, 200, 403, 401},
            {"GET", "/query?type=Repository", null, 200, 200, 403, 401},
            {"GET", "/query?type=WanAccelerator", null, 200, 200, 403, 401},
            {"GET", "/query?type=CloudTenant&format=Entities", null, 200, 200, 403, 401},
            {"GET", "/tasks", null, 200, 200, 200, 401},
            {"GET", "/tasks/task-999", null, 404, 404, 404, 401},
            {"DELETE", "/tasks/task-999", null, 404, 404, 404, 401},
            {"GET", "/no/such/path", null, 404, 404, 404, 401},
        };
        String[] roles = {"admin", "user", "restore", "none"};
        List<Arguments> cases = new ArrayList<>();
        for (Object[] row : rows) {
            for (int i = 0; i < roles.length; i++) {
                cases.add(Arguments.of(roles[i], row[0], row[1], row[2], row[3 + i]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {4}")
    @MethodSource("table")
    void roleTable(String role, String method, String path, String body, int expected) {
        Api caller = callers.get(role);
        Api.Response r = caller.send(method, path.replace("{gw}", gateway), body == null ? null : Api.XML, body, Map.of());
        assertThat(r.status()).as("%s %s %s: %s", role, method, path, r.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(r.body()).contains("<Error xmlns=\"http://www.veeam.com/ent/v1.0\"", "StatusCode=\"" + expected + "\"");
        }
        if (expected == 403) {
            assertThat(r.body()).contains("Message=\"Access denied.\"");
        }
        if (expected == 401) {
            assertThat(r.header("WWW-Authenticate")).isEqualTo("Basic Realm=RestSvc");
        }
    }

    @Test
    void forbiddenInJsonIsTheSpecsBody() {
        Api.Response r = server.api().token(callers.get("restore").token()).accept(Api.JSON).get("/cloud/gateways");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).isEqualTo(
                "{\"FirstChanceExceptionMessage\":null,\"Message\":\"Access denied.\",\"StackTrace\":null,\"Status\":null,\"StatusCode\":403}");
    }

    @Test
    void portalUserMayCreateEditAndDeleteGateways() {
        Api user = callers.get("user");
        Api.Response created = user.post("/cloud/gateways", Api.XML, createBody("gw02.tech.local"));
        assertThat(created.status()).isEqualTo(202);
        String related = user.awaitTask(created.header("Location")).find("/cloud/gateways/([0-9a-f-]{36})");
        assertThat(related).isNotNull();
        Api.Response edited = user.put("/cloud/gateways/" + related, Api.XML,
                "<CloudGateway xmlns=\"http://www.veeam.com/ent/v1.0\"><Description>by the portal user</Description></CloudGateway>");
        assertThat(edited.status()).isEqualTo(202);
        assertThat(user.awaitTask(edited.header("Location")).body()).contains("Success=\"true\"");
        Api.Response deleted = user.delete("/cloud/gateways/" + related);
        assertThat(deleted.status()).isEqualTo(202);
        assertThat(user.awaitTask(deleted.header("Location")).body()).contains("Success=\"true\"");
        assertThat(user.get("/cloud/gateways/" + related).status()).isEqualTo(404);
    }

    @Test
    void restoreOperatorIsRefusedBeforeItsBodyIsRead() {
        // §8 B21: not 400, not 415, not 413 (a body within limits) — 403.
        Api restore = callers.get("restore");
        assertThat(restore.post("/cloud/gateways", "text/plain", "garbage").status()).isEqualTo(403);
        assertThat(restore.post("/cloud/gateways", Api.XML, createBody("gw03.tech.local")).status()).isEqualTo(403);
        assertThat(callers.get("admin").get("/cloud/gateways").body()).doesNotContain("gw03.tech.local");
    }

    @Test
    void nobodySeesAnotherUsersSessionNotEvenTheAdministrator() {
        Api user = callers.get("user");
        String userSession = user.get("/logonSessions").find("<SessionId>([0-9a-f-]{36})</SessionId>");
        assertThat(userSession).isNotNull();
        assertThat(callers.get("admin").get("/logonSessions/" + userSession).status()).isEqualTo(404);
        assertThat(callers.get("admin").delete("/logonSessions/" + userSession).status()).isEqualTo(404);
        assertThat(callers.get("restore").get("/logonSessions/" + userSession).status()).isEqualTo(404);
        assertThat(user.get("/logonSessions/" + userSession).status()).isEqualTo(200);
    }
}
