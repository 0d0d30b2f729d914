package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import dev.cloudgate.wire.tenants.Platform;
import java.util.List;

/**
 * A tenant's compute resource: its subscription to a hardware plan (SPEC-tenants §4.4).
 *
 * @param id                          the resource's id (a bare UUID; compute resources have no UID)
 * @param href                        the resource's Href
 * @param hardwarePlanUid             {@code urn:veeam:CloudHardwarePlan:<uuid>}
 * @param wanAcceleratorUid           {@code urn:veeam:WanAccelerator:<uuid>}, or null when none is set
 * @param platform                    the plan's platform
 * @param useNetworkFailoverResources whether the tenant gets a network extension appliance
 * @param appliance                   the appliance's settings, or null when none were given
 * @param memoryUsageMb               memory in use, in MB
 * @param cpuCount                    CPUs in use
 * @param storage                     usage and limit of each datastore or volume of the plan, in its order
 * @param links                       the resource's links (Delete, Up to the tenant, Up to the backup server)
 */
public record ComputeResource(String id, String href, String hardwarePlanUid, String wanAcceleratorUid, Platform platform,
        boolean useNetworkFailoverResources, NetworkAppliance appliance, long memoryUsageMb, int cpuCount, List<StorageUsage> storage,
        List<Link> links) {

    /** Copies the lists. */
    public ComputeResource {
        storage = List.copyOf(storage);
        links = List.copyOf(links);
    }

    /**
     * One {@code StorageResourceStat}: a storage item of the plan as the tenant uses it.
     *
     * @param name    the item's friendly name
     * @param usageGb how much the tenant uses, in GB
     * @param limitGb the item's quota, in GB
     */
    public record StorageUsage(String name, long usageGb, long limitGb) {
    }

    /** The bare UUID of the hardware plan, as used in paths. */
    public String hardwarePlanId() {
        return Uids.idOf(hardwarePlanUid);
    }

    /** The name of the tenant that subscribed (its {@code Up CloudTenant} link). */
    public String tenantName() {
        return Uids.find(links, "Up", "CloudTenant").map(Link::name).orElse(null);
    }

    static ComputeResource from(Doc d) {
        Doc stats = d.child("ComputeResourceStats");
        Doc appliance = d.child("NetworkAppliance");
        return new ComputeResource(d.text("Id"), d.text("Href"), d.text("CloudHardwarePlanUid"), d.text("WanAcceleratorUid"),
                Platform.parse(d.text("PlatformType")).orElse(null), Boolean.TRUE.equals(d.bool("UseNetworkFailoverResources")),
                appliance == null ? null : NetworkAppliance.from(appliance),
                stats == null ? 0 : orZero(stats.number("MemoryUsageMb")), stats == null ? 0 : (int) orZero(stats.number("CPUCount")),
                stats == null ? List.of() : stats.items("StorageResourceStats", "StorageResourceStat").stream()
                        .map(s -> new StorageUsage(s.text("StorageName"), orZero(s.number("StorageUsageGb")), orZero(s.number("StorageLimitGb"))))
                        .toList(),
                d.links());
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
