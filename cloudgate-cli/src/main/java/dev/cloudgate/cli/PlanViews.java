package dev.cloudgate.cli;

import dev.cloudgate.client.ComputeResource;
import dev.cloudgate.client.HardwarePlan;
import dev.cloudgate.client.NetworkAppliance;
import dev.cloudgate.client.PlanStorage;
import java.util.Map;

/** How hardware plans and a tenant's plan subscriptions (compute resources) look in a table and on their own. */
final class PlanViews {
    private PlanViews() {
    }

    static Table<HardwarePlan> plans() {
        return new Table<HardwarePlan>()
                .column("ID", HardwarePlan::id)
                .column("NAME", HardwarePlan::name)
                .column("PLATFORM", HardwarePlan::platform)
                .column("CPU MHZ", p -> limit(p.processorUsageLimitMhz()))
                .column("MEMORY MB", p -> limit(p.memoryUsageLimitMb()))
                .column("STORAGE GB", p -> p.storage().stream().mapToLong(PlanStorage::quotaGb).sum())
                .column("NETWORKS", p -> p.networksWithInternet() + "+" + p.networksWithoutInternet())
                .column("BACKUP SERVER", HardwarePlan::backupServerName)
                .column("DESCRIPTION", HardwarePlan::description);
    }

    static Map<String, Object> plan(HardwarePlan p) {
        Map<String, Object> f = Output.fields();
        f.put("Name", p.name());
        f.put("ID", p.id());
        f.put("UID", p.uid());
        f.put("Backup server", p.backupServerName());
        f.put("Description", p.description());
        f.put("Platform", p.platform());
        f.put("Host", p.hypervisorHostRef());
        if (p.parentType() != null) {
            f.put("Host name", p.parentName() + " (" + p.parentType() + ")");
        }
        f.put("CPU", limit(p.processorUsageLimitMhz()) + (p.processorUsageLimitMhz() < 0 ? "" : " MHz"));
        f.put("Memory", limit(p.memoryUsageLimitMb()) + (p.memoryUsageLimitMb() < 0 ? "" : " MB"));
        f.put("Networks with internet", p.networksWithInternet());
        f.put("Networks without internet", p.networksWithoutInternet());
        int n = 0;
        for (PlanStorage s : p.storage()) {
            f.put((s.isVolume() ? "Volume " : "Datastore ") + ++n, storage(s));
        }
        return f;
    }

    /** A subscription; {@code planNames} maps plan UIDs to names, read before the list so json/xml output shows the list. */
    static Table<ComputeResource> subscriptions(Map<String, String> planNames) {
        return new Table<ComputeResource>()
                .column("ID", ComputeResource::id)
                .column("PLAN", c -> planNames.getOrDefault(c.hardwarePlanUid(), c.hardwarePlanId()))
                .column("PLATFORM", ComputeResource::platform)
                .column("NETWORK FAILOVER", ComputeResource::useNetworkFailoverResources)
                .column("MEMORY MB", ComputeResource::memoryUsageMb)
                .column("CPUS", ComputeResource::cpuCount)
                .column("WAN ACCELERATOR", c -> c.wanAcceleratorUid() == null ? "" : Ids.bare(c.wanAcceleratorUid()));
    }

    static Map<String, Object> subscription(ComputeResource c) {
        Map<String, Object> f = Output.fields();
        f.put("ID", c.id());
        f.put("Tenant", c.tenantName());
        f.put("Hardware plan", c.hardwarePlanUid());
        f.put("Platform", c.platform());
        f.put("WAN accelerator", c.wanAcceleratorUid());
        f.put("Network failover", c.useNetworkFailoverResources());
        f.put("Appliance", c.appliance() == null ? null : appliance(c.appliance()));
        f.put("Memory used", c.memoryUsageMb() + " MB");
        f.put("CPUs", c.cpuCount());
        int n = 0;
        for (ComputeResource.StorageUsage s : c.storage()) {
            f.put("Storage " + ++n, s.name() + ": " + s.usageGb() + " of " + s.limitGb() + " GB used");
        }
        return f;
    }

    private static String appliance(NetworkAppliance a) {
        String address = a.obtainIpAddressAutomatically() ? "DHCP" : a.ipAddress() + "/" + a.subnetMask() + " via " + a.defaultGateway();
        return a.name() + " on " + a.productionNetwork() + ", " + address
                + (a.productionNetworkUnderDvs() ? ", distributed switch " + a.distributedSwitchUuid() : "");
    }

    private static String storage(PlanStorage s) {
        return s.friendlyName() + ": " + s.quotaGb() + " GB on " + (s.isVolume() ? s.volumePath() : s.reference()) + ", id " + s.id();
    }

    private static Object limit(int value) {
        return value < 0 ? "unlimited" : value;
    }
}
