package dev.cloudgate.tenants;

import dev.cloudgate.wire.Uids;
import dev.cloudgate.http.Hrefs;
import dev.cloudgate.http.References;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Host;
import dev.cloudgate.wire.Link;
import dev.cloudgate.wire.Node;
import java.util.List;

/** Hardware plan representations (SPEC-tenants §4.1, §4.8, §6.11). */
public final class HardwarePlanViews {
    private HardwarePlanViews() {
    }

    /** A {@code CloudHardwarePlanReference}; the C# client follows its {@code Alternate} link to the entity. */
    public static Node ref(Hrefs h, HardwarePlan p, BackupServer owner, String root) {
        String href = ViewPaths.hardwarePlan(h, p.id());
        return References.ref(root, "CloudHardwarePlanReference", href, p.name(), Uids.of(HardwarePlan.KIND, p.id()), List.of(
                Link.named("Up", "BackupServerReference", h.backupServer(owner.id()), owner.name()),
                Link.named("Alternate", "CloudHardwarePlan", Hrefs.entity(href), p.name())));
    }

    /** A plan with the seeded host it names, which gives {@code ParentType} and {@code ParentName}. */
    public record PlanView(HardwarePlan plan, BackupServer owner, Host host) {
    }

    public static Node entities(Hrefs h, List<PlanView> plans) {
        return Node.list("CloudHardwarePlans", "CloudHardwarePlan").addAll(plans.stream().map(v -> entity(h, v.plan(), v.owner(), v.host())).toList());
    }

    public static Node entity(Hrefs h, HardwarePlan p, BackupServer owner, Host host) {
        String href = ViewPaths.hardwarePlan(h, p.id());
        return References.entity("CloudHardwarePlan", Hrefs.entity(href), p.name(), Uids.of(HardwarePlan.KIND, p.id()))
                .links(List.of(
                        Link.named("Up", "BackupServerReference", h.backupServer(owner.id()), owner.name()),
                        Link.named("Alternate", "CloudHardwarePlanReference", href, p.name()),
                        // T-A18: Type and Name as the vendor shows them, though the target is a CloudTenants list.
                        Link.named("Down", "CloudTenantReference", href + "/tenants", p.name()),
                        Link.named("Edit", "CloudHardwarePlanReference", href, p.name()),
                        Link.named("Delete", "CloudHardwarePlan", href, p.name())))
                .leafChild("Description", p.description())
                .leafChild("ProcessorUsageLimitMhz", p.cpuMhz())
                .leafChild("MemoryUsageLimitMb", p.memoryMb())
                .add(Node.element("HardwarePlanDetails").add(details(p, host)));
    }

    private static Node details(HardwarePlan p, Host host) {
        String hostRef = host != null ? host.ref() : p.hostRef();
        Node network = Node.element("Network").attr("Id", p.id().toString())
                .leafChild("CountWithInternet", p.networksWithInternet())
                .leafChild("CountWithoutInternet", p.networksWithoutInternet());
        if (p.platform() == dev.cloudgate.infrastructure.Platform.HyperV) {
            Node volumes = Node.list("Volumes", "Volume");
            for (PlanStorage item : p.storage()) {
                PlanStorage.Volume v = (PlanStorage.Volume) item;
                volumes.add(Node.element("Volume").attr("Id", v.id().toString())
                        .leafChild("FriendlyName", v.friendlyName())
                        .leafChild("VolumePath", v.volumePath())
                        .leafChild("QuotaGb", v.quotaGb()));
            }
            return Node.element("HvCloudHardwarePlan").leafChild("HypervisorHostRef", hostRef).add(volumes).add(network);
        }
        Node datastores = Node.list("Datastores", "Datastore");
        for (PlanStorage item : p.storage()) {
            PlanStorage.Datastore d = (PlanStorage.Datastore) item;
            datastores.add(Node.element("Datastore").attr("Id", d.id().toString())
                    .leafChild("FriendlyName", d.friendlyName())
                    .leafChild("DatastoreType", d.type().name())
                    .leafChild("Reference", d.reference())
                    .leafChild("RootPath", "")
                    .leafChild("QuotaGb", d.quotaGb()));
        }
        return Node.element("ViCloudHardwarePlan")
                .leafChild("HypervisorHostRef", hostRef)
                .leafChild("ParentType", host != null && host.parentType() != null ? host.parentType().name() : null)
                .leafChild("ParentName", host != null ? host.name() : null)
                .add(datastores)
                .add(network);
    }
}
