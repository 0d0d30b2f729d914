package dev.cloudgate.client;

import dev.cloudgate.wire.Node;
import dev.cloudgate.wire.tenants.DatastoreType;
import java.util.Objects;

/**
 * One storage item of a hardware plan: a datastore of a VMware plan or a volume of a Hyper-V plan
 * (SPEC-tenants §4.8). Read from a {@link HardwarePlan} and sent in a {@link HardwarePlanSpec} or
 * {@link HardwarePlanChanges}: an item read from a plan and sent back keeps its {@code id}, an item
 * made with {@link #datastore} or {@link #volume} has none and becomes a new item.
 *
 * @param id            the item's id, or null for a new item
 * @param friendlyName  the name shown for it
 * @param datastoreType VMware: {@code Datastore} or {@code StoragePod}; null for a volume
 * @param reference     VMware: the datastore reference, e.g. {@code urn:VMware:Datastore:…}; null for a volume
 * @param volumePath    Hyper-V: the volume path, e.g. {@code D:\Replicas}; null for a datastore
 * @param quotaGb       the storage quota in GB, at least 1
 */
public record PlanStorage(String id, String friendlyName, DatastoreType datastoreType, String reference, String volumePath, int quotaGb) {
    /** Requires the friendly name. */
    public PlanStorage {
        Objects.requireNonNull(friendlyName, "friendlyName");
    }

    /** A new datastore of {@code quotaGb} GB on the host's datastore {@code reference}. */
    public static PlanStorage datastore(String friendlyName, String reference, int quotaGb) {
        return new PlanStorage(null, friendlyName, DatastoreType.Datastore, Objects.requireNonNull(reference, "reference"), null, quotaGb);
    }

    /** A new volume of {@code quotaGb} GB at {@code volumePath} on the Hyper-V host. */
    public static PlanStorage volume(String friendlyName, String volumePath, int quotaGb) {
        return new PlanStorage(null, friendlyName, null, null, Objects.requireNonNull(volumePath, "volumePath"), quotaGb);
    }

    /** This item with another quota; it keeps its id, so a plan edit changes it in place. */
    public PlanStorage withQuotaGb(int value) {
        return new PlanStorage(id, friendlyName, datastoreType, reference, volumePath, value);
    }

    /** True for a volume of a Hyper-V plan. */
    public boolean isVolume() {
        return volumePath != null && reference == null;
    }

    /** The {@code Datastore} or {@code Volume} element, in the XSD order of §6.11; {@code RootPath} is never sent. */
    Node toItem() {
        Node item = Node.element(isVolume() ? "Volume" : "Datastore").attr("Id", id).leafChild("FriendlyName", friendlyName);
        if (isVolume()) {
            return item.leafChild("VolumePath", volumePath).leafChild("QuotaGb", quotaGb);
        }
        return item.leafChild("DatastoreType", datastoreType == null ? DatastoreType.Datastore.name() : datastoreType.name())
                .leafChild("Reference", reference)
                .leafChild("QuotaGb", quotaGb);
    }

    static PlanStorage from(Doc d, boolean volume) {
        Integer quota = d.integer("QuotaGb");
        return new PlanStorage(d.text("Id"), d.text("FriendlyName"), volume ? null : DatastoreType.parse(d.text("DatastoreType")).orElse(null),
                volume ? null : d.text("Reference"), volume ? d.text("VolumePath") : null, quota == null ? 0 : quota);
    }
}
