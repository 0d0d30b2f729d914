package dev.cloudgate.infrastructure;

import java.util.UUID;

/** A Veeam backup server connected to EM; seeded, read-only through the API (SPEC §8 B1). */
public record BackupServer(
        UUID id,
        String name,
        String description,
        int port,
        String version,
        Integer wcfPort,
        String certificateThumbprint,
        String ipOrDnsName,
        boolean cloudConnectEnabled) {

    public static final String KIND = "BackupServer";
}
