package dev.cloudgate.infrastructure;

import java.util.Locale;
import java.util.Optional;

/** The vendor's ManagedServerType values, in declared order (SPEC §3.5; ordering matters in queries). */
public enum ManagedServerType {
    ESX, VC, Linux, Local, Windows, ESXi, HvServer, HvCluster, Scvmm, BackupServer, SanHost, SmbServer,
    SmbCluster, VcdSystem, Cloud, AzureWinServer, VmSnapshotStorageHost, ConfigurationService,
    ExternalInfrastructureProxy, NdmpServer, ExternalInfrastructureServer;

    public static Optional<ManagedServerType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (ManagedServerType type : values()) {
            if (type.name().toLowerCase(Locale.ROOT).equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
