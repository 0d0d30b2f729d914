package dev.cloudgate.cloud;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Gateways, in creation order. The database refuses a second gateway on one managed server. */
public interface GatewayStore {
    List<Gateway> all();

    Optional<Gateway> find(UUID id);

    Optional<Gateway> onManagedServer(UUID managedServerId);

    List<Gateway> byIds(List<UUID> ids);

    void insert(Gateway gateway);

    void update(Gateway gateway);

    boolean delete(UUID id);

    /** The pools that hold the gateway, as (id, name) pairs, for the entity's Related links. */
    List<PoolRef> poolsOf(UUID gatewayId);

    record PoolRef(UUID id, String name) {
    }
}
