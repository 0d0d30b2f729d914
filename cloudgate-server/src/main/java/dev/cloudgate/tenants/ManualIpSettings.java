package dev.cloudgate.tenants;

import java.util.Objects;

/** {@code ManualIpAddressSettingsInfoType}: dotted IPv4 values (SPEC-tenants §6.6). */
public record ManualIpSettings(String ipAddress, String subnetMask, String defaultGateway) {
    public ManualIpSettings {
        Objects.requireNonNull(ipAddress);
        Objects.requireNonNull(subnetMask);
        Objects.requireNonNull(defaultGateway);
    }
}
