package dev.cloudgate.infrastructure;

import java.util.Objects;
import java.util.UUID;

/**
 * A backup repository of a backup server (SPEC-tenants §3.1, §4.9): inventory, seeded and changed
 * only through the control API. Capacity and free space are bytes and never move (T-B8).
 */
public record Repository(UUID id, UUID backupServerId, String name, RepositoryKind kind, long capacity, long freeSpace) {

    public static final String KIND = "Repository";

    public Repository {
        Objects.requireNonNull(id);
        Objects.requireNonNull(backupServerId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        if (freeSpace < 0 || freeSpace > capacity) {
            throw new IllegalArgumentException("Repository " + name + ": freeSpace must lie in 0..capacity.");
        }
    }

    /** A {@code Cloud} repository cannot hold tenant quotas (§3.1, §7.3 backup resource check 3). */
    public boolean canHoldQuotas() {
        return kind != RepositoryKind.Cloud;
    }
}
