package dev.cloudgate.wire.tenants;

import static dev.cloudgate.wire.tenants.TenantBodiesTest.NOW;
import static dev.cloudgate.wire.tenants.TenantBodiesTest.json;
import static dev.cloudgate.wire.tenants.TenantBodiesTest.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudgate.wire.BodyException;
import dev.cloudgate.wire.BodyNode;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every synchronous 400 of SPEC-tenants §7.1 with its exact message: a {@link BodyException} of status 400,
 * the first failing row of the table answering when several fail.
 */
class TenantBodyRejectionsTest {
    static final String BS = "\"BackupServerUid\": \"urn:veeam:BackupServer:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1\"";
    static final String TENANT = "{\"Name\": \"Tri-M\", \"Password\": \"p\", " + BS + "%s}";
    static final String REPO = "urn:veeam:Repository:a0f35f34-8d58-4470-b52d-071e1417732a";
    static final String PLAN = "urn:veeam:CloudHardwarePlan:91156f8d-8bd3-44af-bec3-b6ac2ea24288";
    static final String APPLIANCE_OK = "\"Name\": \"App\", \"ProductionNetwork\": \"LAN\", \"ObtainIPAddressAutomatically\": true";

    static String tenant(String more) {
        return TENANT.formatted(more.isEmpty() ? "" : ", " + more);
    }

    static String compute(String appliance) {
        return "{\"CloudHardwarePlanUid\": \"" + PLAN + "\", \"PlatformType\": \"VMware\", \"UseNetworkFailoverResources\": true, "
                + "\"NetworkAppliance\": {" + appliance + "}}";
    }

    static Stream<Arguments> tenantCreates() {
        String lease = "\"LeaseExpirationDate\": \"%s\"";
        String quota = "{\"RepositoryUid\": \"%s\", \"QuotaMb\": %s}";
        return Stream.of(
                // S1: types and UID forms, before any other row.
                Arguments.of(tenant("\"ThrottlingSpeedLimit\": \"x\"").replace("Tri-M", " "), "Element 'ThrottlingSpeedLimit' must be an integer; got 'x'."),
                Arguments.of(tenant("\"Enabled\": \"yes\""), "Element 'Enabled' must be true or false; got 'yes'."),
                Arguments.of(tenant(lease.formatted("31.12.2099")), "Element 'LeaseExpirationDate' must be a date and time (xs:dateTime); got '31.12.2099'."),
                Arguments.of(tenant("").replace("BackupServer:", "CloudTenant:"),
                        "Element 'BackupServerUid' must be a UID of the form urn:veeam:BackupServer:<uuid>; got 'urn:veeam:CloudTenant:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1'."),
                Arguments.of("{\"Name\": \"Tri-M\", \"Password\": \"p\"}", "Element 'BackupServerUid' is required."),
                Arguments.of(tenant("\"CloudGatewayPools\": {\"CloudGatewayPoolUids\": [\"gw\"]}"),
                        "Element 'CloudGatewayPoolUid' must be a UID of the form urn:veeam:CloudGatewayPool:<uuid>; got 'gw'."),
                Arguments.of(tenant("\"Resources\": {\"BackupResources\": [{\"QuotaMb\": 2048}]}"), "Element 'RepositoryUid' is required."),
                // S2 … S24 in table order.
                Arguments.of(tenant("").replace("Tri-M", "   "), "Name must be a non-empty string of at most 255 characters."),
                Arguments.of(tenant("").replace("Tri-M", "x".repeat(256)), "Name must be a non-empty string of at most 255 characters."),
                Arguments.of(tenant("\"Description\": \"" + "d".repeat(1025) + "\""), "Description must not be longer than 1024 characters."),
                Arguments.of(tenant("").replace("\"Password\": \"p\", ", ""), "Password must be specified for a standalone tenant."),
                Arguments.of(tenant("").replace("\"p\"", "\"  \""), "Password must be specified for a standalone tenant."),
                Arguments.of(tenant("").replace("\"p\"", "\"" + "p".repeat(256) + "\""), "Password must not be longer than 255 characters."),
                Arguments.of(tenant(lease.formatted("2026-12-01T12:00:00Z")), "LeaseExpirationDate must lie in the future."),
                Arguments.of(tenant(lease.formatted("2026-12-01T13:00:00+02:00")), "LeaseExpirationDate must lie in the future."),
                Arguments.of(tenant("\"ThrottlingSpeedLimit\": 0"), "ThrottlingSpeedLimit must be at least 1."),
                Arguments.of(tenant("\"ThrottlingSpeedUnit\": \"mbps\""), "ThrottlingSpeedUnit must be one of Mbps, KBps, MBps."),
                Arguments.of(tenant("\"MaxConcurrentTasks\": 0"), "MaxConcurrentTasks must be between 1 and 10000."),
                Arguments.of(tenant("\"MaxConcurrentTasks\": 10001"), "MaxConcurrentTasks must be between 1 and 10000."),
                Arguments.of(tenant("\"BackupProtectionPeriod\": 0"), "BackupProtectionPeriod must be between 1 and 99."),
                Arguments.of(tenant("\"BackupProtectionPeriod\": 100"), "BackupProtectionPeriod must be between 1 and 99."),
                Arguments.of(tenant("\"PublicIpCount\": -1"), "PublicIpCount must not be negative."),
                Arguments.of(tenant("\"TenantType\": \"Cloud\""), "TenantType must be one of Standalone, vCD, ActiveDirectory."),
                Arguments.of(tenant("\"TenantType\": \"vCD\""), "OrganizationRef must be specified for a vCD tenant."),
                Arguments.of(tenant("\"TenantType\": \"ActiveDirectory\""),
                        "Domain with DomainName, DomainAccount and a valid Port must be specified for an ActiveDirectory tenant."),
                Arguments.of(tenant("\"TenantType\": \"ActiveDirectory\", \"Domain\": {\"DomainName\": \"tech.local\", \"DomainAccount\": \"TECH\\\\a\", \"Port\": 65536}"),
                        "Domain with DomainName, DomainAccount and a valid Port must be specified for an ActiveDirectory tenant."),
                Arguments.of(tenant("\"TenantType\": \"vCD\", \"OrganizationRef\": \"urn:vCloud:Organization:x\", \"ComputeResources\": [" + compute(APPLIANCE_OK) + "]"),
                        "ComputeResources can be given only for a standalone tenant."),
                Arguments.of(tenant("\"VCloudComputeResources\": [{\"VirtualDataCenterRef\": \"urn:vCloud:OrgVdc:x\", \"UseNetworkFailoverResources\": false}]"),
                        "VCloudComputeResources can be given only for a vCD tenant."),
                Arguments.of(tenant("\"Resources\": [" + quota.formatted(REPO, 2048) + ", " + quota.formatted("A0F35F34-8D58-4470-B52D-071E1417732A", 4096) + "]"),
                        "Repository A0F35F34-8D58-4470-B52D-071E1417732A is listed more than once."),
                Arguments.of(tenant("\"ComputeResources\": [" + compute(APPLIANCE_OK) + ", " + compute(APPLIANCE_OK) + "]"),
                        "Hardware plan " + PLAN + " is listed more than once."),
                Arguments.of(tenant("\"TenantType\": \"vCD\", \"OrganizationRef\": \"o\", \"VCloudComputeResources\": [{\"VirtualDataCenterRef\": \"urn:v:A\", "
                        + "\"UseNetworkFailoverResources\": false}, {\"VirtualDataCenterRef\": \" urn:v:a \", \"UseNetworkFailoverResources\": true}]"),
                        "Organization VDC urn:v:a is listed more than once."),
                Arguments.of(tenant("\"Resources\": [" + quota.formatted(REPO, 1023) + "]"), "QuotaMb must be between 1024 and 2147483647."),
                Arguments.of(tenant("\"Resources\": [" + quota.formatted(REPO, 2147483648L) + "]"), "QuotaMb must be between 1024 and 2147483647."),
                Arguments.of(tenant("\"ComputeResources\": [" + compute(APPLIANCE_OK).replace("VMware", "Xen") + "]"), "PlatformType must be VMware or HyperV."),
                Arguments.of(tenant("\"ComputeResources\": [" + compute(APPLIANCE_OK.replace("LAN", " ")) + "]"),
                        "NetworkAppliance needs a Name and a ProductionNetwork."),
                Arguments.of(tenant("\"ComputeResources\": [" + compute(APPLIANCE_OK.replace("true", "false")) + "]"),
                        "ManualIpAddressSettingsInfoType must be specified when ObtainIPAddressAutomatically is false."),
                Arguments.of(tenant("\"ComputeResources\": [" + compute(APPLIANCE_OK.replace("true", "false") + ", \"ManualIpAddressSettingsInfoType\": "
                        + "{\"IpAddress\": \"10.0.0.1\", \"SubnetMask\": \"255.255.0.0\", \"DefaultGateway\": \"10.0.0.256\"}") + "]"),
                        "DefaultGateway is not a valid IPv4 address."),
                Arguments.of(tenant("\"ComputeResources\": [" + compute(APPLIANCE_OK + ", \"ProductionNetworkUnderDvs\": true") + "]"),
                        "ViDistributedSwitchUuid must be specified when ProductionNetworkUnderDvs is true."),
                // The first failing row answers.
                Arguments.of(tenant("\"ThrottlingSpeedLimit\": 0, \"PublicIpCount\": -1").replace("Tri-M", ""),
                        "Name must be a non-empty string of at most 255 characters."),
                Arguments.of(tenant("\"PublicIpCount\": -1, \"MaxConcurrentTasks\": 0"), "MaxConcurrentTasks must be between 1 and 10000."),
                Arguments.of(tenant("\"Resources\": [" + quota.formatted(REPO, 5) + ", " + quota.formatted(REPO, 2048) + "]"),
                        "Repository " + REPO + " is listed more than once."));
    }

    @ParameterizedTest
    @MethodSource("tenantCreates")
    void tenantCreateRefusals(String body, String message) {
        refused(() -> CreateCloudTenantSpec.from(json(body, CreateCloudTenantSpec.ROOT), NOW), message);
    }

    static Stream<Arguments> otherCreates() {
        Function<String, BodyNode> resource = b -> json(b, CreateCloudTenantResourceSpec.ROOT);
        Function<String, BodyNode> subtenant = b -> json(b, CloudSubtenantCreateSpec.ROOT);
        Function<String, BodyNode> plan = b -> json(b, CloudHardwarePlanCreateSpec.ROOT);
        String sub = "{\"Name\": \"User\", \"Password\": \"p\", \"TenantResourceId\": \"2fcc7f11-2a33-448d-a242-ba8f0618c97b\", \"QuotaMb\": 2048, "
                + "\"UnlimitedQuota\": false%s}";
        String vi = "{" + BS + ", \"Name\": \"Gold\", \"ProcessorUsageLimitMhz\": %s, \"MemoryUsageLimitMb\": -1, \"HardwarePlanDetails\": "
                + "{\"ViCloudHardwarePlan\": {\"HypervisorHostRef\": \"h\", \"ParentType\": \"%s\", \"ParentName\": \"esx\", \"Datastores\": [%s]"
                + ", \"Network\": {\"CountWithInternet\": %s}}}}";
        String ds = "{\"FriendlyName\": \"R\", \"DatastoreType\": \"%s\", \"Reference\": \"ds\", \"QuotaGb\": %s}";
        String hv = "{" + BS + ", \"Name\": \"Gold\", \"ProcessorUsageLimitMhz\": 1, \"MemoryUsageLimitMb\": 1, \"HardwarePlanDetails\": "
                + "{\"HvCloudHardwarePlan\": {\"HypervisorHostRef\": \"h\", \"Volumes\": [{\"FriendlyName\": \"R\", \"VolumePath\": \" \", \"QuotaGb\": 1}]}}}";
        return Stream.of(
                Arguments.of(resource, CreateCloudTenantResourceSpec.ROOT, "{\"RepositoryUid\": \"" + REPO + "\", \"QuotaMb\": 1023}",
                        "QuotaMb must be between 1024 and 2147483647."),
                Arguments.of(resource, CreateCloudTenantResourceSpec.ROOT, "{\"RepositoryUid\": \"" + REPO + "\"}", "QuotaMb must be between 1024 and 2147483647."),
                Arguments.of(resource, CreateCloudTenantResourceSpec.ROOT, "{\"QuotaMb\": 2048}", "Element 'RepositoryUid' is required."),
                Arguments.of(resource, CreateCloudTenantResourceSpec.ROOT, "{\"RepositoryUid\": \"" + REPO + "\", \"QuotaMb\": 2048, \"WanAcceleratorUid\": \"" + REPO + "\"}",
                        "Element 'WanAcceleratorUid' must be a UID of the form urn:veeam:WanAccelerator:<uuid>; got '" + REPO + "'."),
                Arguments.of(subtenant, CloudSubtenantCreateSpec.ROOT, sub.formatted("").replace("User", " "), "Name must be a non-empty string of at most 255 characters."),
                Arguments.of(subtenant, CloudSubtenantCreateSpec.ROOT, sub.formatted(", \"Description\": \"" + "d".repeat(1025) + "\""),
                        "Description must not be longer than 1024 characters."),
                Arguments.of(subtenant, CloudSubtenantCreateSpec.ROOT, sub.formatted("").replace("\"Password\": \"p\", ", ""), "Password must be specified for a subtenant."),
                Arguments.of(subtenant, CloudSubtenantCreateSpec.ROOT, sub.formatted("").replace("\"p\"", "\"" + "p".repeat(256) + "\""),
                        "Password must not be longer than 255 characters."),
                Arguments.of(subtenant, CloudSubtenantCreateSpec.ROOT, sub.formatted("").replace(", \"QuotaMb\": 2048", ""), "QuotaMb must be between 1024 and 2147483647."),
                Arguments.of(subtenant, CloudSubtenantCreateSpec.ROOT, sub.formatted("").replace("2fcc7f11-2a33", "2fcc7f11-2a3"), "TenantResourceId must be a UUID."),
                Arguments.of(subtenant, CloudSubtenantCreateSpec.ROOT, sub.formatted("").replace(", \"UnlimitedQuota\": false", ""), "Element 'UnlimitedQuota' is required."),
                Arguments.of(plan, CloudHardwarePlanCreateSpec.ROOT, vi.formatted(1, "HostSystem", ds.formatted("Datastore", 1), 0).replace("Gold", ""),
                        "Name must be a non-empty string of at most 255 characters."),
                Arguments.of(plan, CloudHardwarePlanCreateSpec.ROOT, vi.formatted(0, "HostSystem", ds.formatted("Datastore", 1), 0),
                        "ProcessorUsageLimitMhz must be -1 or a positive number."),
                Arguments.of(plan, CloudHardwarePlanCreateSpec.ROOT, vi.formatted(1, "HostSystem", ds.formatted("Datastore", 1), 0).replace("-1", "-2"),
                        "MemoryUsageLimitMb must be -1 or a positive number."),
                Arguments.of(plan, CloudHardwarePlanCreateSpec.ROOT, vi.formatted(1, "HostSystem", ds.formatted("Datastore", 1), 0)
                        .replace("\"HardwarePlanDetails\": {", "\"HardwarePlanDetails\": {\"HvCloudHardwarePlan\": {}, "),
                        "HardwarePlanDetails must hold exactly one of ViCloudHardwarePlan, HvCloudHardwarePlan."),
                Arguments.of(plan, CloudHardwarePlanCreateSpec.ROOT, "{" + BS + ", \"Name\": \"G\", \"ProcessorUsageLimitMhz\": 1, \"MemoryUsageLimitMb\": 1}",
                        "HardwarePlanDetails must hold exactly one of ViCloudHardwarePlan, HvCloudHardwarePlan."),
                Arguments.of(plan, CloudHardwarePlanCreateSpec.ROOT, vi.formatted(1, "HostSystem", "", 0), "A hardware plan needs at least one datastore or volume."),
                Arguments.of(plan, CloudHardwarePlanCreateSpec.ROOT, vi.formatted(1, "HostSystem", ds.formatted("Datastore", 0), 0), "QuotaGb must be at least 1."),
                Arguments.of(plan, CloudHardwarePlanCreateSpec.ROOT, hv, "VolumePath must not be empty."),
                Arguments.of(plan, CloudHardwarePlanCreateSpec.ROOT, vi.formatted(1, "Folder", ds.formatted("Datastore", 1), 0),
                        "ParentType must be HostSystem or ClusterComputeResource."),
                Arguments.of(plan, CloudHardwarePlanCreateSpec.ROOT, vi.formatted(1, "HostSystem", ds.formatted("Disk", 1), 0),
                        "DatastoreType must be Datastore or StoragePod."),
                Arguments.of(plan, CloudHardwarePlanCreateSpec.ROOT, vi.formatted(1, "HostSystem", ds.formatted("Datastore", 1), -1),
                        "Network counts must not be negative."));
    }

    @ParameterizedTest
    @MethodSource("otherCreates")
    void otherCreateRefusals(Function<String, BodyNode> read, String root, String body, String message) {
        refused(() -> {
            BodyNode node = read.apply(body);
            Object bound = switch (root) {
                case CreateCloudTenantResourceSpec.ROOT -> CreateCloudTenantResourceSpec.from(node);
                case CloudSubtenantCreateSpec.ROOT -> CloudSubtenantCreateSpec.from(node);
                default -> CloudHardwarePlanCreateSpec.from(node);
            };
            assertThat(bound).isNull();
        }, message);
    }

    @Test
    void computeResourceRefusals() {
        Function<String, Object> bind = b -> CloudTenantComputeResourceCreateSpec.from(json(b, CloudTenantComputeResourceCreateSpec.ROOT));
        refused(() -> bind.apply(compute(APPLIANCE_OK).replace("\"VMware\"", "\"\"")), "PlatformType must be VMware or HyperV.");
        refused(() -> bind.apply(compute(APPLIANCE_OK.replace("\"App\"", "null"))), "NetworkAppliance needs a Name and a ProductionNetwork.");
        refused(() -> bind.apply(compute(APPLIANCE_OK).replace("\"UseNetworkFailoverResources\": true, ", "")),
                "Element 'UseNetworkFailoverResources' is required.");
        refused(() -> bind.apply(compute(APPLIANCE_OK.replace(", \"ObtainIPAddressAutomatically\": true", ""))),
                "Element 'ObtainIPAddressAutomatically' is required.");
        refused(() -> bind.apply(compute(APPLIANCE_OK.replace("true", "false") + ", \"ManualIpAddressSettingsInfoType\": {\"IpAddress\": \"1.2.3\"}")),
                "IpAddress is not a valid IPv4 address.");
    }

    @Test
    void tenantEditRefusalsAndLeaseMerging() {
        CloudTenantEdit.Lease none = CloudTenantEdit.Lease.NONE;
        Instant past = Instant.parse("2020-01-01T00:00:00Z");
        CloudTenantEdit.Lease expired = new CloudTenantEdit.Lease(true, past);
        refused(() -> edit("{\"Description\": \"" + "d".repeat(1025) + "\", \"ThrottlingSpeedLimit\": 0}").check(NOW, none),
                "Description must not be longer than 1024 characters.");
        refused(() -> edit("{\"Password\": \"" + "p".repeat(256) + "\"}").check(NOW, none), "Password must not be longer than 255 characters.");
        refused(() -> edit("{\"LeaseOptions\": {\"Enabled\": true, \"ExpirationDate\": \"2021-01-01T00:00:00Z\"}}").check(NOW, expired),
                "LeaseExpirationDate must lie in the future.");
        refused(() -> edit("{\"LeaseExpirationDate\": \"2021-01-01T00:00:00\"}").check(NOW, none), "LeaseExpirationDate must lie in the future.");
        refused(() -> edit("{\"LeaseOptions\": {\"Enabled\": true}}").check(NOW, none), "An expiration date is required when the lease is enabled.");
        refused(() -> edit("{\"ThrottlingSpeedLimit\": 0}").check(NOW, none), "ThrottlingSpeedLimit must be at least 1.");
        refused(() -> edit("{\"ThrottlingSpeedUnit\": \"KBPS\"}").check(NOW, none), "ThrottlingSpeedUnit must be one of Mbps, KBps, MBps.");
        refused(() -> edit("{\"MaxConcurrentTasks\": 10001}").check(NOW, none), "MaxConcurrentTasks must be between 1 and 10000.");
        refused(() -> edit("{\"BackupProtectionPeriod\": 100}").check(NOW, none), "BackupProtectionPeriod must be between 1 and 99.");

        // The stored date sent back is fine even when past, also in another offset (the C# round trip, §2.5).
        assertThat(edit("{\"LeaseOptions\": {\"Enabled\": true, \"ExpirationDate\": \"2020-01-01T01:00:00+01:00\"}}").check(NOW, expired)).isEqualTo(expired);
        // Enabled="false" ends the lease and forgets the date; an absent attribute keeps what is stored.
        assertThat(CloudTenantEdit.from(xml("<CloudTenant xmlns=\"http://www.veeam.com/ent/v1.0\"><LeaseOptions Enabled=\"false\" /></CloudTenant>",
                CloudTenantEdit.ROOT, CloudTenantEdit.KEEP_EMPTY)).check(NOW, expired)).isEqualTo(CloudTenantEdit.Lease.NONE);
        CloudTenantEdit.Lease future = new CloudTenantEdit.Lease(true, Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(edit("{\"LeaseOptions\": {\"ExpirationDate\": \"2030-01-01T00:00:00Z\"}}").check(NOW, none)).isEqualTo(CloudTenantEdit.Lease.NONE);
        assertThat(edit("{\"LeaseExpirationDate\": \"2030-01-01T00:00:00Z\"}").check(NOW, none)).isEqualTo(future);
        assertThat(edit("{\"Description\": \"\"}").check(NOW, future)).isEqualTo(future);
        // An empty password changes nothing (§2.4).
        assertThat(edit("{\"Password\": \"\"}").password()).isNull();
        // Pools: whole entities, UIDs and the vendor's singular form; duplicates collapse.
        String pool = "urn:veeam:CloudGatewayPool:64bf55fb-b53f-4214-950a-fcc3a241622b";
        assertThat(edit("{\"CloudGatewayPools\": {\"CloudGatewayPoolUid\": \"" + pool + "\"}}").cloudGatewayPools()).extracting(UidRef::sent).containsExactly(pool);
        assertThat(CloudTenantEdit.from(xml("<CloudTenant xmlns=\"http://www.veeam.com/ent/v1.0\"><CloudGatewayPools><CloudGatewayPool Type=\"CloudGatewayPool\" UID=\""
                + pool + "\" Name=\"GatewayPool 1\"><Links><Link Rel=\"Up\" Href=\"x\" /></Links><Description>d</Description></CloudGatewayPool>"
                + "<CloudGatewayPoolUid>64BF55FB-B53F-4214-950A-FCC3A241622B</CloudGatewayPoolUid></CloudGatewayPools></CloudTenant>",
                CloudTenantEdit.ROOT, CloudTenantEdit.KEEP_EMPTY)).cloudGatewayPools()).extracting(UidRef::id)
                .containsExactly(UUID.fromString("64bf55fb-b53f-4214-950a-fcc3a241622b"));
        refused(() -> edit("{\"CloudGatewayPools\": [{\"Description\": \"no uid\", \"UID\": \"\"}]}"),
                "Element 'CloudGatewayPool' in CloudGatewayPools must carry its UID.");
    }

    @Test
    void subtenantEditRefusalsAndQuotaMerging() {
        UUID resource = UUID.fromString("2fcc7f11-2a33-448d-a242-ba8f0618c97b");
        CloudSubtenantEdit.Quota unlimited = new CloudSubtenantEdit.Quota(true, "Vol", resource, 500);
        Function<String, CloudSubtenantEdit> bind = b -> CloudSubtenantEdit.from(json(b, CloudSubtenantEdit.ROOT));
        refused(() -> bind.apply("{\"RepositoryQuota\": {\"Unlimited\": false}}").check(unlimited), "QuotaMb must be between 1024 and 2147483647.");
        refused(() -> bind.apply("{\"RepositoryQuota\": {\"QuotaMb\": 1000, \"Unlimited\": false}}").check(unlimited),
                "QuotaMb must be between 1024 and 2147483647.");
        refused(() -> bind.apply("{\"RepositoryQuota\": {\"TenantResourceId\": \"urn:veeam:x\"}}").check(unlimited), "TenantResourceId must be a UUID.");
        refused(() -> bind.apply("{\"Description\": \"" + "d".repeat(1025) + "\"}").check(unlimited), "Description must not be longer than 1024 characters.");
        refused(() -> bind.apply("{\"Password\": \"" + "p".repeat(256) + "\"}").check(unlimited), "Password must not be longer than 255 characters.");
        assertThat(bind.apply("{\"RepositoryQuota\": {\"QuotaMb\": 20480, \"Unlimited\": false}, \"Password\": \"\"}").check(unlimited))
                .isEqualTo(new CloudSubtenantEdit.Quota(false, "Vol", resource, 20480));
        assertThat(bind.apply("{\"Password\": \"\"}").password()).isNull();
        // T-A29: an unlimited quota keeps its QuotaMb and ignores it in the checks.
        assertThat(bind.apply("{\"RepositoryQuota\": {\"QuotaMb\": 10}}").check(unlimited)).isEqualTo(unlimited);
    }

    @Test
    void hardwarePlanEditRefusals() {
        UUID item = UUID.fromString("5df6b488-3a56-4dde-88d2-5e1c93280395");
        CloudHardwarePlanEdit.StoredPlan stored = new CloudHardwarePlanEdit.StoredPlan("VMware Silver", Platform.VMware,
                "urn:VMware:Host:b7f17482-2f34-446c-976c-924539a98b0b.host-438", 1, 1, Set.of(item));
        Function<String, CloudHardwarePlanEdit> bind = b -> CloudHardwarePlanEdit.from(json(b, CloudHardwarePlanEdit.ROOT));
        String ds = "{\"Id\": \"%s\", \"FriendlyName\": \"R\", \"DatastoreType\": \"Datastore\", \"Reference\": \"ds\", \"QuotaGb\": 700}";
        refused(() -> bind.apply("{\"HardwarePlanDetails\": {\"HvCloudHardwarePlan\": {\"Volumes\": [{\"FriendlyName\": \"R\", \"VolumePath\": \"D:\\\\\", "
                + "\"QuotaGb\": 1}]}}}").check(stored), "The platform of a hardware plan cannot be changed.");
        refused(() -> bind.apply("{\"HardwarePlanDetails\": {\"ViCloudHardwarePlan\": {\"HypervisorHostRef\": \"urn:VMware:Host:other\"}}}").check(stored),
                "The host of a hardware plan cannot be changed.");
        refused(() -> bind.apply("{\"HardwarePlanDetails\": {\"ViCloudHardwarePlan\": {\"Network\": {\"CountWithInternet\": 2}}}}").check(stored),
                "The number of networks of a hardware plan cannot be changed.");
        refused(() -> bind.apply("{\"HardwarePlanDetails\": {\"ViCloudHardwarePlan\": {\"Datastores\": [" + ds.formatted("66d75e14-a35a-4dfe-a919-9b2a3bf87e4a")
                + "]}}}").check(stored), "Datastore or volume 66d75e14-a35a-4dfe-a919-9b2a3bf87e4a is not part of hardware plan VMware Silver.");
        refused(() -> bind.apply("{\"HardwarePlanDetails\": {\"ViCloudHardwarePlan\": {\"Datastores\": {}}}}").check(stored),
                "A hardware plan needs at least one datastore or volume.");
        refused(() -> bind.apply("{\"ProcessorUsageLimitMhz\": 0}").check(stored), "ProcessorUsageLimitMhz must be -1 or a positive number.");
        refused(() -> bind.apply("{\"HardwarePlanDetails\": {}}").check(stored),
                "HardwarePlanDetails must hold exactly one of ViCloudHardwarePlan, HvCloudHardwarePlan.");
        // The same host in another case, the same counts and a known item are fine; ParentType is skipped.
        CloudHardwarePlanEdit ok = bind.apply("{\"HardwarePlanDetails\": {\"ViCloudHardwarePlan\": {\"HypervisorHostRef\": \"URN:VMWARE:HOST:B7F17482-2F34-446C-976C-924539A98B0B.HOST-438\", "
                + "\"ParentType\": \"nonsense\", \"Datastores\": [" + ds.formatted(item) + ", " + ds.formatted("") + "], \"Network\": {\"CountWithInternet\": 1}}}}");
        ok.check(stored);
        assertThat(ok.details().storage()).extracting(s -> CloudHardwarePlanEdit.itemId(s).orElse(null)).containsExactly(item, null);
        // Strict XML: an empty storage list survives the reader to be refused, not read as "unchanged".
        refused(() -> CloudHardwarePlanEdit.from(xml("<CloudHardwarePlan xmlns=\"http://www.veeam.com/ent/v1.0\"><HardwarePlanDetails><ViCloudHardwarePlan>"
                + "<Datastores /></ViCloudHardwarePlan></HardwarePlanDetails></CloudHardwarePlan>", CloudHardwarePlanEdit.ROOT, CloudHardwarePlanEdit.KEEP_EMPTY))
                .check(stored), "A hardware plan needs at least one datastore or volume.");
    }

    @Test
    void vlanEditRefusalsAfterMerging() {
        VlanConfigurationEdit.Bounds stored = new VlanConfigurationEdit.Bounds(500, 510, 511, 520);
        Function<String, VlanConfigurationEdit> bind = b -> VlanConfigurationEdit.from(json(b, VlanConfigurationEdit.ROOT));
        String message = "VLAN IDs must lie in 1-4094, each range must not be reversed, and the two ranges must not overlap.";
        refused(() -> bind.apply("{\"VlanIdsWithInternetLeftBound\": 0}").merge(stored), message);
        refused(() -> bind.apply("{\"VlanIdsWithoutInternetRightBound\": 4095}").merge(stored), message);
        refused(() -> bind.apply("{\"VlanIdsWithInternetLeftBound\": 511}").merge(stored), message);
        refused(() -> bind.apply("{\"VlanIdsWithInternetRightBound\": 515}").merge(stored), message);
        assertThat(bind.apply("{\"VlanIdsWithInternetLeftBound\": 490, \"VlanIdsWithoutInternetRightBound\": 530}").merge(stored))
                .isEqualTo(new VlanConfigurationEdit.Bounds(490, 510, 511, 530));
        assertThat(bind.apply("{\"VlanIdsWithInternetLeftBound\": 600, \"VlanIdsWithInternetRightBound\": 700, \"VlanIdsWithoutInternetLeftBound\": 1, "
                + "\"VlanIdsWithoutInternetRightBound\": 599}").merge(stored)).isEqualTo(new VlanConfigurationEdit.Bounds(600, 700, 1, 599));
    }

    @Test
    void includeBackupsIsTrueOrFalseInAnyCase() {
        assertThat(TenantDeletion.includeBackups(null)).isFalse();
        assertThat(TenantDeletion.includeBackups("TRUE")).isTrue();
        assertThat(TenantDeletion.includeBackups("false")).isFalse();
        refused(() -> TenantDeletion.includeBackups("yes"), "includeBackups must be true or false.");
        refused(() -> TenantDeletion.includeBackups(""), "includeBackups must be true or false.");
    }

    @Test
    void strictXmlNamesTheOffendingElement() {
        String outOfOrder = "<CreateCloudTenantSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><Name>T</Name><Password>p</Password>"
                + "<Description>d</Description><BackupServerUid>8ea5406b-a6e9-42d9-bca5-44b6a5d94af1</BackupServerUid></CreateCloudTenantSpec>";
        refused(() -> xml(outOfOrder, CreateCloudTenantSpec.ROOT, CreateCloudTenantSpec.KEEP_EMPTY),
                "Element 'Description' is not expected here; expected one of: Enabled, LeaseExpirationDate, Resources, ComputeResources, VmCount, "
                        + "ThrottlingEnabled, ThrottlingSpeedLimit, ThrottlingSpeedUnit, PublicIpCount, PublicIPCount, BackupServerUid, BackupServerUID, "
                        + "MaxConcurrentTasks, BackupProtectionEnabled, BackupProtectionPeriod, TenantType, OrganizationRef, VCloudComputeResources, "
                        + "CloudGatewayPools, FailoverToOtherGatewaysIfFail, FailoverToOthersGatewaysIfFail, Domain.");
        refused(() -> xml("<CloudSubtenantCreateSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><Name>U</Name><Password>p</Password>"
                + "<TenantResourceId>x</TenantResourceId></CloudSubtenantCreateSpec>", CloudSubtenantCreateSpec.ROOT, Set.of()),
                "Element 'CloudSubtenantCreateSpec' is incomplete; expected one of: QuotaName, QuotaMb, UnlimitedQuota.");
        refused(() -> xml("<VlanConfiguration xmlns=\"http://www.veeam.com/ent/v1.0\"><VlanIdsWithInternetLeftBound>ten</VlanIdsWithInternetLeftBound>"
                + "</VlanConfiguration>", VlanConfigurationEdit.ROOT, Set.of()), "The value 'ten' of element 'VlanIdsWithInternetLeftBound' is not valid.");
        refused(() -> xml("<CloudTenant xmlns=\"http://www.veeam.com/ent/v1.0\"><LeaseOptions Enabled=\"maybe\" /></CloudTenant>",
                CloudTenantEdit.ROOT, CloudTenantEdit.KEEP_EMPTY), "The value 'maybe' of attribute 'Enabled' of element 'LeaseOptions' is not valid.");
    }

    static CloudTenantEdit edit(String body) {
        return CloudTenantEdit.from(json(body, CloudTenantEdit.ROOT));
    }

    static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BodyException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
