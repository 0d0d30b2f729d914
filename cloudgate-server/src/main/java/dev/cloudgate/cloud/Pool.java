package dev.cloudgate.cloud;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A cloud gateway pool (SPEC §3.7): gateways of one backup server, and the tenants assigned to it.
 * Pools are the single source of truth for tenant assignments (§8 B9). Lists keep the order sent.
 */
public record Pool(UUID id, UUID backupServerId, String name, String description, List<UUID> gatewayIds, List<UUID> tenantIds) {

    public static final String KIND = "CloudGatewayPool";
    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 1024;

    public Pool {
        gatewayIds = List.copyOf(gatewayIds);
        tenantIds = List.copyOf(tenantIds);
    }

    /** Names are unique per backup server, case-insensitively (SPEC §8 B8). */
    public String nameKey() {
        return keyOf(name);
    }

    static String keyOf(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
