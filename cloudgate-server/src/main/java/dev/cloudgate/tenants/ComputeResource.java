package dev.cloudgate.tenants;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A standalone tenant's subscription to a hardware plan (SPEC-tenants §4.4,
 * {@code CloudTenantComputeResource}); at most one per plan per tenant (T-B6). The platform and the
 * storage statistics are derived from the plan when shown: one entry per storage item of the plan,
 * in the plan's order, with the usage recorded here for that item's id (0 when none, T-B7).
 * {@code wanAcceleratorId} and {@code appliance} are null when not set.
 */
public record ComputeResource(
        UUID id,
        UUID tenantId,
        UUID planId,
        UUID wanAcceleratorId,
        boolean useNetworkFailover,
        NetworkAppliance appliance,
        long memoryUsageMb,
        int cpuCount,
        List<StorageUsage> storageUsage) {

    public ComputeResource {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(planId);
        storageUsage = List.copyOf(storageUsage);
    }

    public long usageGbOf(UUID storageItemId) {
        return storageUsage.stream().filter(u -> u.storageItemId().equals(storageItemId))
                .mapToLong(StorageUsage::usageGb).findFirst().orElse(0);
    }
}
