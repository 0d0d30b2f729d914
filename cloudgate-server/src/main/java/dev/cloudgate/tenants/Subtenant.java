package dev.cloudgate.tenants;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A user of a standalone tenant (SPEC-tenants §4.6, {@code CloudSubtenant}) with a quota carved out
 * of one of the tenant's backup resources. {@code passwordHash} is a PBKDF2 hash, null when a seed
 * gave none (§2.4). {@code quotaMb} is kept even when unlimited (T-A29). {@code quotaId} is fixed at
 * creation.
 */
public record Subtenant(
        UUID id,
        UUID tenantId,
        String name,
        String description,
        String passwordHash,
        boolean enabled,
        UUID backupResourceId,
        String quotaDisplayName,
        long quotaMb,
        boolean unlimited,
        long usedQuotaMb,
        UUID quotaId) {

    public Subtenant {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(description);
        Objects.requireNonNull(backupResourceId);
        Objects.requireNonNull(quotaDisplayName);
        Objects.requireNonNull(quotaId);
    }

    /** Subtenant names are unique within their tenant, case-insensitively (T-B11). */
    public String nameKey() {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
