package dev.cloudgate.tenants;

import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.OrganizationVdc;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything a tenant entity (SPEC-tenants §4.2) shows, read in one transaction: the tenant, its
 * backup server, its sub-objects in creation order with what their representations derive from
 * (a subscription's plan, a VDC's seeded organization VDC), and the pools holding it in pool
 * creation order (T-B2).
 */
public record TenantDetails(
        CloudTenant tenant,
        BackupServer backupServer,
        List<BackupResource> resources,
        List<Subscription> computeResources,
        List<Vdc> vCloudComputeResources,
        List<UUID> poolIds) {

    public TenantDetails {
        Objects.requireNonNull(tenant);
        Objects.requireNonNull(backupServer);
        resources = List.copyOf(resources);
        computeResources = List.copyOf(computeResources);
        vCloudComputeResources = List.copyOf(vCloudComputeResources);
        poolIds = List.copyOf(poolIds);
    }

    /** A compute resource with the plan its platform and statistics come from (§4.4). */
    public record Subscription(ComputeResource resource, HardwarePlan plan) {
    }

    /** A vCloud compute resource with the seeded VDC its name, model and flag come from (§4.5). */
    public record Vdc(VCloudComputeResource resource, OrganizationVdc vdc) {
    }
}
