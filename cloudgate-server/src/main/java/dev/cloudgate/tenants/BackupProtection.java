package dev.cloudgate.tenants;

/** Deleted-backup protection (SPEC-tenants §4.2 items 18–19); period in days, 1–99. */
public record BackupProtection(boolean enabled, int periodDays) {
    public static final BackupProtection DEFAULT = new BackupProtection(false, 1);
}
