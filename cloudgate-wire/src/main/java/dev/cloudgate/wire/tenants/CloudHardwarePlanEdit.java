package dev.cloudgate.wire.tenants;

import dev.cloudgate.wire.BodyNode;
import dev.cloudgate.wire.Fields;
import java.util.Set;
import java.util.UUID;

/**
 * The body of {@code PUT /cloud/hardwarePlans/{id}}: a {@code CloudHardwarePlan} entity (SPEC-tenants
 * §2.7, §6.11, T-A33). Writable: {@code Description}, the two limits and the storage list (which then
 * replaces the plan's: an item whose {@code Id} names an existing item keeps it, one without is new).
 * Null means unchanged. The name, platform, host and network counts cannot change.
 *
 * <p>{@link #from} judges types only; {@link #check} judges S3, S26–S29 against the stored plan.
 */
public record CloudHardwarePlanEdit(
        String description,
        Integer processorUsageLimitMhz,
        Integer memoryUsageLimitMb,
        boolean detailsSent,
        PlanDetails details) {

    public static final String ROOT = "CloudHardwarePlan";
    /** An empty Description sets ""; an empty storage list is sent to be refused (S28), not read as absent. */
    public static final Set<String> KEEP_EMPTY = Set.of("Description", "Datastores", "Volumes");

    /** What a PUT is judged against: the plan as stored. {@code itemIds}: its datastores' or volumes' Ids. */
    public record StoredPlan(String name, Platform platform, String hostRef, int countWithInternet, int countWithoutInternet,
                             Set<UUID> itemIds) {
    }

    public static CloudHardwarePlanEdit from(BodyNode body) {
        BodyNode details = Values.child(body, "HardwarePlanDetails");
        return new CloudHardwarePlanEdit(
                Values.text(body, "Description"),
                Fields.integer(body, "ProcessorUsageLimitMhz"),
                Fields.integer(body, "MemoryUsageLimitMb"),
                details != null,
                details == null ? null : PlanDetails.bind(details));
    }

    public void check(StoredPlan stored) {
        Values.requireLength(description, Values.MAX_DESCRIPTION, "Description must not be longer than 1024 characters.");
        if (processorUsageLimitMhz != null) {
            PlanDetails.checkLimit(processorUsageLimitMhz, "ProcessorUsageLimitMhz");
        }
        if (memoryUsageLimitMb != null) {
            PlanDetails.checkLimit(memoryUsageLimitMb, "MemoryUsageLimitMb");
        }
        if (!detailsSent) {
            return;
        }
        PlanDetails.checkOne(details);
        details.checkContent(false);
        if (details.platform() != stored.platform()) {
            throw Values.invalid("The platform of a hardware plan cannot be changed.");
        }
        if (details.hypervisorHostRef() != null && !details.hypervisorHostRef().equalsIgnoreCase(stored.hostRef().trim())) {
            throw Values.invalid("The host of a hardware plan cannot be changed.");
        }
        if (details.countWithInternet() != null && details.countWithInternet() != stored.countWithInternet()
                || details.countWithoutInternet() != null && details.countWithoutInternet() != stored.countWithoutInternet()) {
            throw Values.invalid("The number of networks of a hardware plan cannot be changed.");
        }
        if (details.storage() != null) {
            for (PlanDetails.StorageSpec item : details.storage()) {
                if (item.id() != null && !item.id().isEmpty() && !stored.itemIds().contains(itemId(item).orElse(null))) {
                    throw Values.invalid("Datastore or volume " + item.id() + " is not part of hardware plan " + stored.name() + ".");
                }
            }
        }
    }

    /** The Id of a sent storage item as a UUID; empty when none was sent (a new item). */
    public static java.util.Optional<UUID> itemId(PlanDetails.StorageSpec item) {
        return item.id() == null ? java.util.Optional.empty() : UidRef.parseUuid(item.id());
    }
}
