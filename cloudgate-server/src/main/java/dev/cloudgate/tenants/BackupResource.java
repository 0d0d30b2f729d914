package dev.cloudgate.tenants;

import java.util.Objects;
import java.util.UUID;

/**
 * A tenant's quota on a repository (SPEC-tenants §4.3, {@code CloudTenantResource}): MB, one per
 * repository per tenant (T-B11). {@code wanAcceleratorId} is null when none is set. There is no
 * edit: a changed quota is a new resource with a new id and {@code usedQuotaMb} 0 (T-B5).
 */
public record BackupResource(
        UUID id,
        UUID tenantId,
        UUID repositoryId,
        String displayName,
        long quotaMb,
        long usedQuotaMb,
        UUID wanAcceleratorId) {

    public static final int MIN_QUOTA_MB = 1024;
    public static final int MAX_DISPLAY_NAME = 255;

    public BackupResource {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(repositoryId);
        Objects.requireNonNull(displayName);
    }
}
