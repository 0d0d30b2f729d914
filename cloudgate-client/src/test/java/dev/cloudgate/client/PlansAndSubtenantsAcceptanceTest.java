package dev.cloudgate.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.RunningServer;
import dev.cloudgate.wire.MediaFormat;
import dev.cloudgate.wire.Operations;
import dev.cloudgate.wire.tenants.DatastoreType;
import dev.cloudgate.wire.tenants.ParentType;
import dev.cloudgate.wire.tenants.Platform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hardware plans, compute resources (plan subscriptions) and subtenants (SPEC-tenants §6.6, §6.8, §6.11)
 * through the client, against a real server with the demo seed, in XML and JSON. One server serves
 * the class without a reset, so every object a test makes carries the format in its name.
 */
class PlansAndSubtenantsAcceptanceTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final String ABC = "5cf540af-512a-5ba8-9f12-77fba51207e0";
    static final String ABC_RESOURCE = "2fcc7f11-2a33-448d-a242-ba8f0618c97b";
    static final String USER_01 = "0eb0c130-d91a-4e05-9403-ac2ded0fc1ea";
    static final String SILVER = "91156f8d-8bd3-44af-bec3-b6ac2ea24288";
    static final String HV_SILVER = "127e652e-e02e-4951-99e7-03280edfe536";
    static final String ESX = "urn:VMware:Host:b7f17482-2f34-446c-976c-924539a98b0b.host-438";
    static final String DS1 = "urn:VMware:Datastore:ed6ad5f1-671b-4875-9d81-72a431953aca.datastore-441";
    static final String DS2 = "urn:VMware:Datastore:ed6ad5f1-671b-4875-9d81-72a431953aca.datastore-442";
    static final String WAN = "34ebeeb4-75d0-4e71-b315-fbc16eb2975f";
    static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";
    static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static CloudgateClient admin(MediaFormat format) {
        CloudgateClient client = CloudgateClient.builder(server.base()).format(format).build();
        client.logon(Api.ADMIN, Api.PASSWORD);
        return client;
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void theSeededPlansReadAsEntityAndReference(MediaFormat format) {
        CloudgateClient client = admin(format);
        HardwarePlan silver = client.hardwarePlan(SILVER);
        assertThat(silver.uid()).isEqualTo("urn:veeam:CloudHardwarePlan:" + SILVER);
        assertThat(silver.id()).isEqualTo(SILVER);
        assertThat(silver.name()).isEqualTo("VMware Silver");
        assertThat(silver.description()).isEqualTo("Hardware plan for VMware VMs");
        assertThat(silver.processorUsageLimitMhz()).isEqualTo(10000);
        assertThat(silver.memoryUsageLimitMb()).isEqualTo(16384);
        assertThat(silver.platform()).isEqualTo(Platform.VMware);
        assertThat(silver.hypervisorHostRef()).isEqualTo(ESX);
        assertThat(silver.parentType()).isEqualTo(ParentType.HostSystem);
        assertThat(silver.parentName()).isEqualTo("esx01.tech.local");
        assertThat(silver.storage()).containsExactly(
                new PlanStorage("5df6b488-3a56-4dde-88d2-5e1c93280395", "Cloud Replicas", DatastoreType.Datastore, DS1, null, 300));
        assertThat(silver.networksWithInternet()).isEqualTo(1);
        assertThat(silver.networksWithoutInternet()).isEqualTo(1);
        assertThat(silver.backupServerName()).isEqualTo("vbr01.tech.local");
        assertThat(silver.backupServerId()).isEqualTo(Api.BS1);

        HardwarePlan hyperV = client.hardwarePlan("urn:veeam:CloudHardwarePlan:" + HV_SILVER);
        assertThat(hyperV.platform()).isEqualTo(Platform.HyperV);
        assertThat(hyperV.parentType()).isNull();
        assertThat(hyperV.storage()).containsExactly(
                new PlanStorage("66d75e14-a35a-4dfe-a919-9b2a3bf87e4a", "Cloud Replicas", null, null, "D:\\Replicas", 300));
        assertThat(hyperV.memoryUsageLimitMb()).as("a plan seeded without limits is unlimited").isEqualTo(-1);

        assertThat(client.hardwarePlans()).contains(silver, hyperV);
        assertThat(client.hardwarePlanRefs()).extracting(Ref::name).contains("VMware Silver", "Hyper-V Silver");
        assertThat(client.hardwarePlanRef(SILVER).type()).isEqualTo("CloudHardwarePlanReference");
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void aPlanIsCreatedEditedSubscribedToAndDeletedOnlyOnceNobodyUsesIt(MediaFormat format) {
        CloudgateClient client = admin(format);
        String planName = "VMware Gold " + format;
        PendingTask pending = client.createHardwarePlan(HardwarePlanSpec.vmware("urn:veeam:BackupServer:" + Api.BS1, planName, ESX,
                "esx01.tech.local", List.of(PlanStorage.datastore("Gold Replicas", DS1, 500))).withDescription("by the client")
                .withLimits(20000, 32768).withNetworks(1, 0));
        assertThat(pending.task().operation()).isEqualTo(Operations.CREATE_CLOUD_HARDWARE_PLAN);
        Task created = pending.await(WAIT);
        assertThat(created.succeeded()).as(created.message()).isTrue();
        String planId = created.relatedId().orElseThrow();
        HardwarePlan plan = client.hardwarePlan(planId);
        assertThat(plan.name()).isEqualTo(planName);
        assertThat(plan.description()).isEqualTo("by the client");
        assertThat(plan.processorUsageLimitMhz()).isEqualTo(20000);
        assertThat(plan.memoryUsageLimitMb()).isEqualTo(32768);
        assertThat(plan.networksWithInternet()).isEqualTo(1);
        assertThat(plan.networksWithoutInternet()).isZero();
        assertThat(plan.storage()).singleElement().satisfies(d -> {
            assertThat(d.id()).as("the server gives the item an id").isNotBlank();
            assertThat(d.friendlyName()).isEqualTo("Gold Replicas");
            assertThat(d.quotaGb()).isEqualTo(500);
        });

        // The GET-then-PUT style: the item read back keeps its id, a new one is added.
        PlanStorage kept = plan.storage().get(0);
        Task edited = client.editHardwarePlan(planId, HardwarePlanChanges.none().withDescription("").withMemoryLimit(-1)
                .withStorage(plan.platform(), List.of(kept.withQuotaGb(700), PlanStorage.datastore("Gold Replicas 2", DS2, 50)))).await(WAIT);
        assertThat(edited.succeeded()).as(edited.message()).isTrue();
        assertThat(edited.operation()).isEqualTo(Operations.EDIT_CLOUD_HARDWARE_PLAN);
        HardwarePlan after = client.hardwarePlan(planId);
        assertThat(after.description()).isEmpty();
        assertThat(after.processorUsageLimitMhz()).as("unchanged").isEqualTo(20000);
        assertThat(after.memoryUsageLimitMb()).isEqualTo(-1);
        assertThat(after.storage()).extracting(PlanStorage::friendlyName, PlanStorage::quotaGb)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Gold Replicas", 700), org.assertj.core.groups.Tuple.tuple("Gold Replicas 2", 50));
        assertThat(after.storage().get(0).id()).isEqualTo(kept.id());

        // A tenant subscribes; the plan cannot go while it is subscribed (SPEC-tenants §7.3).
        String tenantName = "Plan tenant " + format;
        Task tenantMade = client.createTenant(TenantSpec.standalone(Api.BS1, tenantName, "Str0ng-Pa55")).await(WAIT);
        String tenantId = tenantMade.relatedId().orElseThrow(() -> new AssertionError(tenantMade.message()));
        PendingTask subscribing = client.createComputeResource(tenantId, ComputeResourceSpec.of(plan.uid(), Platform.VMware)
                .withWanAccelerator(WAN).withNetworkFailover(NetworkAppliance.automatic(tenantName + " Appliance", "VM Network")));
        assertThat(subscribing.task().operation()).isEqualTo(Operations.CREATE_CLOUD_TENANT_RESOURCE);
        Task subscribed = subscribing.await(WAIT);
        assertThat(subscribed.succeeded()).as(subscribed.message()).isTrue();
        ComputeResource compute = client.computeResources(tenantId).stream().filter(c -> c.hardwarePlanUid().equals(plan.uid())).findFirst()
                .orElseThrow();
        assertThat(compute.hardwarePlanId()).isEqualTo(planId);
        assertThat(compute.platform()).isEqualTo(Platform.VMware);
        assertThat(compute.wanAcceleratorUid()).isEqualTo("urn:veeam:WanAccelerator:" + WAN);
        assertThat(compute.useNetworkFailoverResources()).isTrue();
        assertThat(compute.appliance()).isEqualTo(NetworkAppliance.automatic(tenantName + " Appliance", "VM Network"));
        assertThat(compute.storage()).containsExactly(new ComputeResource.StorageUsage("Gold Replicas", 0, 700),
                new ComputeResource.StorageUsage("Gold Replicas 2", 0, 50));
        assertThat(compute.tenantName()).isEqualTo(tenantName);
        assertThat(client.computeResource(tenantId, compute.id())).isEqualTo(compute);
        assertThat(client.hardwarePlanTenants(planId)).extracting(Tenant::name).containsExactly(tenantName);

        Task refused = client.deleteHardwarePlan(planId).await(WAIT);
        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.operation()).isEqualTo(Operations.DELETE_CLOUD_HARDWARE_PLAN);
        assertThat(refused.message()).isEqualTo("Hardware plan " + planName + " cannot be deleted while cloud tenants are subscribed to it ("
                + tenantName + ").");
        assertThat(client.hardwarePlan(planId)).isEqualTo(after);

        Task unsubscribed = client.deleteComputeResource(tenantId, compute.id()).await(WAIT);
        assertThat(unsubscribed.succeeded()).as(unsubscribed.message()).isTrue();
        assertThat(unsubscribed.operation()).isEqualTo(Operations.DELETE_CLOUD_TENANT_COMPUTE_RESOURCE);
        assertThat(client.computeResources(tenantId)).isEmpty();
        assertThat(client.hardwarePlanTenants(planId)).isEmpty();
        Task deleted = client.deleteHardwarePlan(planId).await(WAIT);
        assertThat(deleted.succeeded()).as(deleted.message()).isTrue();
        assertThatThrownBy(() -> client.hardwarePlan(planId)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("Hardware plan [" + planId + "] was not found."));
        assertThat(client.deleteTenant(tenantId).await(WAIT).succeeded()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void aSubtenantIsCreatedFoundByNameEditedAndDeleted(MediaFormat format) throws Exception {
        CloudgateClient client = admin(format);
        assertThat(client.subtenants(ABC)).extracting(Subtenant::name).contains("ABC Company User 01");
        Subtenant seeded = client.subtenant(ABC, USER_01);
        assertThat(seeded.description()).isEqualTo("ABC Company PC User");
        assertThat(seeded.enabled()).isTrue();
        assertThat(seeded.quota()).isEqualTo(new Subtenant.Quota(false, "Cloud Vol User 01", ABC_RESOURCE, 10240, 0,
                "724f861d-16e7-40ee-8b68-cf7b51c31d61"));
        assertThat(seeded.tenantName()).isEqualTo("ABC Company");

        String name = "ABC User " + format;
        PendingTask pending = client.createSubtenant(ABC, SubtenantSpec.limited(name, "Str0ng-Pa55", ABC_RESOURCE, 2048)
                .withDescription("by the client").withQuotaName(name + " quota"));
        assertThat(pending.task().operation()).isEqualTo(Operations.ADD_CLOUD_SUBTENANT);
        Task created = pending.await(WAIT);
        assertThat(created.succeeded()).as(created.message()).isTrue();
        Subtenant made = client.subtenants(ABC).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        assertThat(made.description()).isEqualTo("by the client");
        assertThat(made.quota().displayName()).isEqualTo(name + " quota");
        assertThat(made.quota().quotaMb()).isEqualTo(2048);
        assertThat(made.quota().unlimited()).isFalse();
        assertThat(client.subtenant(ABC, made.id())).isEqualTo(made);

        String hashBefore = passwordHash(name);
        Task password = client.changeSubtenantPassword(ABC, made.id(), "N3w-Pa55-" + format).await(WAIT);
        assertThat(password.succeeded()).as(password.message()).isTrue();
        assertThat(password.operation()).isEqualTo(Operations.EDIT_CLOUD_SUBTENANT);
        assertThat(passwordHash(name)).isNotBlank().isNotEqualTo(hashBefore).doesNotContain("N3w-Pa55");
        assertThat(client.subtenant(ABC, made.id())).as("a password change changes nothing else").isEqualTo(made);

        Task edited = client.editSubtenant(ABC, made.id(), SubtenantChanges.none().withDescription("").withEnabled(false).withQuotaMb(4096))
                .await(WAIT);
        assertThat(edited.succeeded()).as(edited.message()).isTrue();
        Subtenant after = client.subtenant(ABC, made.id());
        assertThat(after.description()).isEmpty();
        assertThat(after.enabled()).isFalse();
        assertThat(after.quota().quotaMb()).isEqualTo(4096);
        assertThat(after.quota().quotaId()).as("fixed at creation").isEqualTo(made.quota().quotaId());
        assertThat(after.name()).isEqualTo(name);

        Task deleted = client.deleteSubtenant(ABC, made.id()).await(WAIT);
        assertThat(deleted.succeeded()).as(deleted.message()).isTrue();
        assertThat(deleted.operation()).isEqualTo(Operations.DELETE_CLOUD_SUBTENANT);
        assertThatThrownBy(() -> client.subtenant(ABC, made.id())).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("Subtenant [" + made.id() + "] was not found."));
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void refusalsArriveTypedAndTaskFailuresChangeNothing(MediaFormat format) {
        CloudgateClient client = admin(format);
        assertThatThrownBy(() -> client.hardwarePlan(UNKNOWN)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("Hardware plan [" + UNKNOWN + "] was not found."));
        assertThatThrownBy(() -> client.computeResource(ABC, UNKNOWN)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("Compute resource [" + UNKNOWN + "] was not found."));
        assertThatThrownBy(() -> client.subtenants(UNKNOWN)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("Cloud tenant [" + UNKNOWN + "] was not found."));
        assertThatThrownBy(() -> client.createHardwarePlan(HardwarePlanSpec.hyperV(Api.BS1, "Tiny " + format, "urn:HyperV:Host:x",
                List.of(PlanStorage.volume("V", "D:\\V", 0))))).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("QuotaGb must be at least 1."));
        assertThatThrownBy(() -> client.editHardwarePlan(SILVER, HardwarePlanChanges.none().withStorage(Platform.HyperV,
                List.of(PlanStorage.volume("V", "D:\\V", 10))))).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("The platform of a hardware plan cannot be changed."));
        assertThatThrownBy(() -> client.createSubtenant(ABC, SubtenantSpec.limited("Small " + format, "pw", ABC_RESOURCE, 10)))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.serverMessage()).isEqualTo("QuotaMb must be between 1024 and 2147483647."));

        Task wrongPlatform = client.createComputeResource(ABC, ComputeResourceSpec.of(SILVER, Platform.HyperV)).await(WAIT);
        assertThat(wrongPlatform.succeeded()).isFalse();
        assertThat(wrongPlatform.message()).isEqualTo("Hardware plan VMware Silver is a VMware plan, not HyperV.");
        Task duplicate = client.createSubtenant(ABC, SubtenantSpec.unlimited("abc company user 01", "pw", ABC_RESOURCE)).await(WAIT);
        assertThat(duplicate.succeeded()).isFalse();
        assertThat(duplicate.message()).isEqualTo("Subtenant abc company user 01 already exists for cloud tenant ABC Company.");
        assertThat(client.subtenants(ABC)).extracting(Subtenant::name).filteredOn(n -> n.equalsIgnoreCase("abc company user 01")).hasSize(1);
        Task tooBig = client.createSubtenant(ABC, SubtenantSpec.limited("Big " + format, "pw", ABC_RESOURCE, 400000)).await(WAIT);
        assertThat(tooBig.succeeded()).isFalse();
        assertThat(tooBig.message()).isEqualTo("Subtenant quota of 400000 MB exceeds the 307200 MB quota of backup resource Cloud Repository 01.");
    }

    /** The subtenant's password hash as the control API exports it: the only way to see that a password changed. */
    private static String passwordHash(String subtenantName) throws Exception {
        HttpResponse<String> state = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.base().replace("/api", "/_cloudgate/state")))
                .header("Authorization", "Bearer " + server.adminToken()).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        new ObjectMapper().readTree(state.body()).findParents("passwordHash").stream()
                .filter(n -> subtenantName.equals(n.path("name").asText())).forEach(found::add);
        assertThat(found).as("subtenant " + subtenantName + " in the export").hasSize(1);
        return found.get(0).path("passwordHash").asText();
    }
}
