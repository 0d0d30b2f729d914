package dev.cloudgate.client;

import dev.cloudgate.wire.Node;
import dev.cloudgate.wire.tenants.CloudHardwarePlanEdit;
import dev.cloudgate.wire.tenants.Platform;
import java.util.List;

/**
 * What {@link CloudgateClient#editHardwarePlan} sends: a {@code CloudHardwarePlan} holding only the
 * elements to change (SPEC-tenants §2.7, §6.11), read by the server with the wire module's
 * {@link CloudHardwarePlanEdit}. Null means unchanged. The name, platform, host and networks of a plan
 * cannot change. A new storage list replaces the plan's: items read from the plan keep their ids (and
 * so stay the same items), items made with {@link PlanStorage#datastore} or {@link PlanStorage#volume}
 * are added, items left out are removed.
 *
 * @param description            a new description ({@code ""} clears it), or null
 * @param processorUsageLimitMhz a new CPU limit (−1: unlimited), or null
 * @param memoryUsageLimitMb     a new memory limit (−1: unlimited), or null
 * @param platform               the plan's platform when {@code storage} is given (the body names it), else null
 * @param storage                the plan's new datastores or volumes, or null
 */
public record HardwarePlanChanges(String description, Integer processorUsageLimitMhz, Integer memoryUsageLimitMb, Platform platform,
        List<PlanStorage> storage) {

    /** Copies the storage list when there is one; it needs the platform it belongs to. */
    public HardwarePlanChanges {
        storage = storage == null ? null : List.copyOf(storage);
        if (storage != null && platform == null) {
            throw new IllegalArgumentException("A new storage list needs the plan's platform.");
        }
    }

    /** No change at all; add changes with the {@code with…} copies. */
    public static HardwarePlanChanges none() {
        return new HardwarePlanChanges(null, null, null, null, null);
    }

    /** True when these changes change nothing. */
    public boolean isEmpty() {
        return equals(none());
    }

    /** These changes, plus a new description. */
    public HardwarePlanChanges withDescription(String value) {
        return new HardwarePlanChanges(value, processorUsageLimitMhz, memoryUsageLimitMb, platform, storage);
    }

    /** These changes, plus a new CPU limit in MHz (−1: unlimited). */
    public HardwarePlanChanges withProcessorLimit(int mhz) {
        return new HardwarePlanChanges(description, mhz, memoryUsageLimitMb, platform, storage);
    }

    /** These changes, plus a new memory limit in MB (−1: unlimited). */
    public HardwarePlanChanges withMemoryLimit(int mb) {
        return new HardwarePlanChanges(description, processorUsageLimitMhz, mb, platform, storage);
    }

    /** These changes, plus a new storage list for a plan of {@code platform} (datastores for VMware, volumes for Hyper-V). */
    public HardwarePlanChanges withStorage(Platform platform, List<PlanStorage> items) {
        return new HardwarePlanChanges(description, processorUsageLimitMhz, memoryUsageLimitMb, platform, items);
    }

    /** The body: a {@code CloudHardwarePlan} with only the changed elements, in entity order (§4.8). */
    Node toNode() {
        Node plan = Node.element(CloudHardwarePlanEdit.ROOT)
                .leafChild("Description", description)
                .leafChild("ProcessorUsageLimitMhz", processorUsageLimitMhz)
                .leafChild("MemoryUsageLimitMb", memoryUsageLimitMb);
        if (storage != null) {
            plan.add(HardwarePlanSpec.details(platform, null, null, null, storage, null));
        }
        return plan;
    }
}
