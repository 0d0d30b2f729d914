package dev.cloudgate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudgate.cloud.Gateway;
import dev.cloudgate.cloud.NetworkMode;
import dev.cloudgate.cloud.Pool;
import dev.cloudgate.infrastructure.AdDomain;
import dev.cloudgate.infrastructure.AllocationModel;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.DatastoreType;
import dev.cloudgate.infrastructure.Host;
import dev.cloudgate.infrastructure.HostDatastore;
import dev.cloudgate.infrastructure.ManagedServer;
import dev.cloudgate.infrastructure.ManagedServerType;
import dev.cloudgate.infrastructure.OrganizationVdc;
import dev.cloudgate.infrastructure.ParentType;
import dev.cloudgate.infrastructure.Platform;
import dev.cloudgate.infrastructure.PublicIpAddress;
import dev.cloudgate.infrastructure.Repository;
import dev.cloudgate.infrastructure.RepositoryKind;
import dev.cloudgate.infrastructure.SwitchType;
import dev.cloudgate.infrastructure.VcdOrganization;
import dev.cloudgate.infrastructure.VlanConfiguration;
import dev.cloudgate.infrastructure.VlanRange;
import dev.cloudgate.infrastructure.WanAccelerator;
import dev.cloudgate.store.jdbc.JdbcCloudInventoryStore;
import dev.cloudgate.store.jdbc.JdbcGatewayStore;
import dev.cloudgate.store.jdbc.JdbcHardwarePlanStore;
import dev.cloudgate.store.jdbc.JdbcInfrastructureStore;
import dev.cloudgate.store.jdbc.JdbcPoolStore;
import dev.cloudgate.store.jdbc.JdbcStateStore;
import dev.cloudgate.store.jdbc.JdbcTenantStore;
import dev.cloudgate.tenants.BackupProtection;
import dev.cloudgate.tenants.BackupResource;
import dev.cloudgate.tenants.CloudTenant;
import dev.cloudgate.tenants.ComputeResource;
import dev.cloudgate.tenants.FreeLicenseCounters;
import dev.cloudgate.tenants.HardwarePlan;
import dev.cloudgate.tenants.LastResult;
import dev.cloudgate.tenants.ManualIpSettings;
import dev.cloudgate.tenants.NetworkAppliance;
import dev.cloudgate.tenants.PlanStorage;
import dev.cloudgate.tenants.StorageUsage;
import dev.cloudgate.tenants.Subtenant;
import dev.cloudgate.tenants.TenantCounters;
import dev.cloudgate.tenants.TenantLogon;
import dev.cloudgate.tenants.Throttling;
import dev.cloudgate.tenants.ThrottlingUnit;
import dev.cloudgate.tenants.VCloudComputeResource;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tenant slice's stores (SPEC-tenants §3): the same tests on H2 and PostgreSQL, each on a fresh,
 * migrated database. What the database itself must refuse is tested here, because only the database
 * can refuse it for several nodes at once.
 */
abstract class TenantStoreContract {
    static final UUID VBR = UUID.fromString("8ea5406b-a6e9-42d9-bca5-44b6a5d94af1");
    static final UUID VBR2 = UUID.fromString("00000000-0000-4000-8000-0000000000b2");

    Database database;
    Transactor tx;
    JdbcTenantStore tenants;
    JdbcCloudInventoryStore inventory;
    JdbcHardwarePlanStore plans;
    JdbcPoolStore pools;
    JdbcGatewayStore gateways;
    JdbcInfrastructureStore infrastructure;

    abstract Database openFreshDatabase();

    void dropDatabase() {
    }

    @BeforeEach
    void open() {
        database = openFreshDatabase();
        tx = new Transactor(database.dataSource());
        tenants = new JdbcTenantStore(tx);
        inventory = new JdbcCloudInventoryStore(tx);
        plans = new JdbcHardwarePlanStore(tx);
        pools = new JdbcPoolStore(tx);
        gateways = new JdbcGatewayStore(tx);
        infrastructure = new JdbcInfrastructureStore(tx);
        tx.run(() -> {
            infrastructure.add(new BackupServer(VBR, "vbr01.tech.local", "", 9392, "13.0.1.1071", null, null, null, true));
            infrastructure.add(new BackupServer(VBR2, "vbr02.tech.local", "", 9392, "13.0.1.1071", null, null, null, true));
        });
    }

    @AfterEach
    void close() {
        database.close();
        dropDatabase();
    }

    @Test
    void tenantKeepsEveryFieldAndItsLogonKind() {
        CloudTenant standalone = full(UUID.randomUUID(), "ABC Company", TenantLogon.Standalone.INSTANCE);
        CloudTenant vcd = full(UUID.randomUUID(), "TechCompanyOrg", new TenantLogon.Vcd("TechCompanyOrg", "urn:vCloud:Organization:x"));
        CloudTenant ad = full(UUID.randomUUID(), "TECH\\william.fox", new TenantLogon.ActiveDirectory("tech.local", UUID.randomUUID(), 389));
        tx.run(() -> List.of(standalone, vcd, ad).forEach(tenants::insert));

        assertThat(tx.inTransaction(tenants::all)).containsExactly(standalone, vcd, ad);
        assertThat(tx.inTransaction(() -> tenants.named(VBR, "abc company"))).contains(standalone);
        assertThat(tx.inTransaction(() -> tenants.named(VBR2, "abc company"))).isEmpty();

        CloudTenant edited = new CloudTenant(standalone.id(), VBR, "ABC Company", "gold", "other-hash", false, null,
                new Throttling(true, 100, ThrottlingUnit.Mbps), 4, new BackupProtection(false, 1), false, 0, LastResult.Success,
                standalone.lastActive(), standalone.counters(), standalone.freeLicenseCounters(), standalone.logon());
        tx.run(() -> tenants.update(edited));
        assertThat(tx.inTransaction(() -> tenants.find(standalone.id()))).contains(edited);
    }

    @Test
    void databaseRefusesTwoTenantsOfOneNameOnOneBackupServerInAnyCase() {
        tx.run(() -> tenants.insert(CloudTenant.standalone(UUID.randomUUID(), VBR, "ABC Company", null)));

        assertThatThrownBy(() -> tx.run(() -> tenants.insert(CloudTenant.standalone(UUID.randomUUID(), VBR, " abc COMPANY", null))))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.isUniqueViolation()).isTrue());
        tx.run(() -> tenants.insert(CloudTenant.standalone(UUID.randomUUID(), VBR2, "ABC Company", null)));
        assertThat(tx.inTransaction(tenants::all)).hasSize(2);
    }

    @Test
    void racingCreatesOfOneTenantNameLeaveExactlyOne() throws Exception {
        List<Boolean> made = StoreContract.inParallel(8, i -> {
            try {
                tx.run(() -> tenants.insert(CloudTenant.standalone(UUID.randomUUID(), VBR, "Tri-M Company", null)));
                return true;
            } catch (StoreException e) {
                assertThat(e.isUniqueViolation()).isTrue();
                return false;
            }
        });

        assertThat(made).containsOnlyOnce(true);
        assertThat(tx.inTransaction(tenants::all)).hasSize(1);
    }

    @Test
    void inventoryRecordsRoundTrip() {
        Repository repository = new Repository(UUID.randomUUID(), VBR, "Cloud Repository 01", RepositoryKind.WindowsLocal, 1000, 900);
        WanAccelerator wan = new WanAccelerator(UUID.randomUUID(), VBR, "wan01.tech.local", "Target", "13.0.1.1071", 100, 6165, 5,
                "C:\\VeeamWAN", false, true);
        Host host = new Host(UUID.randomUUID(), VBR, "urn:VMware:Host:x.host-438", "esx01.tech.local", Platform.VMware,
                ParentType.HostSystem, List.of(new HostDatastore("urn:VMware:Datastore:a", "ds1", DatastoreType.Datastore),
                        new HostDatastore("urn:VMware:Datastore:b", "pod", DatastoreType.StoragePod)));
        Host hyperV = new Host(UUID.randomUUID(), VBR, "urn:HyperV:Host:y.", "hv01", Platform.HyperV, null, List.of());
        VcdOrganization org = new VcdOrganization(UUID.randomUUID(), VBR, "urn:vCloud:Organization:o", "TechCompanyOrg",
                List.of(new OrganizationVdc("urn:vCloud:OrgVdc:v", "TechCompanyOrgVDC", AllocationModel.AllocationPool, true)));
        AdDomain domain = new AdDomain(UUID.randomUUID(), VBR, "tech.local", "TECH", 389, List.of("TECH\\william.fox", "TECH\\ops"));
        VlanConfiguration vlan = new VlanConfiguration(UUID.randomUUID(), VBR, host.ref(), Platform.VMware, "vSwitch0", "vSwitch0",
                SwitchType.VirtualSwitch, null, null, new VlanRange(500, 510), new VlanRange(511, 520));
        tx.run(() -> {
            inventory.add(repository);
            inventory.add(wan);
            inventory.add(host);
            inventory.add(hyperV);
            inventory.add(org);
            inventory.add(domain);
            inventory.add(vlan);
            inventory.add(new PublicIpAddress(VBR, "198.51.100.1", null));
            inventory.add(new PublicIpAddress(VBR, "198.51.100.2", null));
        });

        assertThat(tx.inTransaction(inventory::repositories)).containsExactly(repository);
        assertThat(tx.inTransaction(() -> inventory.wanAccelerator(wan.id()))).contains(wan);
        assertThat(tx.inTransaction(inventory::hosts)).containsExactly(host, hyperV);
        assertThat(tx.inTransaction(() -> inventory.host(VBR, "ESX01.tech.local"))).contains(host);
        assertThat(tx.inTransaction(() -> inventory.organization(VBR, " URN:vCloud:Organization:o"))).contains(org);
        assertThat(tx.inTransaction(() -> inventory.domain(VBR, "TECH.local"))).contains(domain);
        assertThat(tx.inTransaction(() -> inventory.vlan(vlan.id()))).contains(vlan);
        assertThat(tx.inTransaction(() -> inventory.freePublicIps(VBR))).isEqualTo(2);

        VlanConfiguration edited = vlan.withRanges(new VlanRange(490, 510), new VlanRange(511, 530));
        tx.run(() -> inventory.update(edited));
        assertThat(tx.inTransaction(() -> inventory.vlan(vlan.id()))).contains(edited);
        assertThat(tx.inTransaction(() -> inventory.removeVlan(vlan.id()))).isTrue();
        assertThat(tx.inTransaction(inventory::vlans)).isEmpty();
    }

    @Test
    void databaseRefusesTwoQuotasOfOneTenantOnOneRepository() {
        UUID tenant = UUID.randomUUID();
        Repository repository = repository(VBR, "Cloud Repository 01");
        tx.run(() -> {
            inventory.add(repository);
            tenants.insert(CloudTenant.standalone(tenant, VBR, "ABC Company", null));
            tenants.insert(new BackupResource(UUID.randomUUID(), tenant, repository.id(), "q1", 2048, 0, null));
        });

        assertThatThrownBy(() -> tx.run(() -> tenants.insert(new BackupResource(UUID.randomUUID(), tenant, repository.id(), "q2", 4096, 0,
                null)))).isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.isUniqueViolation()).isTrue());
        assertThat(tx.inTransaction(() -> tenants.resourcesOf(tenant))).extracting(BackupResource::displayName).containsExactly("q1");
    }

    @Test
    void poolAssignmentsAreOnePairSeenFromBothSides() {
        UUID tenant = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        tx.run(() -> {
            tenants.insert(CloudTenant.standalone(other, VBR, "XYZ Corporation", null));
            tenants.insert(CloudTenant.standalone(tenant, VBR, "ABC Company", null));
            pools.insert(new Pool(first, VBR, "GatewayPool 1", "", List.of(gateway("gw01")), List.of(other)));
            pools.insert(new Pool(second, VBR, "GatewayPool 2", "", List.of(gateway("gw02")), List.of()));
        });

        tx.run(() -> tenants.setPools(tenant, List.of(second, first, second)));
        assertThat(tx.inTransaction(() -> tenants.poolIdsOf(tenant))).containsExactly(first, second);
        assertThat(tx.inTransaction(() -> pools.find(first)).orElseThrow().tenantIds()).containsExactly(other, tenant);
        assertThat(tx.inTransaction(() -> pools.withTenant(tenant))).extracting(Pool::id).containsExactly(first, second);

        tx.run(() -> tenants.setPools(tenant, List.of(second)));
        assertThat(tx.inTransaction(() -> pools.find(first)).orElseThrow().tenantIds()).containsExactly(other);
        assertThat(tx.inTransaction(() -> tenants.poolIdsOf(tenant))).containsExactly(second);

        Pool edited = tx.inTransaction(() -> pools.find(first)).orElseThrow();
        tx.run(() -> pools.update(new Pool(first, VBR, edited.name(), "", edited.gatewayIds(), List.of(other, tenant))));
        assertThat(tx.inTransaction(() -> tenants.poolIdsOf(tenant))).containsExactly(first, second);
    }

    @Test
    void deletingATenantTakesItsSubObjectsAssignmentsAndAddressesWithIt() {
        UUID tenant = UUID.randomUUID();
        UUID keep = UUID.randomUUID();
        Repository repository = repository(VBR, "Cloud Repository 01");
        HardwarePlan plan = vmwarePlan();
        UUID pool = UUID.randomUUID();
        BackupResource resource = new BackupResource(UUID.randomUUID(), tenant, repository.id(), "q", 2048, 10, null);
        ComputeResource compute = new ComputeResource(UUID.randomUUID(), tenant, plan.id(), null, true,
                new NetworkAppliance("appliance", "VM Network", false, new ManualIpSettings("172.17.52.37", "255.255.254.0",
                        "172.17.52.1"), "", false), 8192, 2, List.of(new StorageUsage(plan.storage().get(0).id(), 35)));
        Subtenant subtenant = new Subtenant(UUID.randomUUID(), tenant, "User 01", "", "hash", true, resource.id(), "Vol", 1024, false, 0,
                UUID.randomUUID());
        tx.run(() -> {
            inventory.add(repository);
            plans.insert(plan);
            inventory.add(new PublicIpAddress(VBR, "198.51.100.1", null));
            tenants.insert(CloudTenant.standalone(tenant, VBR, "ABC Company", null));
            tenants.insert(CloudTenant.standalone(keep, VBR, "XYZ Corporation", null));
            tenants.insert(resource);
            tenants.insert(compute);
            tenants.insert(subtenant);
            tenants.insert(new VCloudComputeResource(UUID.randomUUID(), tenant, "urn:vCloud:OrgVdc:v", false, 0, 0, 16, null, null));
            pools.insert(new Pool(pool, VBR, "GatewayPool 1", "", List.of(gateway("gw01")), List.of(tenant, keep)));
            assertThat(inventory.assignPublicIps(VBR, tenant, 5)).isEqualTo(1);
        });
        assertThat(tx.inTransaction(() -> tenants.computeResourcesOf(tenant))).containsExactly(compute);
        assertThat(tx.inTransaction(() -> tenants.subtenantsOf(tenant))).containsExactly(subtenant);
        assertThat(tx.inTransaction(() -> inventory.freePublicIps(VBR))).isZero();

        assertThat(tx.inTransaction(() -> tenants.delete(tenant))).isTrue();

        assertThat(tx.inTransaction(tenants::all)).extracting(CloudTenant::id).containsExactly(keep);
        assertThat(tx.inTransaction(tenants::resources)).isEmpty();
        assertThat(tx.inTransaction(tenants::computeResources)).isEmpty();
        assertThat(tx.inTransaction(tenants::subtenants)).isEmpty();
        assertThat(tx.inTransaction(() -> tenants.vCloudComputeResourcesOf(tenant))).isEmpty();
        assertThat(tx.inTransaction(() -> pools.find(pool)).orElseThrow().tenantIds()).containsExactly(keep);
        assertThat(tx.inTransaction(() -> inventory.freePublicIps(VBR))).isEqualTo(1);
        assertThat(tx.inTransaction(() -> tenants.delete(tenant))).isFalse();
    }

    @Test
    void hardwarePlanKeepsItsStorageListInOrderAndEditsReplaceIt() {
        HardwarePlan plan = vmwarePlan();
        HardwarePlan hyperV = new HardwarePlan(UUID.randomUUID(), VBR, "Hyper-V Silver", "", -1, -1, "urn:HyperV:Host:y.",
                Platform.HyperV, List.of(new PlanStorage.Volume(UUID.randomUUID(), "Cloud Replicas", "D:\\Replicas", 300)), 0, 0);
        tx.run(() -> {
            plans.insert(plan);
            plans.insert(hyperV);
        });
        assertThat(tx.inTransaction(plans::all)).containsExactly(plan, hyperV);

        HardwarePlan edited = new HardwarePlan(plan.id(), VBR, plan.name(), "new", 20000, 4096, plan.hostRef(), plan.platform(),
                List.of(plan.storage().get(1), plan.storage().get(0)), plan.networksWithInternet(), plan.networksWithoutInternet());
        tx.run(() -> plans.update(edited));
        assertThat(tx.inTransaction(() -> plans.find(plan.id()))).contains(edited);
        assertThatThrownBy(() -> tx.run(() -> plans.insert(new HardwarePlan(UUID.randomUUID(), VBR, "vmware SILVER", "", -1, -1,
                plan.hostRef(), Platform.VMware, List.of(), 0, 0))))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.isUniqueViolation()).isTrue());
    }

    @Test
    void subtenantNamesAreUniquePerTenantInAnyCaseAndAnEditKeepsTheQuotaId() {
        UUID tenant = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Repository repository = repository(VBR, "Cloud Repository 01");
        UUID resource = UUID.randomUUID();
        UUID otherResource = UUID.randomUUID();
        Subtenant user = new Subtenant(UUID.randomUUID(), tenant, "User 01", "", "hash-1", true, resource, "Quota 01", 2048, false, 0,
                UUID.randomUUID());
        tx.run(() -> {
            inventory.add(repository);
            tenants.insert(CloudTenant.standalone(tenant, VBR, "ABC Company", null));
            tenants.insert(CloudTenant.standalone(other, VBR, "XYZ Corporation", null));
            tenants.insert(new BackupResource(resource, tenant, repository.id(), "q1", 4096, 0, null));
            tenants.insert(new BackupResource(otherResource, other, repository.id(), "q2", 4096, 0, null));
            tenants.insert(user);
        });
        assertThatThrownBy(() -> tx.run(() -> tenants.insert(new Subtenant(UUID.randomUUID(), tenant, " user 01", "", "h", true, resource,
                "q", 2048, false, 0, UUID.randomUUID()))))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.isUniqueViolation()).isTrue());
        tx.run(() -> tenants.insert(new Subtenant(UUID.randomUUID(), other, "User 01", "", "h", true, otherResource, "q", 2048, true, 0,
                UUID.randomUUID())));

        Subtenant edited = new Subtenant(user.id(), tenant, "User 01", "laptop", "hash-2", false, resource, "Bigger", 3072, true, 0,
                user.quotaId());
        tx.run(() -> tenants.update(edited));
        assertThat(tx.inTransaction(() -> tenants.subtenantsOf(tenant))).containsExactly(edited);
        assertThat(tx.inTransaction(tenants::subtenants)).hasSize(2);
        assertThat(tx.inTransaction(() -> tenants.deleteSubtenant(user.id()))).isTrue();
        assertThat(tx.inTransaction(() -> tenants.subtenantsOf(tenant))).isEmpty();
    }

    @Test
    void aSubscriptionHoldsItsPlanAndASecondOneOfThePlanIsRefused() {
        UUID tenant = UUID.randomUUID();
        HardwarePlan plan = vmwarePlan();
        ComputeResource subscription = new ComputeResource(UUID.randomUUID(), tenant, plan.id(), null, false, null, 0, 0, List.of());
        tx.run(() -> {
            plans.insert(plan);
            tenants.insert(CloudTenant.standalone(tenant, VBR, "ABC Company", null));
            tenants.insert(subscription);
        });
        assertThat(tx.inTransaction(() -> plans.lock(plan.id()))).contains(plan);
        assertThat(tx.inTransaction(() -> plans.lock(UUID.randomUUID()))).isEmpty();
        // T-B6 is kept by the store too: one subscription per plan per tenant, replaced in place.
        assertThatThrownBy(() -> tx.run(() -> tenants.insert(new ComputeResource(UUID.randomUUID(), tenant, plan.id(), null, true, null, 0, 0,
                List.of())))).isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.isUniqueViolation()).isTrue());
        ComputeResource replaced = new ComputeResource(subscription.id(), tenant, plan.id(), null, true, null, 0, 0, List.of());
        tx.run(() -> tenants.update(replaced));
        assertThat(tx.inTransaction(() -> tenants.computeResourcesOf(tenant))).containsExactly(replaced);
        // What the task checks first, the database refuses too: a plan with a subscriber stays, a subscription needs its plan.
        assertThatThrownBy(() -> tx.run(() -> plans.delete(plan.id())))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.isForeignKeyViolation()).isTrue());
        assertThatThrownBy(() -> tx.run(() -> tenants.insert(new ComputeResource(UUID.randomUUID(), tenant, UUID.randomUUID(), null, false,
                null, 0, 0, List.of())))).isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.isForeignKeyViolation()).isTrue());
        assertThat(tx.inTransaction(() -> tenants.deleteComputeResource(subscription.id()))).isTrue();
        assertThat(tx.inTransaction(() -> plans.delete(plan.id()))).isTrue();
    }

    @Test
    void clearingAndRemovingABackupServerTakeTheTenantSliceWithThem() {
        UUID tenant = UUID.randomUUID();
        Repository repository = repository(VBR, "Cloud Repository 01");
        tx.run(() -> {
            inventory.add(repository);
            plans.insert(vmwarePlan());
            inventory.add(new PublicIpAddress(VBR, "198.51.100.1", null));
            inventory.add(repository(VBR2, "Other"));
            tenants.insert(CloudTenant.standalone(tenant, VBR, "ABC Company", null));
            tenants.insert(new BackupResource(UUID.randomUUID(), tenant, repository.id(), "q", 2048, 0, null));
        });
        JdbcStateStore state = new JdbcStateStore(tx);

        assertThat(tx.inTransaction(() -> state.removeBackupServer(VBR))).isTrue();
        assertThat(tx.inTransaction(tenants::all)).isEmpty();
        assertThat(tx.inTransaction(inventory::repositories)).extracting(Repository::name).containsExactly("Other");
        assertThat(tx.inTransaction(plans::all)).isEmpty();

        tx.run(state::clear);
        assertThat(tx.inTransaction(inventory::repositories)).isEmpty();
    }

    static CloudTenant full(UUID id, String name, TenantLogon logon) {
        return new CloudTenant(id, VBR, name, "Tenant account", "pbkdf2-hash", true, Instant.parse("2027-12-31T00:00:00Z"),
                new Throttling(true, 10, ThrottlingUnit.MBps), 2, new BackupProtection(true, 14), true, 1, LastResult.Success,
                Instant.parse("2025-01-11T01:24:51.137Z"), new TenantCounters(2, 1, 3, 4), new FreeLicenseCounters(2, 0, 1, 4, 0, 1, 7),
                logon);
    }

    static Repository repository(UUID backupServer, String name) {
        return new Repository(UUID.randomUUID(), backupServer, name, RepositoryKind.WindowsLocal, 1_079_639_011_328L, 881_812_750_336L);
    }

    static HardwarePlan vmwarePlan() {
        return new HardwarePlan(UUID.randomUUID(), VBR, "VMware Silver", "Hardware plan for VMware VMs", 10000, 16384,
                "urn:VMware:Host:x.host-438", Platform.VMware, List.of(
                        new PlanStorage.Datastore(UUID.randomUUID(), "Cloud Replicas", DatastoreType.Datastore, "urn:VMware:Datastore:a", 300),
                        new PlanStorage.Datastore(UUID.randomUUID(), "Pod", DatastoreType.StoragePod, "urn:VMware:Datastore:b", 100)),
                1, 1);
    }

    private UUID gateway(String name) {
        UUID host = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        infrastructure.add(new ManagedServer(host, VBR, name, "", ManagedServerType.Windows, null));
        gateways.insert(new Gateway(id, VBR, host, name, true, NetworkMode.Direct, "10.0.0.1", 6180, 6180, ""));
        return id;
    }
}
