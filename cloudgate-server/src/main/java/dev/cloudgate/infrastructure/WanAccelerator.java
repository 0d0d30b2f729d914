package dev.cloudgate.infrastructure;

import java.util.Objects;
import java.util.UUID;

/** A WAN accelerator of a backup server (SPEC-tenants §3.1, §4.10): inventory, read-only through the API. */
public record WanAccelerator(
        UUID id,
        UUID backupServerId,
        String name,
        String description,
        String version,
        long cacheCapacityGb,
        int trafficPort,
        int connectionsCount,
        String cachePath,
        boolean highBandwidthMode,
        boolean outOfDate) {

    public static final String KIND = "WanAccelerator";
    public static final long DEFAULT_CAPACITY_GB = 100;
    public static final int DEFAULT_TRAFFIC_PORT = 6165;
    public static final int DEFAULT_CONNECTIONS = 5;
    public static final String DEFAULT_CACHE_PATH = "C:\\VeeamWAN";

    public WanAccelerator {
        Objects.requireNonNull(id);
        Objects.requireNonNull(backupServerId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(description);
        Objects.requireNonNull(version);
        Objects.requireNonNull(cachePath);
    }
}
