package dev.cloudgate.client;

import dev.cloudgate.wire.Node;
import dev.cloudgate.wire.tenants.CloudHardwarePlanCreateSpec;
import dev.cloudgate.wire.tenants.ParentType;
import dev.cloudgate.wire.tenants.Platform;
import java.util.List;
import java.util.Objects;

/**
 * What {@link CloudgateClient#createHardwarePlan} sends: a {@code CloudHardwarePlanCreateSpec}
 * (SPEC-tenants §6.11), read by the server with the wire module's {@link CloudHardwarePlanCreateSpec}.
 * Start from {@link #vmware} or {@link #hyperV}; CPU and memory are unlimited (−1) and there are no
 * networks until a {@code with…} copy says otherwise.
 *
 * @param backupServer            the backup server, by UID or bare UUID
 * @param name                    the plan's name, unique per backup server
 * @param description             a description, or null
 * @param processorUsageLimitMhz  the CPU limit in MHz, −1 for unlimited
 * @param memoryUsageLimitMb      the memory limit in MB, −1 for unlimited
 * @param platform                VMware or HyperV
 * @param hypervisorHostRef       the host, by its reference (e.g. {@code urn:VMware:Host:…})
 * @param parentType              VMware: whether the host is a host or a cluster; null for Hyper-V
 * @param parentName              VMware: the host's name; null for Hyper-V (the server shows its own inventory's either way)
 * @param storage                 the datastores (VMware) or volumes (Hyper-V), at least one
 * @param networksWithInternet    networks with internet access
 * @param networksWithoutInternet networks without internet access
 */
public record HardwarePlanSpec(String backupServer, String name, String description, int processorUsageLimitMhz, int memoryUsageLimitMb,
        Platform platform, String hypervisorHostRef, ParentType parentType, String parentName, List<PlanStorage> storage,
        int networksWithInternet, int networksWithoutInternet) {

    /** Requires backup server, name, platform and host; copies the storage list. */
    public HardwarePlanSpec {
        Objects.requireNonNull(backupServer, "backupServer");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(hypervisorHostRef, "hypervisorHostRef");
        storage = List.copyOf(storage);
    }

    /** A VMware plan on the standalone host {@code hostRef} named {@code hostName}, with these datastores. */
    public static HardwarePlanSpec vmware(String backupServer, String name, String hostRef, String hostName, List<PlanStorage> datastores) {
        return new HardwarePlanSpec(backupServer, name, null, -1, -1, Platform.VMware, hostRef, ParentType.HostSystem,
                Objects.requireNonNull(hostName, "hostName"), datastores, 0, 0);
    }

    /** A Hyper-V plan on the host {@code hostRef}, with these volumes. */
    public static HardwarePlanSpec hyperV(String backupServer, String name, String hostRef, List<PlanStorage> volumes) {
        return new HardwarePlanSpec(backupServer, name, null, -1, -1, Platform.HyperV, hostRef, null, null, volumes, 0, 0);
    }

    /** This spec with a description. */
    public HardwarePlanSpec withDescription(String text) {
        return new HardwarePlanSpec(backupServer, name, text, processorUsageLimitMhz, memoryUsageLimitMb, platform, hypervisorHostRef,
                parentType, parentName, storage, networksWithInternet, networksWithoutInternet);
    }

    /** This spec with CPU and memory limits (−1: unlimited). */
    public HardwarePlanSpec withLimits(int processorMhz, int memoryMb) {
        return new HardwarePlanSpec(backupServer, name, description, processorMhz, memoryMb, platform, hypervisorHostRef, parentType,
                parentName, storage, networksWithInternet, networksWithoutInternet);
    }

    /** This spec with networks; they cannot be changed once the plan exists. */
    public HardwarePlanSpec withNetworks(int withInternet, int withoutInternet) {
        return new HardwarePlanSpec(backupServer, name, description, processorUsageLimitMhz, memoryUsageLimitMb, platform, hypervisorHostRef,
                parentType, parentName, storage, withInternet, withoutInternet);
    }

    /** A VMware plan whose host is a cluster ({@code ClusterComputeResource}) or a host. */
    public HardwarePlanSpec withParentType(ParentType value) {
        return new HardwarePlanSpec(backupServer, name, description, processorUsageLimitMhz, memoryUsageLimitMb, platform, hypervisorHostRef,
                value, parentName, storage, networksWithInternet, networksWithoutInternet);
    }

    /** The body in the XSD order of §6.11. */
    Node toNode() {
        return Node.element(CloudHardwarePlanCreateSpec.ROOT)
                .leafChild("BackupServerUid", backupServer)
                .leafChild("Name", name)
                .leafChild("Description", description)
                .leafChild("ProcessorUsageLimitMhz", processorUsageLimitMhz)
                .leafChild("MemoryUsageLimitMb", memoryUsageLimitMb)
                .add(details(platform, hypervisorHostRef, parentType, parentName, storage,
                        Node.element("Network").leafChild("CountWithInternet", networksWithInternet)
                                .leafChild("CountWithoutInternet", networksWithoutInternet)));
    }

    /**
     * {@code HardwarePlanDetails} holding the platform's element; parts left null are left out (a plan
     * edit sends only its storage list). Shared with {@link HardwarePlanChanges}.
     */
    static Node details(Platform platform, String hostRef, ParentType parentType, String parentName, List<PlanStorage> storage, Node network) {
        boolean vmware = platform == Platform.VMware;
        Node plan = Node.element(vmware ? "ViCloudHardwarePlan" : "HvCloudHardwarePlan").leafChild("HypervisorHostRef", hostRef);
        if (vmware) {
            plan.leafChild("ParentType", parentType == null ? null : parentType.name()).leafChild("ParentName", parentName);
        }
        if (storage != null) {
            Node list = vmware ? Node.list("Datastores", "Datastore") : Node.list("Volumes", "Volume");
            storage.forEach(item -> list.add(item.toItem()));
            plan.add(list);
        }
        if (network != null) {
            plan.add(network);
        }
        return Node.element("HardwarePlanDetails").add(plan);
    }
}
