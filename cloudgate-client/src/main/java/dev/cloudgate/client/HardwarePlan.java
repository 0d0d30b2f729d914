package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import dev.cloudgate.wire.tenants.ParentType;
import dev.cloudgate.wire.tenants.Platform;
import java.util.List;

/**
 * A Cloud Connect hardware plan entity (SPEC-tenants §4.8): the CPU, memory, storage and networks a
 * tenant subscribed to it may use for replicas on one host.
 *
 * @param uid                    {@code urn:veeam:CloudHardwarePlan:<uuid>}
 * @param name                   the plan's name, unique per backup server
 * @param href                   the entity Href
 * @param description            the description, possibly empty
 * @param processorUsageLimitMhz the CPU limit in MHz, −1 for unlimited
 * @param memoryUsageLimitMb     the memory limit in MB, −1 for unlimited
 * @param platform               VMware or HyperV
 * @param hypervisorHostRef      the host the plan draws on
 * @param parentType             VMware: what the host is (a host or a cluster); null for Hyper-V
 * @param parentName             VMware: the host's name; null for Hyper-V
 * @param storage                the datastores (VMware) or volumes (Hyper-V), in the plan's order
 * @param networksWithInternet   networks with internet access
 * @param networksWithoutInternet networks without internet access
 * @param links                  the entity's links
 */
public record HardwarePlan(String uid, String name, String href, String description, int processorUsageLimitMhz, int memoryUsageLimitMb,
        Platform platform, String hypervisorHostRef, ParentType parentType, String parentName, List<PlanStorage> storage,
        int networksWithInternet, int networksWithoutInternet, List<Link> links) {

    /** Copies the lists. */
    public HardwarePlan {
        storage = List.copyOf(storage);
        links = List.copyOf(links);
    }

    /** The plan's bare UUID, as used in paths. */
    public String id() {
        return Uids.idOf(uid);
    }

    /** The name of the backup server the plan belongs to (its {@code Up} link). */
    public String backupServerName() {
        return Uids.find(links, "Up", null).map(Link::name).orElse(null);
    }

    /** The id of the backup server the plan belongs to (from its {@code Up} link). */
    public String backupServerId() {
        return Uids.find(links, "Up", null).map(l -> Uids.idOfHref(l.href())).orElse(null);
    }

    static HardwarePlan from(Doc d) {
        Doc details = d.child("HardwarePlanDetails");
        Doc vi = details == null ? null : details.child("ViCloudHardwarePlan");
        Doc hv = details == null ? null : details.child("HvCloudHardwarePlan");
        Doc plan = vi != null ? vi : hv;
        Doc network = plan == null ? null : plan.child("Network");
        return new HardwarePlan(d.text("UID"), d.text("Name"), d.text("Href"), d.text("Description"),
                orZero(d.integer("ProcessorUsageLimitMhz")), orZero(d.integer("MemoryUsageLimitMb")),
                vi != null ? Platform.VMware : hv != null ? Platform.HyperV : null,
                plan == null ? null : plan.text("HypervisorHostRef"),
                vi == null ? null : ParentType.parse(vi.text("ParentType")).orElse(null),
                vi == null ? null : vi.text("ParentName"),
                vi != null ? vi.items("Datastores", "Datastore").stream().map(s -> PlanStorage.from(s, false)).toList()
                        : hv != null ? hv.items("Volumes", "Volume").stream().map(s -> PlanStorage.from(s, true)).toList() : List.of(),
                network == null ? 0 : orZero(network.integer("CountWithInternet")),
                network == null ? 0 : orZero(network.integer("CountWithoutInternet")), d.links());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
