package dev.cloudgate.tenants;

import java.util.Objects;
import java.util.UUID;

/**
 * A vCD tenant's organization VDC (SPEC-tenants §4.5, {@code CloudTenantVCloudComputeResource}).
 * Name, allocation model and enabled flag come from the seeded VDC named by {@code vdcRef}; usage
 * figures are seed values (T-B7). {@code wanAcceleratorId} and {@code appliance} are null when unset.
 */
public record VCloudComputeResource(
        UUID id,
        UUID tenantId,
        String vdcRef,
        boolean useNetworkFailover,
        long cpuUsageMhz,
        long memoryUsageMb,
        long storageUsageGb,
        UUID wanAcceleratorId,
        NetworkAppliance appliance) {

    public VCloudComputeResource {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(vdcRef);
    }
}
