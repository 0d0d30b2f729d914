package dev.cloudgate.wire.tenants;

import dev.cloudgate.wire.BodyException;
import dev.cloudgate.wire.BodyNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's {@code CloudGatewayPools} on input (SPEC-tenants §6.3, T-A15): {@code CloudGatewayPoolUid}
 * items, whole {@code CloudGatewayPool} entities (their {@code UID} is used), or JSON's singular
 * {@code {"CloudGatewayPoolUid": "<uid>"}}. Null when the wrapper is absent: unchanged in a PUT.
 */
final class PoolUids {
    private PoolUids() {
    }

    static List<UidRef> read(BodyNode body) {
        List<BodyNode> wrappers = body.all("CloudGatewayPools");
        if (wrappers.isEmpty()) {
            return null;
        }
        List<UidRef> uids = new ArrayList<>();
        for (BodyNode wrapper : wrappers) {
            if (isEntity(wrapper)) {
                add(uids, entityUid(wrapper)); // JSON bare array of pool entities
                continue;
            }
            if (!wrapper.hasChildren()) {
                if (wrapper.text() != null && !wrapper.text().isBlank()) {
                    add(uids, wrapper.text()); // JSON bare array of UIDs
                }
                continue;
            }
            for (BodyNode item : wrapper.children()) {
                add(uids, item.hasChildren() || item.attribute("UID") != null ? entityUid(item) : item.text());
            }
        }
        return uids;
    }

    private static boolean isEntity(BodyNode node) {
        return node.attribute("UID") != null || node.children().stream().anyMatch(c -> c.name().equalsIgnoreCase("UID"));
    }

    private static String entityUid(BodyNode entity) {
        String uid = Values.attribute(entity, "UID");
        if (Values.blank(uid)) {
            throw BodyException.invalid("Element 'CloudGatewayPool' in CloudGatewayPools must carry its UID.");
        }
        return uid;
    }

    private static void add(List<UidRef> uids, String text) {
        UidRef uid = Values.uid(text, CreateCloudTenantSpec.POOL, "CloudGatewayPoolUid");
        if (uid != null) {
            uids.add(uid);
        }
    }
}
