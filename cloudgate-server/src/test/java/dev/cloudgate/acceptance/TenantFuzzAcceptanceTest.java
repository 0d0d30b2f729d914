package dev.cloudgate.acceptance;

import static dev.cloudgate.acceptance.DemoSeed.ABC_RESOURCE;
import static dev.cloudgate.acceptance.DemoSeed.ABC_USER_01;
import static dev.cloudgate.acceptance.DemoSeed.BS1;
import static dev.cloudgate.acceptance.DemoSeed.DS_441;
import static dev.cloudgate.acceptance.DemoSeed.ESX_HOST;
import static dev.cloudgate.acceptance.DemoSeed.HV_HOST;
import static dev.cloudgate.acceptance.DemoSeed.POOL_1;
import static dev.cloudgate.acceptance.DemoSeed.REPO_01;
import static dev.cloudgate.acceptance.DemoSeed.REPO_01_UID;
import static dev.cloudgate.acceptance.DemoSeed.REPO_02_UID;
import static dev.cloudgate.acceptance.DemoSeed.SILVER;
import static dev.cloudgate.acceptance.DemoSeed.SILVER_UID;
import static dev.cloudgate.acceptance.DemoSeed.TENANT_ABC;
import static dev.cloudgate.acceptance.DemoSeed.VLAN;
import static dev.cloudgate.acceptance.DemoSeed.WAN_UID;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The tenant slice's bodies (SPEC-tenants §6.2, §6.3, §6.5, §6.6, §6.8, §6.11, §6.14) fuzzed the way the gateway bodies are: generated
 * malformed creates, edits and quotas, in XML and JSON, each refused with a 4xx and a well-formed Error
 * body, never a 500; no task is ever started and no tenant, plan, subtenant or VLAN range changes.
 */
class TenantFuzzAcceptanceTest {
    static final String NS = "http://www.veeam.com/ent/v1.0";
    static final String CREATE = "<?xml version=\"1.0\" encoding=\"utf-8\"?><CreateCloudTenantSpec xmlns=\"" + NS + "\">"
            + "<Name>Fuzz Co</Name><Description>fuzz</Description><Password>Str0ng-Pa55</Password><Enabled>true</Enabled>"
            + "<LeaseExpirationDate>2099-12-31T00:00:00Z</LeaseExpirationDate><Resources><BackupResource><Name>q</Name>"
            + "<RepositoryUid>" + REPO_01_UID + "</RepositoryUid><QuotaMb>2048</QuotaMb>"
            + "</BackupResource></Resources><ThrottlingEnabled>false</ThrottlingEnabled><ThrottlingSpeedLimit>1</ThrottlingSpeedLimit>"
            + "<ThrottlingSpeedUnit>MBps</ThrottlingSpeedUnit><PublicIpCount>0</PublicIpCount>"
            + "<BackupServerUid>urn:veeam:BackupServer:" + BS1 + "</BackupServerUid><MaxConcurrentTasks>2</MaxConcurrentTasks>"
            + "<TenantType>Standalone</TenantType><CloudGatewayPools><CloudGatewayPoolUid>urn:veeam:CloudGatewayPool:"
            + POOL_1 + "</CloudGatewayPoolUid></CloudGatewayPools></CreateCloudTenantSpec>";
    static final String CREATE_JSON = "{\"Name\":\"Fuzz Co\",\"Password\":\"Str0ng-Pa55\",\"Enabled\":true,"
            + "\"LeaseExpirationDate\":\"2099-12-31T00:00:00Z\",\"Resources\":{\"BackupResources\":[{\"RepositoryUid\":"
            + "\"" + REPO_01 + "\",\"QuotaMb\":2048}]},\"ThrottlingSpeedLimit\":1,\"ThrottlingSpeedUnit\":\"MBps\","
            + "\"BackupServerUid\":\"" + BS1 + "\",\"MaxConcurrentTasks\":2}";
    static final String EDIT = "<CloudTenant xmlns=\"" + NS + "\"><Password>N3w-Pa55</Password><Description>fuzz</Description>"
            + "<Enabled>false</Enabled><LeaseOptions Enabled=\"true\" ExpirationDate=\"2099-06-30T00:00:00Z\" />"
            + "<ThrottlingEnabled>true</ThrottlingEnabled><ThrottlingSpeedLimit>100</ThrottlingSpeedLimit>"
            + "<ThrottlingSpeedUnit>Mbps</ThrottlingSpeedUnit><MaxConcurrentTasks>4</MaxConcurrentTasks>"
            + "<BackupProtectionEnabled>true</BackupProtectionEnabled><BackupProtectionPeriod>7</BackupProtectionPeriod></CloudTenant>";
    static final String RESOURCE = "<CreateCloudTenantResourceSpec xmlns=\"" + NS + "\"><Name>q</Name>"
            + "<RepositoryUid>" + REPO_02_UID + "</RepositoryUid><QuotaMb>2048</QuotaMb>"
            + "<WanAcceleratorUid /></CreateCloudTenantResourceSpec>";
    // Part 2 (SPEC-tenants §6.6, §6.8, §6.11, §6.14): plans, subscriptions, subtenants, VLAN ranges.
    static final String PLAN = "<CloudHardwarePlanCreateSpec xmlns=\"" + NS + "\"><BackupServerUid>urn:veeam:BackupServer:" + BS1
            + "</BackupServerUid><Name>Fuzz Plan</Name><Description>fuzz</Description><ProcessorUsageLimitMhz>100</ProcessorUsageLimitMhz>"
            + "<MemoryUsageLimitMb>100</MemoryUsageLimitMb><HardwarePlanDetails><ViCloudHardwarePlan>"
            + "<HypervisorHostRef>" + ESX_HOST + "</HypervisorHostRef>"
            + "<ParentType>HostSystem</ParentType><ParentName>esx01.tech.local</ParentName><Datastores><Datastore>"
            + "<FriendlyName>F</FriendlyName><DatastoreType>Datastore</DatastoreType>"
            + "<Reference>" + DS_441 + "</Reference><QuotaGb>10</QuotaGb>"
            + "</Datastore></Datastores></ViCloudHardwarePlan></HardwarePlanDetails></CloudHardwarePlanCreateSpec>";
    static final String PLAN_JSON = "{\"BackupServerUid\":\"" + BS1 + "\",\"Name\":\"Fuzz Plan\",\"ProcessorUsageLimitMhz\":100,"
            + "\"MemoryUsageLimitMb\":100,\"HardwarePlanDetails\":{\"HvCloudHardwarePlan\":{\"HypervisorHostRef\":"
            + "\"" + HV_HOST + "\",\"Volumes\":{\"Volumes\":[{\"FriendlyName\":\"F\","
            + "\"VolumePath\":\"E:\\\\R\",\"QuotaGb\":10}]}}}}";
    static final String PLAN_EDIT = "<CloudHardwarePlan xmlns=\"" + NS + "\"><Description>fuzz</Description>"
            + "<ProcessorUsageLimitMhz>100</ProcessorUsageLimitMhz><MemoryUsageLimitMb>100</MemoryUsageLimitMb><HardwarePlanDetails>"
            + "<ViCloudHardwarePlan><Datastores><Datastore Id=\"5df6b488-3a56-4dde-88d2-5e1c93280395\"><FriendlyName>F</FriendlyName>"
            + "<DatastoreType>Datastore</DatastoreType><Reference>" + DS_441
            + "</Reference><QuotaGb>10</QuotaGb></Datastore></Datastores></ViCloudHardwarePlan></HardwarePlanDetails></CloudHardwarePlan>";
    static final String SUBSCRIPTION = "<CloudTenantComputeResourceCreateSpec xmlns=\"" + NS + "\"><CloudHardwarePlanUid>"
            + SILVER_UID + "</CloudHardwarePlanUid><WanAcceleratorUid>"
            + WAN_UID + "</WanAcceleratorUid><PlatformType>VMware</PlatformType>"
            + "<UseNetworkFailoverResources>true</UseNetworkFailoverResources><NetworkAppliance><Name>A</Name>"
            + "<ProductionNetwork>VM Network</ProductionNetwork><ObtainIPAddressAutomatically>false</ObtainIPAddressAutomatically>"
            + "<ManualIpAddressSettingsInfoType><IpAddress>172.17.52.37</IpAddress><SubnetMask>255.255.254.0</SubnetMask>"
            + "<DefaultGateway>172.17.52.1</DefaultGateway></ManualIpAddressSettingsInfoType></NetworkAppliance>"
            + "</CloudTenantComputeResourceCreateSpec>";
    static final String SUBTENANT = "<CloudSubtenantCreateSpec xmlns=\"" + NS + "\"><Name>Fuzz User</Name><Description>fuzz</Description>"
            + "<Password>12345678</Password><Enabled>true</Enabled><TenantResourceId>" + ABC_RESOURCE + "</TenantResourceId>"
            + "<QuotaName>q</QuotaName><QuotaMb>2048</QuotaMb><UnlimitedQuota>false</UnlimitedQuota></CloudSubtenantCreateSpec>";
    static final String SUBTENANT_EDIT = "<CloudSubtenant xmlns=\"" + NS + "\"><Description>fuzz</Description><Password>N3w-Pa55</Password>"
            + "<Enabled>false</Enabled><RepositoryQuota Unlimited=\"false\"><DisplayName>q</DisplayName>"
            + "<TenantResourceId>" + ABC_RESOURCE + "</TenantResourceId><QuotaMb>4096</QuotaMb></RepositoryQuota>"
            + "</CloudSubtenant>";
    static final String VLAN_EDIT = "<VlanConfiguration xmlns=\"" + NS + "\"><VlanIdsWithInternetLeftBound>490</VlanIdsWithInternetLeftBound>"
            + "<VlanIdsWithInternetRightBound>510</VlanIdsWithInternetRightBound><VlanIdsWithoutInternetLeftBound>511"
            + "</VlanIdsWithoutInternetLeftBound><VlanIdsWithoutInternetRightBound>530</VlanIdsWithoutInternetRightBound></VlanConfiguration>";
    /** Elements whose generated values are never valid (no numbers, booleans, dates, units or UIDs among them). */
    static final List<String> FIELDS = List.of("QuotaMb", "ThrottlingSpeedLimit", "MaxConcurrentTasks", "Enabled", "ThrottlingSpeedUnit",
            "LeaseExpirationDate", "BackupServerUid", "RepositoryUid", "CloudGatewayPoolUid", "PublicIpCount", "BackupProtectionPeriod",
            "ProcessorUsageLimitMhz", "MemoryUsageLimitMb", "QuotaGb", "DatastoreType", "CloudHardwarePlanUid", "WanAcceleratorUid",
            "PlatformType", "UseNetworkFailoverResources", "IpAddress", "TenantResourceId", "UnlimitedQuota",
            "VlanIdsWithInternetLeftBound", "VlanIdsWithoutInternetRightBound");
    /** Elements whose listed values are out of range (−1 is a valid plan limit, so the limits are not among them). */
    static final List<String> RANGED = List.of("QuotaMb", "ThrottlingSpeedLimit", "MaxConcurrentTasks", "BackupProtectionPeriod", "QuotaGb",
            "VlanIdsWithInternetLeftBound", "VlanIdsWithoutInternetRightBound");

    static RunningServer server;
    static String token;
    static String owner;
    static String tenantsBefore;
    static String partTwoBefore;

    @BeforeContainer
    static void start() {
        server = RunningServer.start();
        owner = server.api().logon().token();
        tenantsBefore = server.api().token(owner).get("/cloud/tenants?format=Entity").body();
        partTwoBefore = partTwo(server.api().token(owner));
        token = server.api().logon().token();
    }

    @AfterContainer
    static void stop() throws Exception {
        server.close();
    }

    @AfterProperty
    void serverIsUpAndNoTenantChanged() {
        Api api = server.api().token(owner);
        assertThat(api.get("/").status()).isEqualTo(200);
        assertThat(api.get("/cloud/tenants?format=Entity").body()).isEqualTo(tenantsBefore);
        assertThat(partTwo(api)).isEqualTo(partTwoBefore);
        assertThat(server.api().token(token).get("/tasks").body()).doesNotContain("<Task ");
    }

    /** Plans, subtenants and VLAN ranges as a client reads them. */
    static String partTwo(Api api) {
        return api.get("/cloud/hardwarePlans?format=Entity").body() + api.get("/cloud/tenants/" + TENANT_ABC + "/subtenants").body()
                + api.get("/cloud/vlans?format=Entity").body();
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
    void malformedTenantBodiesAreRefusedWithAnErrorBody(@ForAll("writes") FuzzAcceptanceTest.Request request) {
        RawHttp.Response r = RawHttp.exchange(server.port(), request.bytes());
        String what = request + "\n=> " + r.status() + " " + r.body();
        assertThat(r.status()).as(what).isBetween(400, 499);
        FuzzAcceptanceTest.assertWellFormedError(r, what);
    }

    @Provide
    Arbitrary<FuzzAcceptanceTest.Request> writes() {
        Arbitrary<String[]> target = Arbitraries.of(
                new String[] {"POST", "/api/cloud/tenants", CREATE, CREATE_JSON},
                new String[] {"PUT", "/api/cloud/tenants/" + TENANT_ABC, EDIT, "{\"Description\":\"fuzz\",\"MaxConcurrentTasks\":4}"},
                new String[] {"PUT", "/api/cloud/tenants/urn:veeam:CloudTenant:" + TENANT_ABC, EDIT, "{\"ThrottlingSpeedLimit\":5}"},
                new String[] {"POST", "/api/cloud/tenants/" + TENANT_ABC + "/resources", RESOURCE,
                    "{\"RepositoryUid\":\"0a9c15f5-bc17-4848-a14b-b2ec3f9919ea\",\"QuotaMb\":2048}"},
                new String[] {"POST", "/api/cloud/hardwarePlans", PLAN, PLAN_JSON},
                new String[] {"PUT", "/api/cloud/hardwarePlans/" + SILVER, PLAN_EDIT, "{\"Description\":\"fuzz\",\"MemoryUsageLimitMb\":5}"},
                new String[] {"POST", "/api/cloud/tenants/" + TENANT_ABC + "/computeResources", SUBSCRIPTION,
                    "{\"CloudHardwarePlanUid\":\"" + SILVER + "\",\"PlatformType\":\"VMware\",\"UseNetworkFailoverResources\":false}"},
                new String[] {"POST", "/api/cloud/tenants/" + TENANT_ABC + "/subtenants", SUBTENANT,
                    "{\"Name\":\"U\",\"Password\":\"p\",\"TenantResourceId\":\"" + ABC_RESOURCE + "\",\"UnlimitedQuota\":true}"},
                new String[] {"PUT", "/api/cloud/tenants/" + TENANT_ABC + "/subtenants/" + ABC_USER_01, SUBTENANT_EDIT, "{\"Description\":\"fuzz\"}"},
                new String[] {"PUT", "/api/cloud/vlans/" + VLAN, VLAN_EDIT, "{\"VlanIdsWithInternetLeftBound\":490}"});
        return target.flatMap(t -> Combinators.combine(headers(), broken(t[2], t[3]))
                .as((headers, body) -> new FuzzAcceptanceTest.Request(t[0], t[1], headers, body)));
    }

    private static Arbitrary<List<String>> headers() {
        return Arbitraries.of("Content-Type: application/xml", "Content-Type: application/json", "Content-Type: text/xml")
                .flatMap(type -> Arbitraries.of("Accept: application/xml", "Accept: application/json")
                        .map(accept -> List.of("X-RestSvcSessionId: " + token, type, accept)));
    }

    /** Bodies that cannot be valid: truncated, a field with an impossible value, renamed, hostile, or wrong-kind UIDs. */
    private static Arbitrary<byte[]> broken(String xml, String json) {
        Arbitrary<String> truncated = Arbitraries.oneOf(
                Arbitraries.integers().between(0, xml.length() - 2).map(n -> xml.substring(0, n)),
                Arbitraries.integers().between(0, json.length() - 2).map(n -> json.substring(0, n)));
        Arbitrary<String> badValue = Arbitraries.of(FIELDS.stream().filter(f -> xml.contains("<" + f + ">")).toList())
                .flatMap(field -> Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(30)
                        .filter(v -> !v.matches("[+-]?\\d+") && !v.matches("(?i)true|false") && !v.matches("Mbps|KBps|MBps")
                                && !v.matches("(?i)VMware|HyperV|Datastore|StoragePod"))
                        .map(v -> xml.replaceFirst("<" + field + ">[^<]*</" + field + ">",
                                Matcher.quoteReplacement("<" + field + ">" + v.replace("&", "&amp;").replace("<", "&lt;") + "</" + field + ">"))));
        List<String> ranged = FIELDS.stream().filter(f -> xml.contains("<" + f + ">")).filter(RANGED::contains).toList();
        // A body without a ranged element gets a half body instead (never valid either).
        Arbitrary<String> outOfRange = ranged.isEmpty() ? Arbitraries.just(xml.substring(0, xml.length() / 2)) : Arbitraries.of(ranged)
                .flatMap(field -> Arbitraries.of(field.equals("QuotaMb") ? List.of("0", "-1", "1023", "2147483648")
                                : List.of("0", "-1", "99999999999999999999"))
                        .map(v -> xml.replaceFirst("<" + field + ">[^<]*</" + field + ">", "<" + field + ">" + v + "</" + field + ">")));
        Arbitrary<String> renamed = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10)
                .map(n -> xml.replace("Description>", n + "Zz>").replace("QuotaMb>", n + "Zz>"));
        List<String> kinds = List.of("urn:veeam:Repository:", "urn:veeam:BackupServer:", "urn:veeam:CloudGatewayPool:",
                        "urn:veeam:CloudHardwarePlan:", "urn:veeam:WanAccelerator:").stream()
                .filter(xml::contains).toList();
        Arbitrary<String> wrongKind = kinds.isEmpty() ? Arbitraries.just("<CloudTenant xmlns=\"" + NS + "\"><Password>" + "p".repeat(256)
                + "</Password></CloudTenant>") : Arbitraries.of(kinds).map(kind -> xml.replace(kind, "urn:veeam:CloudGateway:"));
        Arbitrary<String> hostile = Arbitraries.of(
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + xml.replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>", ""),
                "<a>".repeat(3000) + "</a>".repeat(3000), "[".repeat(3000) + "]".repeat(3000), "null", "[]", "{}x", json + json,
                xml.replaceFirst("<(\\w+) xmlns", "<CloudGateway xmlns"), "{\"Password\": " + "\"p\"".repeat(2) + "}");
        return Arbitraries.oneOf(truncated, badValue, outOfRange, renamed, wrongKind, hostile)
                .filter(body -> !body.equals(xml) && !body.equals(json))
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
    }
}
