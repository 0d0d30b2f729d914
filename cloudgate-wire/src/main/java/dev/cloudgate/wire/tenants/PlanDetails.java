package dev.cloudgate.wire.tenants;

import dev.cloudgate.wire.BodyNode;
import dev.cloudgate.wire.Fields;
import java.util.List;

/**
 * {@code HardwarePlanDetails} of a hardware plan body, create or edit (SPEC-tenants §4.8, §6.11): exactly
 * one of {@code ViCloudHardwarePlan} (datastores) or {@code HvCloudHardwarePlan} (volumes). Fields are
 * null when not sent; {@code storage} is null when the list wrapper was not sent (a PUT keeps the list).
 */
public record PlanDetails(
        Platform platform,
        String hypervisorHostRef,
        String parentType,
        String parentName,
        List<StorageSpec> storage,
        Integer countWithInternet,
        Integer countWithoutInternet) {

    /**
     * A datastore (VMware: {@code reference}, {@code datastoreType}) or volume (Hyper-V: {@code volumePath});
     * {@code id} is the item's {@code Id} as sent, null when none (ignored on create).
     */
    public record StorageSpec(String id, String friendlyName, String datastoreType, String reference, String volumePath, Integer quotaGb) {
        public DatastoreType type() {
            return DatastoreType.parse(datastoreType).orElse(null);
        }
    }

    /** Null when the body names no platform element or more than one: S27 then answers. */
    static PlanDetails bind(BodyNode details) {
        List<BodyNode> vi = details.all("ViCloudHardwarePlan");
        List<BodyNode> hv = details.all("HvCloudHardwarePlan");
        if (vi.size() + hv.size() != 1) {
            return null;
        }
        boolean vmware = vi.size() == 1;
        BodyNode plan = vmware ? vi.get(0) : hv.get(0);
        if (!plan.hasChildren() && plan.text() != null && !plan.text().isBlank()) {
            throw Values.invalid("Element '" + plan.name() + "' must hold elements, not a value.");
        }
        List<BodyNode> items = Values.items(plan, vmware ? "Datastores" : "Volumes");
        BodyNode network = Values.child(plan, "Network");
        return new PlanDetails(
                vmware ? Platform.VMware : Platform.HyperV,
                Values.optionalText(plan, "HypervisorHostRef"),
                vmware ? Values.optionalText(plan, "ParentType") : null,
                vmware ? Values.optionalText(plan, "ParentName") : null,
                items == null ? null : items.stream().map(item -> storage(item, vmware)).toList(),
                network == null ? null : Fields.integer(network, "CountWithInternet"),
                network == null ? null : Fields.integer(network, "CountWithoutInternet"));
    }

    private static StorageSpec storage(BodyNode item, boolean vmware) {
        String friendlyName = Values.trimmed(Values.text(item, "FriendlyName"));
        if (Values.blank(friendlyName)) {
            throw Values.required("FriendlyName");
        }
        Values.requireLength(friendlyName, Values.MAX_NAME, "Element 'FriendlyName' must not be longer than 255 characters.");
        String reference = vmware ? Values.optionalText(item, "Reference") : null;
        if (vmware && reference == null) {
            throw Values.required("Reference");
        }
        Values.requireLength(reference, 1024, "Element 'Reference' must not be longer than 1024 characters.");
        String volumePath = vmware ? null : Values.text(item, "VolumePath");
        Values.requireLength(volumePath, 1024, "Element 'VolumePath' must not be longer than 1024 characters.");
        return new StorageSpec(
                Values.trimmed(Values.attribute(item, "Id")),
                friendlyName,
                vmware ? Values.text(item, "DatastoreType") : null,
                reference,
                volumePath == null ? null : volumePath.trim(),
                Fields.integer(item, "QuotaGb"));
    }

    /** S28 on the storage list and network counts; {@code withParentType} on create only (PUT skips it). */
    void checkContent(boolean withParentType) {
        if (storage != null) {
            if (storage.isEmpty()) {
                throw Values.invalid("A hardware plan needs at least one datastore or volume.");
            }
            for (StorageSpec item : storage) {
                if (item.quotaGb() == null || item.quotaGb() < 1) {
                    throw Values.invalid("QuotaGb must be at least 1.");
                }
            }
            if (platform == Platform.HyperV) {
                for (StorageSpec item : storage) {
                    if (Values.blank(item.volumePath())) {
                        throw Values.invalid("VolumePath must not be empty.");
                    }
                }
            }
        }
        if (withParentType && platform == Platform.VMware && ParentType.parse(parentType).isEmpty()) {
            throw Values.invalid("ParentType must be HostSystem or ClusterComputeResource.");
        }
        if (storage != null && platform == Platform.VMware) {
            for (StorageSpec item : storage) {
                if (item.type() == null) {
                    throw Values.invalid("DatastoreType must be Datastore or StoragePod.");
                }
            }
        }
        if (countWithInternet != null && countWithInternet < 0 || countWithoutInternet != null && countWithoutInternet < 0) {
            throw Values.invalid("Network counts must not be negative.");
        }
    }

    /** S26 for one limit: −1 (unlimited) or a positive number; absent counts as wrong where it is required. */
    static void checkLimit(Integer value, String element) {
        if (value == null || value != -1 && value < 1) {
            throw Values.invalid(element + " must be -1 or a positive number.");
        }
    }

    static void checkOne(PlanDetails details) {
        if (details == null) {
            throw Values.invalid("HardwarePlanDetails must hold exactly one of ViCloudHardwarePlan, HvCloudHardwarePlan.");
        }
    }
}
