package dev.cloudgate.infrastructure;

import java.util.Objects;
import java.util.UUID;

/**
 * One address of a backup server's public IP pool (SPEC-tenants §3.2); {@code tenantId} is the
 * tenant it is given to, null while free (T-B14).
 */
public record PublicIpAddress(UUID backupServerId, String address, UUID tenantId) {
    public PublicIpAddress {
        Objects.requireNonNull(backupServerId);
        Objects.requireNonNull(address);
    }

    public boolean isFree() {
        return tenantId == null;
    }
}
