package dev.cloudgate.cloud;

import java.util.List;

/**
 * What a client asked for in {@code PUT /cloud/gatewayPools/{id}}; null means unchanged, an empty
 * list means empty (SPEC §5.8.5: an empty {@code CloudTenants} clears the tenants).
 */
public record EditPoolRequest(String name, String description, List<String> gatewayUids, List<String> tenantUids) {
}
