package dev.cloudgate.tenants;

/** The read-only counters of a tenant entity (SPEC-tenants §4.2 items 13, 14, 16, 17); seed values (T-B7). */
public record TenantCounters(int backupCount, int replicaCount, int workstationBackupCount, int serverBackupCount) {
    public static final TenantCounters ZERO = new TenantCounters(0, 0, 0, 0);
}
