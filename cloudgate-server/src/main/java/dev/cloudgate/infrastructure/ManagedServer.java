package dev.cloudgate.infrastructure;

import java.util.UUID;

/** A server in a backup server's infrastructure; a Windows one can hold a cloud gateway (SPEC §8 B2). */
public record ManagedServer(
        UUID id,
        UUID backupServerId,
        String name,
        String description,
        ManagedServerType type,
        String ipAddress) {

    public static final String KIND = "ManagedServer";

    /** SPEC §8 B4: what a Direct gateway on this server reports as its address when none is given. */
    public String ownAddress(String hostAsNamed) {
        return ipAddress != null ? ipAddress : hostAsNamed;
    }

    /** B2: the backup server itself ({@code Local}) is a Windows machine too. */
    public boolean isWindows() {
        return type == ManagedServerType.Windows || type == ManagedServerType.Local;
    }
}
