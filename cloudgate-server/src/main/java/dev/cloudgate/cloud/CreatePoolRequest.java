package dev.cloudgate.cloud;

import java.util.List;

/** What a client asked for in {@code POST /cloud/gatewayPools}, before it is judged; null = absent. */
public record CreatePoolRequest(
        String name,
        String description,
        List<String> gatewayUids,
        List<String> tenantUids,
        String backupServerUid,
        String backupServerIdOrName) {
}
