package dev.cloudgate.infrastructure;

import java.util.Objects;
import java.util.UUID;

/**
 * The VLAN ranges of one switch of a host (SPEC-tenants §3.2, §4.11). Seeded; the two ranges can be
 * edited and the configuration deleted through the API (§6.14). {@code clusterName} and
 * {@code clusterId} are null when unset.
 */
public record VlanConfiguration(
        UUID id,
        UUID backupServerId,
        String hostRef,
        Platform platform,
        String switchName,
        String switchId,
        SwitchType switchType,
        String clusterName,
        String clusterId,
        VlanRange withInternet,
        VlanRange withoutInternet) {

    public static final String KIND = "VlanConfiguration";

    public VlanConfiguration {
        Objects.requireNonNull(id);
        Objects.requireNonNull(backupServerId);
        Objects.requireNonNull(hostRef);
        Objects.requireNonNull(platform);
        Objects.requireNonNull(switchName);
        Objects.requireNonNull(switchId);
        Objects.requireNonNull(switchType);
        Objects.requireNonNull(withInternet);
        Objects.requireNonNull(withoutInternet);
    }

    /** SPEC-tenants §7.1 S30 on the merged ranges. */
    public boolean rangesValid() {
        return withInternet.isValid() && withoutInternet.isValid() && !withInternet.overlaps(withoutInternet);
    }

    public VlanConfiguration withRanges(VlanRange internet, VlanRange noInternet) {
        return new VlanConfiguration(id, backupServerId, hostRef, platform, switchName, switchId, switchType,
                clusterName, clusterId, internet, noInternet);
    }
}
