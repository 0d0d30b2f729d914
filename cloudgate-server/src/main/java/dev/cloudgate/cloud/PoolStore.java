package dev.cloudgate.cloud;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pools with their member lists, in creation order. The database refuses a gateway in two pools
 * and two pools of one name on one backup server, so concurrent operations cannot break B8.
 */
public interface PoolStore {
    List<Pool> all();

    Optional<Pool> find(UUID id);

    /** The pools of {@code ids} that still exist, in the order of {@code ids}. */
    List<Pool> byIds(List<UUID> ids);

    /** Pools whose tenant list holds the tenant (SPEC §5.9 {@code /tenants/{id}/gatewayPools}). */
    List<Pool> withTenant(UUID tenantId);

    /** The pool of that backup server with that name key, if any. */
    Optional<Pool> named(UUID backupServerId, String nameKey);

    void insert(Pool pool);

    /** Replaces name, description and both member lists. */
    void update(Pool pool);

    boolean delete(UUID id);
}
