package dev.cloudgate.client;

import dev.cloudgate.wire.Node;
import java.util.List;
import java.util.Objects;

/**
 * What {@link CloudgateClient#createPool} sends: a {@code CreateCloudGatewayPoolSpec} (SPEC §5.8.4).
 *
 * @param backupServer the backup server, by UID, bare UUID or name
 * @param name         the pool's name, unique per backup server
 * @param gatewayUids  the member gateways (at least one), by UID or bare UUID
 * @param tenantUids   the tenants to assign the pool to, possibly none
 * @param description  a description, or null
 */
public record PoolSpec(String backupServer, String name, List<String> gatewayUids, List<String> tenantUids, String description) {
    /** Requires backup server and name; copies the lists. */
    public PoolSpec {
        Objects.requireNonNull(backupServer, "backupServer");
        Objects.requireNonNull(name, "name");
        gatewayUids = List.copyOf(gatewayUids);
        tenantUids = List.copyOf(tenantUids);
    }

    /** A pool of the given gateways, assigned to no tenant. */
    public static PoolSpec of(String backupServer, String name, List<String> gatewayUids) {
        return new PoolSpec(backupServer, name, gatewayUids, List.of(), null);
    }

    /** This spec assigned to the given tenants. */
    public PoolSpec withTenants(List<String> uids) {
        return new PoolSpec(backupServer, name, gatewayUids, uids, description);
    }

    /** This spec with a description. */
    public PoolSpec withDescription(String text) {
        return new PoolSpec(backupServer, name, gatewayUids, tenantUids, text);
    }

    /** The body in the order of SPEC §5.8.4; the backup server goes last, as UID or as name. */
    Node toNode() {
        boolean byUid = Uids.isUidOrUuid(backupServer);
        return Node.element("CreateCloudGatewayPoolSpec")
                .leafChild("Name", name)
                .leafChild("Description", description)
                .add(PoolChanges.uidList("CloudGateways", "CloudGatewayUid", gatewayUids))
                .add(PoolChanges.uidList("CloudTenants", "CloudTenantUid", tenantUids))
                .leafChild(byUid ? "BackupServerUid" : "BackupServerIdOrName", backupServer);
    }
}
