package dev.cloudgate.client;

import static dev.cloudgate.acceptance.DemoSeed.ABC_RESOURCE;
import static dev.cloudgate.acceptance.DemoSeed.ABC_USER_01;
import static dev.cloudgate.acceptance.DemoSeed.DS_441;
import static dev.cloudgate.acceptance.DemoSeed.DS_442;
import static dev.cloudgate.acceptance.DemoSeed.ESX_HOST;
import static dev.cloudgate.acceptance.DemoSeed.HV_SILVER;
import static dev.cloudgate.acceptance.DemoSeed.SILVER;
import static dev.cloudgate.acceptance.DemoSeed.TENANT_ABC;
import static dev.cloudgate.acceptance.DemoSeed.UNKNOWN;
import static dev.cloudgate.acceptance.DemoSeed.WAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.wire.MediaFormat;
import dev.cloudgate.wire.Operations;
import dev.cloudgate.wire.tenants.DatastoreType;
import dev.cloudgate.wire.tenants.ParentType;
import dev.cloudgate.wire.tenants.Platform;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hardware plans, compute resources (plan subscriptions) and subtenants (SPEC-tenants §6.6, §6.8, §6.11)
 * through the client, against a real server with the demo seed, in XML and JSON. One server serves
 * the class without a reset, so every object a test makes carries the format in its name.
 */
class PlansAndSubtenantsAcceptanceTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    @RegisterExtension
    static final DemoServer server = new DemoServer();

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void theSeededPlansReadAsEntityAndReference(MediaFormat format) {
        CloudgateClient client = server.admin(format);
        HardwarePlan silver = client.hardwarePlan(SILVER);
        assertThat(silver.uid()).isEqualTo("urn:veeam:CloudHardwarePlan:" + SILVER);
        assertThat(silver.id()).isEqualTo(SILVER);
        assertThat(silver.name()).isEqualTo("VMware Silver");
        assertThat(silver.description()).isEqualTo("Hardware plan for VMware VMs");
        assertThat(silver.processorUsageLimitMhz()).isEqualTo(10000);
        assertThat(silver.memoryUsageLimitMb()).isEqualTo(16384);
        assertThat(silver.platform()).isEqualTo(Platform.VMware);
        assertThat(silver.hypervisorHostRef()).isEqualTo(ESX_HOST);
        assertThat(silver.parentType()).isEqualTo(ParentType.HostSystem);
        assertThat(silver.parentName()).isEqualTo("esx01.tech.local");
        assertThat(silver.storage()).containsExactly(
                new PlanStorage("5df6b488-3a56-4dde-88d2-5e1c93280395", "Cloud Replicas", DatastoreType.Datastore, DS_441, null, 300));
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
        CloudgateClient client = server.admin(format);
        String planName = "VMware Gold " + format;
        PendingTask pending = client.createHardwarePlan(HardwarePlanSpec.vmware("urn:veeam:BackupServer:" + Api.BS1, planName, ESX_HOST,
                "esx01.tech.local", List.of(PlanStorage.datastore("Gold Replicas", DS_441, 500))).withDescription("by the client")
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
                .withStorage(plan.platform(), List.of(kept.withQuotaGb(700), PlanStorage.datastore("Gold Replicas 2", DS_442, 50)))).await(WAIT);
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
        CloudgateClient client = server.admin(format);
        assertThat(client.subtenants(TENANT_ABC)).extracting(Subtenant::name).contains("ABC Company User 01");
        Subtenant seeded = client.subtenant(TENANT_ABC, ABC_USER_01);
        assertThat(seeded.description()).isEqualTo("ABC Company PC User");
        assertThat(seeded.enabled()).isTrue();
        assertThat(seeded.quota()).isEqualTo(new Subtenant.Quota(false, "Cloud Vol User 01", ABC_RESOURCE, 10240, 0,
                "724f861d-16e7-40ee-8b68-cf7b51c31d61"));
        assertThat(seeded.tenantName()).isEqualTo("ABC Company");

        String name = "ABC User " + format;
        PendingTask pending = client.createSubtenant(TENANT_ABC, SubtenantSpec.limited(name, "Str0ng-Pa55", ABC_RESOURCE, 2048)
                .withDescription("by the client").withQuotaName(name + " quota"));
        assertThat(pending.task().operation()).isEqualTo(Operations.ADD_CLOUD_SUBTENANT);
        Task created = pending.await(WAIT);
        assertThat(created.succeeded()).as(created.message()).isTrue();
        Subtenant made = client.subtenants(TENANT_ABC).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        assertThat(made.description()).isEqualTo("by the client");
        assertThat(made.quota().displayName()).isEqualTo(name + " quota");
        assertThat(made.quota().quotaMb()).isEqualTo(2048);
        assertThat(made.quota().unlimited()).isFalse();
        assertThat(client.subtenant(TENANT_ABC, made.id())).isEqualTo(made);

        String hashBefore = server.passwordHash("subtenant", name);
        Task password = client.changeSubtenantPassword(TENANT_ABC, made.id(), "N3w-Pa55-" + format).await(WAIT);
        assertThat(password.succeeded()).as(password.message()).isTrue();
        assertThat(password.operation()).isEqualTo(Operations.EDIT_CLOUD_SUBTENANT);
        assertThat(server.passwordHash("subtenant", name)).isNotBlank().isNotEqualTo(hashBefore).doesNotContain("N3w-Pa55");
        assertThat(client.subtenant(TENANT_ABC, made.id())).as("a password change changes nothing else").isEqualTo(made);

        Task edited = client.editSubtenant(TENANT_ABC, made.id(), SubtenantChanges.none().withDescription("").withEnabled(false).withQuotaMb(4096))
                .await(WAIT);
        assertThat(edited.succeeded()).as(edited.message()).isTrue();
        Subtenant after = client.subtenant(TENANT_ABC, made.id());
        assertThat(after.description()).isEmpty();
        assertThat(after.enabled()).isFalse();
        assertThat(after.quota().quotaMb()).isEqualTo(4096);
        assertThat(after.quota().quotaId()).as("fixed at creation").isEqualTo(made.quota().quotaId());
        assertThat(after.name()).isEqualTo(name);

        Task deleted = client.deleteSubtenant(TENANT_ABC, made.id()).await(WAIT);
        assertThat(deleted.succeeded()).as(deleted.message()).isTrue();
        assertThat(deleted.operation()).isEqualTo(Operations.DELETE_CLOUD_SUBTENANT);
        assertThatThrownBy(() -> client.subtenant(TENANT_ABC, made.id())).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("Subtenant [" + made.id() + "] was not found."));
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void refusalsArriveTypedAndTaskFailuresChangeNothing(MediaFormat format) {
        CloudgateClient client = server.admin(format);
        assertThatThrownBy(() -> client.hardwarePlan(UNKNOWN)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("Hardware plan [" + UNKNOWN + "] was not found."));
        assertThatThrownBy(() -> client.computeResource(TENANT_ABC, UNKNOWN)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("Compute resource [" + UNKNOWN + "] was not found."));
        assertThatThrownBy(() -> client.subtenants(UNKNOWN)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("Cloud tenant [" + UNKNOWN + "] was not found."));
        assertThatThrownBy(() -> client.createHardwarePlan(HardwarePlanSpec.hyperV(Api.BS1, "Tiny " + format, "urn:HyperV:Host:x",
                List.of(PlanStorage.volume("V", "D:\\V", 0))))).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("QuotaGb must be at least 1."));
        assertThatThrownBy(() -> client.editHardwarePlan(SILVER, HardwarePlanChanges.none().withStorage(Platform.HyperV,
                List.of(PlanStorage.volume("V", "D:\\V", 10))))).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("The platform of a hardware plan cannot be changed."));
        assertThatThrownBy(() -> client.createSubtenant(TENANT_ABC, SubtenantSpec.limited("Small " + format, "pw", ABC_RESOURCE, 10)))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.serverMessage()).isEqualTo("QuotaMb must be between 1024 and 2147483647."));

        Task wrongPlatform = client.createComputeResource(TENANT_ABC, ComputeResourceSpec.of(SILVER, Platform.HyperV)).await(WAIT);
        assertThat(wrongPlatform.succeeded()).isFalse();
        assertThat(wrongPlatform.message()).isEqualTo("Hardware plan VMware Silver is a VMware plan, not HyperV.");
        Task duplicate = client.createSubtenant(TENANT_ABC, SubtenantSpec.unlimited("abc company user 01", "pw", ABC_RESOURCE)).await(WAIT);
        assertThat(duplicate.succeeded()).isFalse();
        assertThat(duplicate.message()).isEqualTo("Subtenant abc company user 01 already exists for cloud tenant ABC Company.");
        assertThat(client.subtenants(TENANT_ABC)).extracting(Subtenant::name).filteredOn(n -> n.equalsIgnoreCase("abc company user 01")).hasSize(1);
        Task tooBig = client.createSubtenant(TENANT_ABC, SubtenantSpec.limited("Big " + format, "pw", ABC_RESOURCE, 400000)).await(WAIT);
        assertThat(tooBig.succeeded()).isFalse();
        assertThat(tooBig.message()).isEqualTo("Subtenant quota of 400000 MB exceeds the 307200 MB quota of backup resource Cloud Repository 01.");
    }
}
