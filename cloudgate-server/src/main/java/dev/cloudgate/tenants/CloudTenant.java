package dev.cloudgate.tenants;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A Cloud Connect tenant account (SPEC-tenants §3.5, §4.2). Its backup resources, compute
 * resources, vCloud compute resources, subtenants and pool assignments are records of their own
 * (the pool assignments live once, in the pool–tenant pairs, T-B2).
 *
 * <p>{@code passwordHash} is a PBKDF2 hash (never the password, §2.4) and null for a seeded tenant
 * without one or a vCD/AD tenant. {@code leaseExpiration} null means no lease; present means the
 * lease is enabled with that date (T-A7). {@code lastActive} null means never active (T-A38).
 * {@code failoverToOtherGateways} is kept even while the tenant is in no pool (T-B3).
 */
public record CloudTenant(
        UUID id,
        UUID backupServerId,
        String name,
        String description,
        String passwordHash,
        boolean enabled,
        Instant leaseExpiration,
        Throttling throttling,
        int maxConcurrentTasks,
        BackupProtection backupProtection,
        boolean failoverToOtherGateways,
        int publicIpCount,
        LastResult lastResult,
        Instant lastActive,
        TenantCounters counters,
        FreeLicenseCounters freeLicenseCounters,
        TenantLogon logon) {

    public static final String KIND = "CloudTenant";
    public static final int MAX_NAME = 255;
    public static final int MAX_DESCRIPTION = 1024;
    public static final int MAX_PASSWORD = 255;

    public CloudTenant {
        Objects.requireNonNull(id);
        Objects.requireNonNull(backupServerId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(description);
        Objects.requireNonNull(throttling);
        Objects.requireNonNull(backupProtection);
        Objects.requireNonNull(lastResult);
        Objects.requireNonNull(counters);
        Objects.requireNonNull(freeLicenseCounters);
        Objects.requireNonNull(logon);
    }

    public TenantType type() {
        return logon.type();
    }

    public boolean leaseEnabled() {
        return leaseExpiration != null;
    }

    /** Tenant names are unique per backup server across all types, case-insensitively (T-B11). */
    public String nameKey() {
        return keyOf(name);
    }

    public static String keyOf(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** A new standalone tenant with every default of §3.5 / §6.2. */
    public static CloudTenant standalone(UUID id, UUID backupServerId, String name, String passwordHash) {
        return new CloudTenant(id, backupServerId, name, "", passwordHash, true, null, Throttling.DEFAULT, 1,
                BackupProtection.DEFAULT, false, 0, LastResult.None, null, TenantCounters.ZERO,
                FreeLicenseCounters.ZERO, TenantLogon.Standalone.INSTANCE);
    }
}
