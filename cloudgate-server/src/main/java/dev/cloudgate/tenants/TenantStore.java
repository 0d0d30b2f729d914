package dev.cloudgate.tenants;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tenants with their sub-objects, in creation order. The database refuses two tenants of one name
 * on one backup server and two quotas of one tenant on one repository, so racing creates on several
 * nodes cannot break T-B11. Pool assignments are the pool–tenant pairs that pools read too (T-B2).
 */
public interface TenantStore {
    List<CloudTenant> all();

    Optional<CloudTenant> find(UUID id);

    /** The tenant of that backup server with that name key (any type), if any. */
    Optional<CloudTenant> named(UUID backupServerId, String nameKey);

    void insert(CloudTenant tenant);

    /** Replaces every column of the tenant's own row; sub-objects are untouched. */
    void update(CloudTenant tenant);

    /** Removes the tenant with its sub-objects and pool assignments, and frees its public IPs (T-B4). */
    boolean delete(UUID id);

    List<BackupResource> resources();

    List<BackupResource> resourcesOf(UUID tenantId);

    Optional<BackupResource> resource(UUID id);

    void insert(BackupResource resource);

    boolean deleteResource(UUID id);

    List<ComputeResource> computeResources();

    List<ComputeResource> computeResourcesOf(UUID tenantId);

    void insert(ComputeResource resource);

    /** Replaces a subscription's settings, keeping its id (T-B6). */
    void update(ComputeResource resource);

    boolean deleteComputeResource(UUID id);

    List<VCloudComputeResource> vCloudComputeResourcesOf(UUID tenantId);

    void insert(VCloudComputeResource resource);

    List<Subtenant> subtenants();

    List<Subtenant> subtenantsOf(UUID tenantId);

    void insert(Subtenant subtenant);

    void update(Subtenant subtenant);

    boolean deleteSubtenant(UUID id);

    /** The pools holding the tenant, in pool creation order (T-B2). */
    List<UUID> poolIdsOf(UUID tenantId);

    /**
     * Makes the tenant's pools exactly {@code poolIds}: pairs for pools no longer listed go, new ones
     * are added at the end of each pool's tenant list, pairs kept keep their position.
     */
    void setPools(UUID tenantId, List<UUID> poolIds);
}
