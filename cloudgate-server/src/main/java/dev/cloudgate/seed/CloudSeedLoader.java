package dev.cloudgate.seed;

import dev.cloudgate.auth.Passwords;
import dev.cloudgate.infrastructure.AdDomain;
import dev.cloudgate.infrastructure.AllocationModel;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.CloudInventoryStore;
import dev.cloudgate.infrastructure.DatastoreType;
import dev.cloudgate.infrastructure.Host;
import dev.cloudgate.infrastructure.HostDatastore;
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
import dev.cloudgate.tenants.BackupProtection;
import dev.cloudgate.tenants.BackupResource;
import dev.cloudgate.tenants.CloudTenant;
import dev.cloudgate.tenants.ComputeResource;
import dev.cloudgate.tenants.Dates;
import dev.cloudgate.tenants.FreeLicenseCounters;
import dev.cloudgate.tenants.HardwarePlan;
import dev.cloudgate.tenants.HardwarePlanStore;
import dev.cloudgate.tenants.LastResult;
import dev.cloudgate.tenants.ManualIpSettings;
import dev.cloudgate.tenants.NetworkAppliance;
import dev.cloudgate.tenants.PlanStorage;
import dev.cloudgate.tenants.StorageUsage;
import dev.cloudgate.tenants.Subtenant;
import dev.cloudgate.tenants.TenantCounters;
import dev.cloudgate.tenants.TenantLogon;
import dev.cloudgate.tenants.TenantStore;
import dev.cloudgate.tenants.TenantType;
import dev.cloudgate.tenants.Throttling;
import dev.cloudgate.tenants.ThrottlingUnit;
import dev.cloudgate.tenants.VCloudComputeResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Loads one backup server's tenant-slice records (SPEC-tenants §3) under the rules of §3.7: the API's
 * rules, except that a lease may lie in the past, a quota may exceed free space, and usage figures
 * are taken as given; every reference resolves on the same backup server.
 */
final class CloudSeedLoader {
    private final CloudInventoryStore inventory;
    private final TenantStore tenants;
    private final HardwarePlanStore plans;

    CloudSeedLoader(CloudInventoryStore inventory, TenantStore tenants, HardwarePlanStore plans) {
        this.inventory = inventory;
        this.tenants = tenants;
        this.plans = plans;
    }

    void addInventory(BackupServer server, Seed.SeedBackupServer s) {
        for (CloudSeed.SeedRepository r : list(s.repositories())) {
            inventory.add(repository(server, r));
        }
        for (CloudSeed.SeedWanAccelerator w : list(s.wanAccelerators())) {
            inventory.add(wanAccelerator(server, w));
        }
        for (CloudSeed.SeedHost h : list(s.hosts())) {
            inventory.add(host(server, h));
        }
        for (CloudSeed.SeedVlan v : list(s.vlans())) {
            inventory.add(vlan(server, v));
        }
        for (String address : list(s.publicIps())) {
            inventory.add(new PublicIpAddress(server.id(), require(address, "public IP address").trim(), null));
        }
        for (CloudSeed.SeedHardwarePlan p : list(s.hardwarePlans())) {
            plans.insert(plan(server, p));
        }
        for (CloudSeed.SeedOrganization o : list(s.organizations())) {
            inventory.add(new VcdOrganization(id(o.id()), server.id(), require(o.ref(), "organization ref").trim(),
                    require(o.name(), "organization name").trim(), list(o.vdcs()).stream().map(v -> new OrganizationVdc(
                            require(v.ref(), "VDC ref").trim(), require(v.name(), "VDC name").trim(),
                            v.allocationModel() == null ? AllocationModel.AllocationPool : choice(AllocationModel.parse(v.allocationModel()),
                                    "allocationModel", v.allocationModel()),
                            v.enabled() == null || v.enabled())).toList()));
        }
        for (CloudSeed.SeedDomain d : list(s.domains())) {
            inventory.add(new AdDomain(id(d.id()), server.id(), require(d.name(), "domain name").trim(),
                    require(d.netbiosName(), "domain netbiosName").trim(), d.port() == null ? AdDomain.DEFAULT_PORT : d.port(),
                    list(d.accounts()).stream().map(String::trim).toList()));
        }
    }

    void addTenants(BackupServer server, List<Seed.SeedTenant> seeds) {
        for (Seed.SeedTenant t : seeds) {
            addTenant(server, t);
        }
    }

    Repository addRepository(BackupServer server, CloudSeed.SeedRepository r) {
        Repository repository = repository(server, r);
        inventory.add(repository);
        return repository;
    }

    WanAccelerator addWanAccelerator(BackupServer server, CloudSeed.SeedWanAccelerator w) {
        WanAccelerator accelerator = wanAccelerator(server, w);
        inventory.add(accelerator);
        return accelerator;
    }

    private Repository repository(BackupServer server, CloudSeed.SeedRepository r) {
        String name = name(r.name(), "repository name");
        RepositoryKind kind = r.kind() == null ? RepositoryKind.WindowsLocal : choice(RepositoryKind.parse(r.kind()), "repository kind", r.kind());
        long capacity = require(r.capacity(), "repository capacity");
        long free = require(r.freeSpace(), "repository freeSpace");
        if (free < 0 || free > capacity) {
            throw invalid("repository " + name + ": freeSpace must lie between 0 and capacity");
        }
        return new Repository(id(r.id()), server.id(), name, kind, capacity, free);
    }

    private static WanAccelerator wanAccelerator(BackupServer server, CloudSeed.SeedWanAccelerator w) {
        return new WanAccelerator(id(w.id()), server.id(), name(w.name(), "WAN accelerator name"), orEmpty(w.description()),
                w.version() == null ? server.version() : w.version(),
                w.cacheCapacityGb() == null ? WanAccelerator.DEFAULT_CAPACITY_GB : w.cacheCapacityGb(),
                w.trafficPort() == null ? WanAccelerator.DEFAULT_TRAFFIC_PORT : w.trafficPort(),
                w.connectionsCount() == null ? WanAccelerator.DEFAULT_CONNECTIONS : w.connectionsCount(),
                w.cachePath() == null ? WanAccelerator.DEFAULT_CACHE_PATH : w.cachePath(),
                Boolean.TRUE.equals(w.highBandwidthMode()), Boolean.TRUE.equals(w.outOfDate()));
    }

    private static Host host(BackupServer server, CloudSeed.SeedHost h) {
        Platform platform = choice(Platform.parse(require(h.platform(), "host platform")), "host platform", h.platform());
        ParentType parent = platform != Platform.VMware ? null
                : h.parentType() == null ? ParentType.HostSystem : choice(ParentType.parse(h.parentType()), "host parentType", h.parentType());
        List<HostDatastore> datastores = list(h.datastores()).stream().map(d -> new HostDatastore(require(d.ref(), "datastore ref").trim(),
                require(d.name(), "datastore name").trim(), d.type() == null ? DatastoreType.Datastore
                        : choice(DatastoreType.parse(d.type()), "datastore type", d.type()))).toList();
        return new Host(id(h.id()), server.id(), require(h.ref(), "host ref").trim(), require(h.name(), "host name").trim(), platform,
                parent, datastores);
    }

    private VlanConfiguration vlan(BackupServer server, CloudSeed.SeedVlan v) {
        Host host = hostOf(server, require(v.host(), "vlan host"));
        String switchName = require(v.switchName(), "vlan switchName").trim();
        VlanConfiguration vlan = new VlanConfiguration(id(v.id()), server.id(), host.ref(), host.platform(), switchName,
                v.switchId() == null ? switchName : v.switchId(),
                v.switchType() == null ? SwitchType.VirtualSwitch : choice(SwitchType.parse(v.switchType()), "vlan switchType", v.switchType()),
                v.clusterName(), v.clusterId(), range(v.withInternet(), "withInternet"), range(v.withoutInternet(), "withoutInternet"));
        if (!vlan.rangesValid()) {
            throw invalid("vlan " + switchName + ": VLAN IDs must lie in 1-4094, each range must not be reversed, and the two ranges must not overlap");
        }
        return vlan;
    }

    private HardwarePlan plan(BackupServer server, CloudSeed.SeedHardwarePlan p) {
        String name = name(p.name(), "hardware plan name");
        Host host = hostOf(server, require(p.host(), "hardware plan host"));
        List<PlanStorage> storage = new ArrayList<>();
        if (host.platform() == Platform.VMware) {
            for (CloudSeed.SeedPlanDatastore d : list(p.datastores())) {
                HostDatastore datastore = host.datastores().stream()
                        .filter(x -> x.ref().equalsIgnoreCase(require(d.datastore(), "plan datastore").trim())
                                || x.name().equalsIgnoreCase(d.datastore().trim())).findFirst()
                        .orElseThrow(() -> invalid("hardware plan " + name + ": datastore " + d.datastore() + " is not on host " + host.name()));
                storage.add(new PlanStorage.Datastore(id(d.id()), d.friendlyName() == null ? datastore.name() : d.friendlyName().trim(),
                        datastore.type(), datastore.ref(), quotaGb(d.quotaGb(), name)));
            }
        } else {
            for (CloudSeed.SeedPlanVolume v : list(p.volumes())) {
                String path = require(v.volumePath(), "plan volumePath").trim();
                storage.add(new PlanStorage.Volume(id(v.id()), v.friendlyName() == null ? path : v.friendlyName().trim(), path,
                        quotaGb(v.quotaGb(), name)));
            }
        }
        if (storage.isEmpty()) {
            throw invalid("hardware plan " + name + ": a hardware plan needs at least one datastore or volume");
        }
        return new HardwarePlan(id(p.id()), server.id(), name, orEmpty(p.description()), limit(p.cpuMhz(), "cpuMhz"),
                limit(p.memoryMb(), "memoryMb"), host.ref(), host.platform(), storage, count(p.networksWithInternet()),
                count(p.networksWithoutInternet()));
    }

    private void addTenant(BackupServer server, Seed.SeedTenant t) {
        String name = name(t.name(), "tenant name");
        TenantType type = t.type() == null ? TenantType.Standalone : choice(TenantType.parse(t.type()), "tenant type", t.type());
        TenantLogon logon = switch (type) {
            case Standalone -> TenantLogon.Standalone.INSTANCE;
            case vCD -> {
                VcdOrganization org = inventory.organization(server.id(), require(t.organization(), "vCD tenant organization"))
                        .orElseThrow(() -> invalid("tenant " + name + ": vCloud Director organization " + t.organization()
                                + " was not found on backup server " + server.name()));
                yield new TenantLogon.Vcd(org.name(), org.ref());
            }
            case ActiveDirectory -> {
                AdDomain domain = inventory.domain(server.id(), require(t.domain(), "ActiveDirectory tenant domain"))
                        .orElseThrow(() -> invalid("tenant " + name + ": Active Directory domain " + t.domain()
                                + " was not found on backup server " + server.name()));
                if (!domain.hasAccount(name)) {
                    throw invalid("tenant " + name + ": account " + name + " was not found in domain " + domain.name());
                }
                yield new TenantLogon.ActiveDirectory(domain.name(), t.domainAccountId() == null ? UUID.randomUUID() : t.domainAccountId(),
                        domain.port());
            }
        };
        CloudSeed.SeedThrottling th = t.throttling();
        Throttling throttling = th == null ? Throttling.DEFAULT : new Throttling(Boolean.TRUE.equals(th.enabled()),
                th.limit() == null ? 1 : th.limit(), th.unit() == null ? ThrottlingUnit.MBps
                        : ThrottlingUnit.parse(th.unit()).orElseThrow(() -> invalid("tenant " + name + ": throttling unit must be one of Mbps, KBps, MBps")));
        if (throttling.speedLimit() < 1) {
            throw invalid("tenant " + name + ": throttling limit must be at least 1");
        }
        CloudSeed.SeedBackupProtection bp = t.backupProtection();
        BackupProtection protection = bp == null ? BackupProtection.DEFAULT
                : new BackupProtection(Boolean.TRUE.equals(bp.enabled()), bp.period() == null ? 1 : bp.period());
        if (protection.periodDays() < 1 || protection.periodDays() > 99) {
            throw invalid("tenant " + name + ": backupProtection period must be between 1 and 99");
        }
        int maxTasks = t.maxConcurrentTasks() == null ? 1 : t.maxConcurrentTasks();
        if (maxTasks < 1 || maxTasks > 10000) {
            throw invalid("tenant " + name + ": maxConcurrentTasks must be between 1 and 10000");
        }
        int publicIps = t.publicIpCount() == null ? 0 : t.publicIpCount();
        CloudSeed.SeedCounters c = t.counters();
        CloudSeed.SeedFreeLicenseCounters f = t.freeLicenseCounters();
        String hash = t.passwordHash() != null ? t.passwordHash() : t.password() == null ? null : Passwords.hash(t.password());
        CloudTenant tenant = new CloudTenant(id(t.id()), server.id(), name, orEmpty(t.description()), type == TenantType.Standalone ? hash : null,
                t.enabled() == null || t.enabled(), date(t.leaseExpiration(), name, "leaseExpiration"), throttling, maxTasks, protection,
                Boolean.TRUE.equals(t.failoverToOtherGateways()), publicIps,
                t.lastResult() == null ? LastResult.None : choice(LastResult.parse(t.lastResult()), "tenant lastResult", t.lastResult()),
                date(t.lastActive(), name, "lastActive"),
                c == null ? TenantCounters.ZERO : new TenantCounters(n(c.backupCount()), n(c.replicaCount()), n(c.workstationBackupCount()),
                        n(c.serverBackupCount())),
                f == null ? FreeLicenseCounters.ZERO : new FreeLicenseCounters(n(f.rentalVmBackupCount()), n(f.rentalWorkstationBackupCount()),
                        n(f.rentalServerBackupCount()), n(f.newVmBackupCount()), n(f.newWorkstationBackupCount()),
                        n(f.newServerBackupCount()), n(f.newVmReplicaCount())),
                logon);
        if (tenants.named(server.id(), tenant.nameKey()).isPresent()) {
            throw invalid("tenant " + name + " appears twice on " + server.name());
        }
        tenants.insert(tenant);
        if (publicIps > 0 && inventory.assignPublicIps(server.id(), tenant.id(), publicIps) < publicIps) {
            throw invalid("tenant " + name + ": cannot assign " + publicIps + " public IP addresses on backup server " + server.name());
        }
        List<BackupResource> resources = new ArrayList<>();
        for (CloudSeed.SeedBackupResource r : list(t.backupResources())) {
            resources.add(addResource(server, tenant, r));
        }
        if (!list(t.computeResources()).isEmpty() && type != TenantType.Standalone) {
            throw invalid("tenant " + name + ": computeResources can be given only for a standalone tenant");
        }
        Set<Platform> platforms = new HashSet<>();
        for (CloudSeed.SeedComputeResource r : list(t.computeResources())) {
            platforms.add(addCompute(server, tenant, r));
        }
        if (platforms.size() > 1) {
            throw invalid("tenant " + name + " cannot use VMware and Hyper-V hardware plans together");
        }
        for (CloudSeed.SeedTenantVdc v : list(t.vdcs())) {
            addVdc(server, tenant, v);
        }
        if (!list(t.subtenants()).isEmpty() && type != TenantType.Standalone) {
            throw invalid("tenant " + name + ": subtenants exist only for standalone tenants");
        }
        for (CloudSeed.SeedSubtenant s : list(t.subtenants())) {
            addSubtenant(tenant, resources, s);
        }
    }

    private BackupResource addResource(BackupServer server, CloudTenant tenant, CloudSeed.SeedBackupResource r) {
        String ref = require(r.repository(), "backup resource repository");
        Repository repository = byIdOrName(inventory.repositories(), server, ref, Repository::id, Repository::name, Repository::backupServerId)
                .orElseThrow(() -> invalid("tenant " + tenant.name() + ": repository " + ref + " is not a repository of " + server.name()));
        if (!repository.canHoldQuotas()) {
            throw invalid("tenant " + tenant.name() + ": repository " + repository.name() + " cannot hold tenant quotas");
        }
        long quota = require(r.quotaMb(), "backup resource quotaMb");
        if (quota < BackupResource.MIN_QUOTA_MB || quota > Integer.MAX_VALUE) {
            throw invalid("tenant " + tenant.name() + ": quotaMb must be between 1024 and 2147483647");
        }
        BackupResource resource = new BackupResource(id(r.id()), tenant.id(), repository.id(),
                r.displayName() == null || r.displayName().isBlank() ? repository.name() : r.displayName().trim(), quota,
                r.usedQuotaMb() == null ? 0 : r.usedQuotaMb(), wan(server, tenant, r.wanAccelerator()));
        if (tenants.resourcesOf(tenant.id()).stream().anyMatch(x -> x.repositoryId().equals(repository.id()))) {
            throw invalid("cloud tenant " + tenant.name() + " already has a quota on repository " + repository.name());
        }
        tenants.insert(resource);
        return resource;
    }

    private Platform addCompute(BackupServer server, CloudTenant tenant, CloudSeed.SeedComputeResource r) {
        String ref = require(r.plan(), "compute resource plan");
        HardwarePlan plan = byIdOrName(plans.all(), server, ref, HardwarePlan::id, HardwarePlan::name, HardwarePlan::backupServerId)
                .orElseThrow(() -> invalid("tenant " + tenant.name() + ": hardware plan " + ref + " is not a plan of " + server.name()));
        List<StorageUsage> usage = new ArrayList<>();
        for (Map.Entry<String, Long> e : (r.storageUsageGb() == null ? Map.<String, Long>of() : r.storageUsageGb()).entrySet()) {
            PlanStorage item = plan.storage().stream().filter(s -> s.id().toString().equalsIgnoreCase(e.getKey().trim())
                    || s.friendlyName().equalsIgnoreCase(e.getKey().trim())).findFirst()
                    .orElseThrow(() -> invalid("tenant " + tenant.name() + ": " + e.getKey() + " is not a storage item of plan " + plan.name()));
            usage.add(new StorageUsage(item.id(), e.getValue()));
        }
        tenants.insert(new ComputeResource(id(r.id()), tenant.id(), plan.id(), wan(server, tenant, r.wanAccelerator()),
                Boolean.TRUE.equals(r.useNetworkFailover()), appliance(r.appliance()), r.memoryUsageMb() == null ? 0 : r.memoryUsageMb(),
                r.cpuCount() == null ? 0 : r.cpuCount(), usage));
        return plan.platform();
    }

    private void addVdc(BackupServer server, CloudTenant tenant, CloudSeed.SeedTenantVdc v) {
        if (!(tenant.logon() instanceof TenantLogon.Vcd vcd)) {
            throw invalid("tenant " + tenant.name() + ": vdcs can be given only for a vCD tenant");
        }
        VcdOrganization org = inventory.organization(server.id(), vcd.organizationRef()).orElseThrow();
        OrganizationVdc vdc = org.vdc(require(v.vdc(), "tenant vdc"))
                .orElseThrow(() -> invalid("tenant " + tenant.name() + ": organization VDC " + v.vdc() + " was not found in organization " + org.name()));
        tenants.insert(new VCloudComputeResource(id(v.id()), tenant.id(), vdc.ref(), Boolean.TRUE.equals(v.useNetworkFailover()),
                n(v.cpuUsageMhz()), n(v.memoryUsageMb()), n(v.storageUsageGb()), wan(server, tenant, v.wanAccelerator()), null));
    }

    private void addSubtenant(CloudTenant tenant, List<BackupResource> resources, CloudSeed.SeedSubtenant s) {
        String name = name(s.name(), "subtenant name");
        String ref = require(s.backupResource(), "subtenant backupResource").trim();
        BackupResource resource = resources.stream().filter(r -> r.id().toString().equalsIgnoreCase(ref) || r.displayName().equalsIgnoreCase(ref))
                .findFirst().orElseThrow(() -> invalid("subtenant " + name + ": backup resource " + ref + " is not one of tenant " + tenant.name()));
        boolean unlimited = Boolean.TRUE.equals(s.unlimited());
        long quota = s.quotaMb() != null ? s.quotaMb() : unlimited ? resource.quotaMb() : -1;
        if (!unlimited && (quota < BackupResource.MIN_QUOTA_MB || quota > Integer.MAX_VALUE)) {
            throw invalid("subtenant " + name + ": quotaMb must be between 1024 and 2147483647");
        }
        if (!unlimited && quota > resource.quotaMb()) {
            throw invalid("subtenant " + name + ": quota of " + quota + " MB exceeds the " + resource.quotaMb() + " MB quota of backup resource "
                    + resource.displayName());
        }
        String hash = s.passwordHash() != null ? s.passwordHash() : s.password() == null ? null : Passwords.hash(s.password());
        tenants.insert(new Subtenant(id(s.id()), tenant.id(), name, orEmpty(s.description()), hash, s.enabled() == null || s.enabled(),
                resource.id(), s.quotaName() == null || s.quotaName().isBlank() ? name : s.quotaName().trim(), quota, unlimited,
                s.usedQuotaMb() == null ? 0 : s.usedQuotaMb(), s.quotaId() == null ? UUID.randomUUID() : s.quotaId()));
    }

    private UUID wan(BackupServer server, CloudTenant tenant, String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        return byIdOrName(inventory.wanAccelerators(), server, ref, WanAccelerator::id, WanAccelerator::name, WanAccelerator::backupServerId)
                .orElseThrow(() -> invalid("tenant " + tenant.name() + ": WAN accelerator " + ref + " is not one of " + server.name()))
                .id();
    }

    private Host hostOf(BackupServer server, String refOrName) {
        return inventory.host(server.id(), refOrName)
                .orElseThrow(() -> invalid("host " + refOrName + " is not a host of " + server.name()));
    }

    private static NetworkAppliance appliance(CloudSeed.SeedAppliance a) {
        if (a == null) {
            return null;
        }
        boolean automatic = a.obtainAutomatically() == null || a.obtainAutomatically();
        return new NetworkAppliance(require(a.name(), "appliance name"), require(a.productionNetwork(), "appliance productionNetwork"),
                automatic, automatic ? null : new ManualIpSettings(require(a.ipAddress(), "appliance ipAddress"),
                        require(a.subnetMask(), "appliance subnetMask"), require(a.defaultGateway(), "appliance defaultGateway")),
                orEmpty(a.distributedSwitchUuid()), Boolean.TRUE.equals(a.productionNetworkUnderDvs()));
    }

    static <T> Optional<T> byIdOrName(List<T> items, BackupServer server, String ref, Function<T, UUID> id, Function<T, String> name,
            Function<T, UUID> owner) {
        String wanted = ref.trim();
        return items.stream().filter(x -> owner.apply(x).equals(server.id()))
                .filter(x -> id.apply(x).toString().equalsIgnoreCase(wanted) || name.apply(x).equalsIgnoreCase(wanted)).findFirst();
    }

    private static VlanRange range(List<Integer> bounds, String what) {
        if (bounds == null || bounds.size() != 2 || bounds.contains(null)) {
            throw invalid("vlan " + what + " must be [left, right]");
        }
        return new VlanRange(bounds.get(0), bounds.get(1));
    }

    private static Instant date(String text, String tenant, String what) {
        if (text == null) {
            return null;
        }
        return Dates.parse(text).orElseThrow(() -> invalid("tenant " + tenant + ": " + what + " " + text + " is not a date"));
    }

    private static int quotaGb(Integer quota, String plan) {
        if (quota == null || quota < 1) {
            throw invalid("hardware plan " + plan + ": quotaGb must be at least 1");
        }
        return quota;
    }

    private static int limit(Integer value, String what) {
        int v = value == null ? HardwarePlan.UNLIMITED : value;
        if (v != HardwarePlan.UNLIMITED && v < 1) {
            throw invalid("hardware plan " + what + " must be -1 or a positive number");
        }
        return v;
    }

    private static int count(Integer value) {
        if (value != null && value < 0) {
            throw invalid("hardware plan network counts must not be negative");
        }
        return value == null ? 0 : value;
    }

    private static String name(String text, String what) {
        String name = require(text, what).trim();
        if (name.isEmpty() || name.length() > 255) {
            throw invalid(what + " must be a non-empty string of at most 255 characters");
        }
        return name;
    }

    private static <E> E choice(Optional<E> value, String what, String text) {
        return value.orElseThrow(() -> invalid("unknown " + what + " " + text));
    }

    private static int n(Integer value) {
        return value == null ? 0 : value;
    }

    private static long n(Long value) {
        return value == null ? 0 : value;
    }

    private static UUID id(UUID id) {
        return id == null ? UUID.randomUUID() : id;
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw invalid(what + " is required");
        }
        return value;
    }

    private static IllegalArgumentException invalid(String message) {
        return new IllegalArgumentException("seed: " + message);
    }

    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
