package dev.cloudgate.infrastructure;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An Active Directory domain a backup server knows (SPEC-tenants §3.4, T-A1); {@code accounts} are
 * user or group names written {@code NETBIOS\name}.
 */
public record AdDomain(UUID id, UUID backupServerId, String name, String netbiosName, int port, List<String> accounts) {
    public static final int DEFAULT_PORT = 389;

    public AdDomain {
        Objects.requireNonNull(id);
        Objects.requireNonNull(backupServerId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(netbiosName);
        accounts = List.copyOf(accounts);
    }

    /** Account names compare trimmed and case-insensitively, like every name here (T-B11). */
    public boolean hasAccount(String account) {
        return accounts.stream().anyMatch(a -> a.equalsIgnoreCase(account.trim()));
    }
}
