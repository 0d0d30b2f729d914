package dev.cloudgate.seed;

import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.CloudInventoryStore;
import dev.cloudgate.infrastructure.Host;
import dev.cloudgate.infrastructure.Platform;
import dev.cloudgate.infrastructure.PublicIpAddress;
import dev.cloudgate.tenants.BackupResource;
import dev.cloudgate.tenants.CloudTenant;
import dev.cloudgate.tenants.Dates;
import dev.cloudgate.tenants.HardwarePlan;
import dev.cloudgate.tenants.HardwarePlanStore;
import dev.cloudgate.tenants.NetworkAppliance;
import dev.cloudgate.tenants.PlanStorage;
import dev.cloudgate.tenants.StorageUsage;
import dev.cloudgate.tenants.TenantLogon;
import dev.cloudgate.tenants.TenantStore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One backup server's tenant-slice records as seed records: everything by id, passwords as hashes only (§2.4, §3.7). */
final class CloudSeedExport {
    private final CloudInventoryStore inventory;
    private final TenantStore tenants;
    private final HardwarePlanStore plans;

    CloudSeedExport(CloudInventoryStore inventory, TenantStore tenants, HardwarePlanStore plans) {
        this.inventory = inventory;
        this.tenants = tenants;
        this.plans = plans;
    }

    Seed.SeedBackupServer complete(Seed.SeedBackupServer base, BackupServer s) {
        UUID id = s.id();
        List<CloudSeed.SeedRepository> repositories = inventory.repositories().stream().filter(r -> r.backupServerId().equals(id))
                .map(r -> new CloudSeed.SeedRepository(r.id(), r.name(), r.kind().name(), r.capacity(), r.freeSpace())).toList();
        List<CloudSeed.SeedWanAccelerator> wans = inventory.wanAccelerators().stream().filter(w -> w.backupServerId().equals(id))
                .map(w -> new CloudSeed.SeedWanAccelerator(w.id(), w.name(), w.description(), w.version(), w.cacheCapacityGb(),
                        w.trafficPort(), w.connectionsCount(), w.cachePath(), w.highBandwidthMode(), w.outOfDate())).toList();
        List<Host> hostList = inventory.hostsOf(id);
        List<CloudSeed.SeedHost> hosts = hostList.stream().map(h -> new CloudSeed.SeedHost(h.id(), h.ref(), h.name(), h.platform().name(),
                h.parentType() == null ? null : h.parentType().name(), h.datastores().stream()
                        .map(d -> new CloudSeed.SeedDatastore(d.ref(), d.name(), d.type().name())).toList())).toList();
        List<CloudSeed.SeedVlan> vlans = inventory.vlans().stream().filter(v -> v.backupServerId().equals(id))
                .map(v -> new CloudSeed.SeedVlan(v.id(), v.hostRef(), v.switchName(), v.switchId(), v.switchType().name(), v.clusterName(),
                        v.clusterId(), List.of(v.withInternet().left(), v.withInternet().right()),
                        List.of(v.withoutInternet().left(), v.withoutInternet().right()))).toList();
        List<String> ips = inventory.publicIps().stream().filter(a -> a.backupServerId().equals(id)).map(PublicIpAddress::address).toList();
        List<HardwarePlan> planList = plans.all().stream().filter(p -> p.backupServerId().equals(id)).toList();
        List<CloudSeed.SeedHardwarePlan> planSeeds = planList.stream().map(CloudSeedExport::plan).toList();
        List<CloudSeed.SeedOrganization> orgs = inventory.organizations().stream().filter(o -> o.backupServerId().equals(id))
                .map(o -> new CloudSeed.SeedOrganization(o.id(), o.ref(), o.name(), o.vdcs().stream()
                        .map(v -> new CloudSeed.SeedVdc(v.ref(), v.name(), v.allocationModel().name(), v.enabled())).toList())).toList();
        List<CloudSeed.SeedDomain> domains = inventory.domains().stream().filter(d -> d.backupServerId().equals(id))
                .map(d -> new CloudSeed.SeedDomain(d.id(), d.name(), d.netbiosName(), d.port(), d.accounts())).toList();
        List<Seed.SeedTenant> tenantSeeds = tenants.all().stream().filter(t -> t.backupServerId().equals(id))
                .map(t -> tenant(t, planList)).toList();
        return new Seed.SeedBackupServer(base.id(), base.name(), base.description(), base.port(), base.version(), base.wcfPort(),
                base.certificateThumbprint(), base.ipOrDnsName(), base.cloudConnect(), base.managedServers(), tenantSeeds,
                repositories, wans, hosts, vlans, ips, planSeeds, orgs, domains);
    }

    private static CloudSeed.SeedHardwarePlan plan(HardwarePlan p) {
        List<CloudSeed.SeedPlanDatastore> datastores = p.platform() != Platform.VMware ? null : p.storage().stream()
                .map(s -> (PlanStorage.Datastore) s).map(d -> new CloudSeed.SeedPlanDatastore(d.id(), d.reference(), d.friendlyName(),
                        d.quotaGb())).toList();
        List<CloudSeed.SeedPlanVolume> volumes = p.platform() == Platform.VMware ? null : p.storage().stream()
                .map(s -> (PlanStorage.Volume) s).map(v -> new CloudSeed.SeedPlanVolume(v.id(), v.volumePath(), v.friendlyName(),
                        v.quotaGb())).toList();
        return new CloudSeed.SeedHardwarePlan(p.id(), p.name(), p.description(), p.cpuMhz(), p.memoryMb(), p.hostRef(), datastores,
                volumes, p.networksWithInternet(), p.networksWithoutInternet());
    }

    private Seed.SeedTenant tenant(CloudTenant t, List<HardwarePlan> planList) {
        String organization = t.logon() instanceof TenantLogon.Vcd v ? v.organizationRef() : null;
        String domain = t.logon() instanceof TenantLogon.ActiveDirectory ad ? ad.domainName() : null;
        UUID account = t.logon() instanceof TenantLogon.ActiveDirectory ad ? ad.domainAccountId() : null;
        List<BackupResource> resources = tenants.resourcesOf(t.id());
        List<CloudSeed.SeedBackupResource> resourceSeeds = resources.stream().map(r -> new CloudSeed.SeedBackupResource(r.id(),
                r.repositoryId().toString(), r.displayName(), r.quotaMb(), r.usedQuotaMb(), text(r.wanAcceleratorId()))).toList();
        List<CloudSeed.SeedComputeResource> compute = tenants.computeResourcesOf(t.id()).stream().map(c -> {
            Map<String, Long> usage = new LinkedHashMap<>();
            for (StorageUsage u : c.storageUsage()) {
                usage.put(u.storageItemId().toString(), u.usageGb());
            }
            return new CloudSeed.SeedComputeResource(c.id(), c.planId().toString(), text(c.wanAcceleratorId()), c.useNetworkFailover(),
                    appliance(c.appliance()), c.memoryUsageMb(), c.cpuCount(), usage);
        }).toList();
        List<CloudSeed.SeedTenantVdc> vdcs = tenants.vCloudComputeResourcesOf(t.id()).stream().map(v -> new CloudSeed.SeedTenantVdc(v.id(),
                v.vdcRef(), v.useNetworkFailover(), v.cpuUsageMhz(), v.memoryUsageMb(), v.storageUsageGb(), text(v.wanAcceleratorId())))
                .toList();
        List<CloudSeed.SeedSubtenant> subtenants = tenants.subtenantsOf(t.id()).stream().map(s -> new CloudSeed.SeedSubtenant(s.id(),
                s.name(), s.description(), null, s.passwordHash(), s.enabled(), s.backupResourceId().toString(), s.quotaDisplayName(),
                s.quotaMb(), s.unlimited(), s.usedQuotaMb(), s.quotaId())).toList();
        var f = t.freeLicenseCounters();
        var c = t.counters();
        return new Seed.SeedTenant(t.id(), t.name(), t.enabled(), t.type().name(), organization, domain, account, t.description(), null,
                t.passwordHash(), date(t.leaseExpiration()),
                new CloudSeed.SeedThrottling(t.throttling().enabled(), t.throttling().speedLimit(), t.throttling().unit().name()),
                t.maxConcurrentTasks(), new CloudSeed.SeedBackupProtection(t.backupProtection().enabled(), t.backupProtection().periodDays()),
                t.failoverToOtherGateways(), t.publicIpCount(), t.lastResult().name(), date(t.lastActive()),
                new CloudSeed.SeedCounters(c.backupCount(), c.replicaCount(), c.workstationBackupCount(), c.serverBackupCount()),
                new CloudSeed.SeedFreeLicenseCounters(f.rentalVmBackupCount(), f.rentalWorkstationBackupCount(), f.rentalServerBackupCount(),
                        f.newVmBackupCount(), f.newWorkstationBackupCount(), f.newServerBackupCount(), f.newVmReplicaCount()),
                resourceSeeds, compute, vdcs, subtenants);
    }

    private static CloudSeed.SeedAppliance appliance(NetworkAppliance a) {
        if (a == null) {
            return null;
        }
        var m = a.manual();
        return new CloudSeed.SeedAppliance(a.name(), a.productionNetwork(), a.obtainAddressAutomatically(), m == null ? null : m.ipAddress(),
                m == null ? null : m.subnetMask(), m == null ? null : m.defaultGateway(), a.distributedSwitchUuid(),
                a.productionNetworkUnderDvs());
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String date(Instant instant) {
        return instant == null ? null : Dates.format(instant);
    }
}
