package dev.cloudgate.tenants;

import dev.cloudgate.wire.Uids;
import dev.cloudgate.http.Hrefs;
import dev.cloudgate.http.References;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Repository;
import dev.cloudgate.infrastructure.VlanConfiguration;
import dev.cloudgate.infrastructure.WanAccelerator;
import dev.cloudgate.wire.Link;
import dev.cloudgate.wire.Node;
import java.util.List;

/**
 * The provider infrastructure tenants point at: repositories (SPEC-tenants §4.9), WAN accelerators
 * (§4.10) and VLAN configurations (§4.11), each as reference, entity and entity list (§4.1).
 */
public final class InventoryViews {
    private InventoryViews() {
    }

    /** An object of one of these kinds with the backup server it belongs to. */
    public record Owned<T>(T item, BackupServer owner) {
    }

    // ---- repositories ----

    public static Node repositoryRef(Hrefs h, Repository r, BackupServer owner, String root) {
        String href = ViewPaths.repository(h, r.id());
        return References.ref(root, "RepositoryReference", href, r.name(), Uids.of(Repository.KIND, r.id()), List.of(
                Link.named("Up", "BackupServerReference", h.backupServer(owner.id()), owner.name()),
                Link.named("Alternate", "Repository", Hrefs.entity(href), r.name()),
                Link.of("Down", "BackupReferenceList", href + "/backups"),
                Link.of("Down", "ReplicaReferenceList", href + "/replicas")));
    }

    /** {@code Repositories}; JSON {@code {"Repositories": [...]}}, not the plain rule's "Repositorys" (T-A17). */
    public static Node repositories(Hrefs h, List<Owned<Repository>> repositories) {
        return Node.list("Repositories", "Repository", "Repositories")
                .addAll(repositories.stream().map(o -> repository(h, o.item(), o.owner())).toList());
    }

    public static Node repository(Hrefs h, Repository r, BackupServer owner) {
        String href = ViewPaths.repository(h, r.id());
        return References.entity("Repository", Hrefs.entity(href), r.name(), Uids.of(Repository.KIND, r.id()))
                .links(List.of(
                        Link.named("Up", "BackupServerReference", h.backupServer(owner.id()), owner.name()),
                        Link.named("Alternate", "RepositoryReference", href, r.name()),
                        Link.of("Down", "BackupReferenceList", href + "/backups"),
                        Link.of("Down", "ReplicaReferenceList", href + "/replicas")))
                .leafChild("Capacity", r.capacity())
                .leafChild("FreeSpace", r.freeSpace())
                .leafChild("Kind", r.kind().name());
    }

    // ---- WAN accelerators ----

    public static Node wanAcceleratorRef(Hrefs h, WanAccelerator w, BackupServer owner, String root) {
        String href = ViewPaths.wanAccelerator(h, w.id());
        return References.ref(root, "WanAcceleratorReference", href, w.name(), Uids.of(WanAccelerator.KIND, w.id()), List.of(
                Link.named("Up", "BackupServerReference", h.backupServer(owner.id()), owner.name()),
                Link.named("Alternate", "WanAccelerator", Hrefs.entity(href), w.name())));
    }

    public static Node wanAccelerators(Hrefs h, List<Owned<WanAccelerator>> accelerators) {
        return Node.list("WanAccelerators", "WanAccelerator")
                .addAll(accelerators.stream().map(o -> wanAccelerator(h, o.item(), o.owner())).toList());
    }

    public static Node wanAccelerator(Hrefs h, WanAccelerator w, BackupServer owner) {
        String href = ViewPaths.wanAccelerator(h, w.id());
        return References.entity("WanAccelerator", Hrefs.entity(href), w.name(), Uids.of(WanAccelerator.KIND, w.id()))
                .links(List.of(
                        Link.named("Up", "BackupServerReference", h.backupServer(owner.id()), owner.name()),
                        Link.named("Alternate", "WanAcceleratorReference", href, w.name())))
                .leafChild("Description", w.description())
                .leafChild("OutOfDate", w.outOfDate())
                .leafChild("Version", w.version())
                .leafChild("Capacity", w.cacheCapacityGb())
                .leafChild("TrafficPort", w.trafficPort())
                .leafChild("ConnectionsCount", w.connectionsCount())
                .leafChild("CachePath", w.cachePath())
                .leafChild("HighBandwidthModeEnabled", w.highBandwidthMode());
    }

    // ---- VLAN configurations ----

    /** The reference carries the full UID; the entity shows the bare UUID (T-A17). The name is the switch's. */
    public static Node vlanRef(Hrefs h, VlanConfiguration v, BackupServer owner, String root) {
        String href = ViewPaths.vlan(h, v.id());
        return References.ref(root, "VlanConfigurationReference", href, v.switchName(), Uids.of(VlanConfiguration.KIND, v.id()), List.of(
                Link.named("Up", "BackupServerReference", h.backupServer(owner.id()), owner.name()),
                Link.named("Alternate", "VlanConfiguration", Hrefs.entity(href), v.switchName())));
    }

    /** {@code VlanConfigurations} of items named {@code Vlans} (sic); JSON {@code {"Vlans": [...]}} (T-A17). */
    public static Node vlans(Hrefs h, List<Owned<VlanConfiguration>> vlans) {
        return Node.list("VlanConfigurations", "Vlans", "Vlans")
                .addAll(vlans.stream().map(o -> vlan(h, o.item(), o.owner(), "Vlans")).toList());
    }

    /** @param root {@code VlanConfiguration} as a document, {@code Vlans} as a list item */
    public static Node vlan(Hrefs h, VlanConfiguration v, BackupServer owner, String root) {
        String href = ViewPaths.vlan(h, v.id());
        // No Href and no Type, and a bare UUID as UID, in both forms (T-A17).
        return Node.element(root).attr("Name", v.switchName()).attr("UID", v.id().toString())
                .links(List.of(
                        Link.named("Up", "BackupServerReference", h.backupServer(owner.id()), owner.name()),
                        Link.named("Alternate", "VlanConfigurationReference", href, v.switchName()),
                        Link.named("Edit", "VlanConfigurationReference", href, v.switchName()),
                        Link.of("Delete", null, href)))
                .leafChild("HostRef", v.hostRef())
                .leafChild("PlatformType", v.platform().name())
                .leafChild("VlanIdsWithInternetLeftBound", v.withInternet().left())
                .leafChild("VlanIdsWithInternetRightBound", v.withInternet().right())
                .leafChild("VlanIdsWithoutInternetLeftBound", v.withoutInternet().left())
                .leafChild("VlanIdsWithoutInternetRightBound", v.withoutInternet().right())
                .leafChild("SwitchName", v.switchName())
                .leafChild("SwitchId", v.switchId())
                .leafChild("ClusterName", v.clusterName())
                .leafChild("ClusterId", v.clusterId())
                .leafChild("SwitchType", v.switchType().name());
    }
}
