package dev.cloudgate.infrastructure;

import java.util.UUID;

/** A Cloud Connect tenant; only referenced by gateway pools in this slice (SPEC §3.8). */
public record Tenant(UUID id, UUID backupServerId, String name, boolean enabled) {
    public static final String KIND = "CloudTenant";
}
