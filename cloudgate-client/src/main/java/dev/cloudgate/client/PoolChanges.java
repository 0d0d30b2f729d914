package dev.cloudgate.client;

import dev.cloudgate.wire.Node;
import java.util.List;

/**
 * What {@link CloudgateClient#editPool} sends: the parts of a {@code CloudGatewayPool} to change
 * (SPEC §5.8.5). Null means unchanged; an empty tenant list removes every assignment.
 *
 * @param name        the new name, or null
 * @param description the new description ({@code ""} clears it), or null
 * @param gatewayUids the new member list (must not be empty), or null
 * @param tenantUids  the new tenant list, or null
 */
public record PoolChanges(String name, String description, List<String> gatewayUids, List<String> tenantUids) {
    /** Copies the lists that are given. */
    public PoolChanges {
        gatewayUids = gatewayUids == null ? null : List.copyOf(gatewayUids);
        tenantUids = tenantUids == null ? null : List.copyOf(tenantUids);
    }

    /** No change at all; add changes with the {@code with…} copies. */
    public static PoolChanges none() {
        return new PoolChanges(null, null, null, null);
    }

    /** These changes, plus a new name. */
    public PoolChanges withName(String value) {
        return new PoolChanges(value, description, gatewayUids, tenantUids);
    }

    /** These changes, plus a new description. */
    public PoolChanges withDescription(String value) {
        return new PoolChanges(name, value, gatewayUids, tenantUids);
    }

    /** These changes, plus a new member list. */
    public PoolChanges withGateways(List<String> uids) {
        return new PoolChanges(name, description, uids, tenantUids);
    }

    /** These changes, plus a new tenant list. */
    public PoolChanges withTenants(List<String> uids) {
        return new PoolChanges(name, description, gatewayUids, uids);
    }

    /** The body: a {@code CloudGatewayPool} holding only the changed elements, in XSD order. */
    Node toNode() {
        Node pool = Node.element("CloudGatewayPool")
                .leafChild("Name", name)
                .leafChild("Description", description);
        if (gatewayUids != null) {
            pool.add(uidList("CloudGateways", "CloudGatewayUid", gatewayUids));
        }
        if (tenantUids != null) {
            pool.add(uidList("CloudTenants", "CloudTenantUid", tenantUids));
        }
        return pool;
    }

    /** A J4 list wrapper: XML {@code <W><C>…</C></W>}, JSON {@code "W": {"Cs": [...]}}. */
    static Node uidList(String wrapper, String item, List<String> uids) {
        Node list = Node.list(wrapper, item);
        uids.forEach(uid -> list.add(Node.leaf(item, uid)));
        return list;
    }
}
