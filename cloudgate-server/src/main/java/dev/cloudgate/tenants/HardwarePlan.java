package dev.cloudgate.tenants;

import dev.cloudgate.infrastructure.Platform;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A hardware plan of a backup server (SPEC-tenants §3.3, §4.8). {@code hostRef} names a seeded host,
 * which gives the platform and, for VMware, the {@code ParentType}/{@code ParentName} shown. CPU and
 * memory limits are −1 for unlimited. The {@code Network} element's {@code Id} is the plan's id.
 */
public record HardwarePlan(
        UUID id,
        UUID backupServerId,
        String name,
        String description,
        int cpuMhz,
        int memoryMb,
        String hostRef,
        Platform platform,
        List<PlanStorage> storage,
        int networksWithInternet,
        int networksWithoutInternet) {

    public static final String KIND = "CloudHardwarePlan";
    public static final int UNLIMITED = -1;

    public HardwarePlan {
        Objects.requireNonNull(id);
        Objects.requireNonNull(backupServerId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(description);
        Objects.requireNonNull(hostRef);
        Objects.requireNonNull(platform);
        storage = List.copyOf(storage);
    }

    /** Plan names are unique per backup server, case-insensitively (T-B11). */
    public String nameKey() {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
